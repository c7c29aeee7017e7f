import type { ImportProfile, ImportResult, ImportRunSummary, ImportView } from '../../shared/contract/imports';
import { LedgerError, toErrorInfo } from '../../shared/errors';
import { Mapping } from '../../shared/import/mapping';
import type { RowStatus } from '../../shared/import/planTypes';
import type { HeaderChoice } from '../../shared/import/table';
import { defaultSheet, isDateTarget, signatureColumns } from '../../shared/import/wizard';
import { deleteImportProfile, listImportProfiles } from '../db/repositories/importProfiles';
import { getImportRun, listImportRuns } from '../db/repositories/importRuns';
import { writeImportErrorsXlsx, type ErrorRow } from '../import/errorsWorkbook';
import { ImportSession } from '../import/session';
import { importSessions, type OpenImport } from '../import/sessions';
import type { PlanSummary } from '../../shared/import/planTypes';
import { undoImport } from '../import/undo';
import { backupNow } from './backups';
import type { ServiceContext } from './context';
import { safeFileName } from '../../shared/fileName';
import { IMPORT_TEMPLATE_NOTES, importTemplateColumns } from '../../shared/import/template';
import { writeFileAtomic } from '../fs/atomicWrite';
import { importTemplateXlsx } from '../import/templateWorkbook';
import { readSettings } from './settings';

/**
 * The import wizard's steps as services, each naming its run by session id:
 *   1. open: the page's bytes are parsed in the session's worker; the first sheet with data
 *      and its proposed mapping (a saved profile for the same header, else by synonyms) come back;
 *   2. sheet: another sheet, or other header rows (the file is parsed again);
 *   3. preview, rows: the plan is built and read page by page; correct: a cell fixed in 预览,
 *      the plan built again over the corrected cells;
 *   4. commit: a job — a 'pre-import' backup, then one transaction in the worker; 取消 reaches
 *      the worker's loop and rolls it back;
 *   5. close, or the registry closes an idle run.
 * History and undo work on import_runs and need no session.
 */
const CANCELLED_MESSAGE = '已取消导入，台账未做任何改动';

async function view(entry: OpenImport, sheet: string | null): Promise<ImportView> {
  const s = sheet === null ? undefined : entry.parsed.sheets.find((x) => x.name === sheet);
  if (sheet !== null && !s) throw new LedgerError('NOT_FOUND', `文件中没有名为「${sheet}」的工作表`);
  const proposal = s?.table ? await entry.session.proposeMapping(s.name) : null;
  return { sessionId: entry.id, file: entry.parsed, sheet: s?.name ?? null, proposal };
}

export async function openImport(ctx: ServiceContext, fileName: string, base64: string): Promise<ImportView> {
  const entry = await importSessions(ctx).start(fileName, Buffer.from(base64, 'base64'));
  return view(entry, defaultSheet(entry.parsed.sheets));
}

export async function chooseSheet(ctx: ServiceContext, sessionId: string, sheet: string, header: HeaderChoice | null | undefined): Promise<ImportView> {
  const reg = importSessions(ctx);
  const entry = reg.get(sessionId);
  if (!entry.parsed.sheets.some((s) => s.name === sheet)) throw new LedgerError('NOT_FOUND', `文件中没有名为「${sheet}」的工作表`);
  if (header !== undefined) await reg.reparse(entry, sheet, header);
  return view(entry, sheet);
}

export async function previewImport(ctx: ServiceContext, sessionId: string, sheet: string, mapping: Mapping): Promise<PlanSummary> {
  const entry = importSessions(ctx).get(sessionId);
  entry.plan = null;
  entry.plan = await entry.session.preview(sheet, mapping);
  return entry.plan;
}

export function previewRows(ctx: ServiceContext, sessionId: string, offset: number, limit: number, status?: RowStatus) {
  return importSessions(ctx).get(sessionId).session.rows(offset, limit, status);
}

/** A cell corrected in 预览: its row is checked again with the whole sheet, as a fresh import would. */
export async function correctImportCell(ctx: ServiceContext, sessionId: string, sourceRow: number, column: number, value: string): Promise<PlanSummary> {
  const entry = importSessions(ctx).get(sessionId);
  if (entry.busy) throw new LedgerError('VALIDATION', '这次导入正在写入，请等待完成');
  if (!entry.plan) throw new LedgerError('BAD_REQUEST', '还没有预览，请先完成列对应');
  entry.plan = await entry.session.correct(sourceRow, column, value);
  return entry.plan;
}

export function startImportCommit(ctx: ServiceContext, sessionId: string): string {
  const reg = importSessions(ctx);
  const entry = reg.get(sessionId);
  const plan = entry.plan;
  if (!plan) throw new LedgerError('BAD_REQUEST', '还没有预览，请先完成列对应');
  const release = reg.hold(entry);
  return ctx.jobs.start('import', async ({ signal, progress }): Promise<ImportResult> => {
    const stop = () => entry.session.cancel();
    signal.addEventListener('abort', stop);
    try {
      let backup: string | null = null;
      // README, Data safety: a backup before every import that writes anything.
      if (plan.counts.new + plan.counts.update > 0 && ctx.dbPath !== ':memory:') {
        progress(0, 1, '正在备份当前数据…');
        backup = await backupNow(ctx, 'pre-import', { signal });
      }
      if (signal.aborted) throw new LedgerError('CANCELLED', CANCELLED_MESSAGE);
      progress(0, 1, '正在写入台账…');
      const result = await entry.session.commit((p) => progress(p.done, p.total, `正在写入台账：${p.done.toLocaleString('zh-CN')} / ${p.total.toLocaleString('zh-CN')}`));
      entry.plan = null;
      return { ...result, backup };
    } catch (err) {
      if (toErrorInfo(err).code === 'CANCELLED' || signal.aborted) throw new LedgerError('CANCELLED', CANCELLED_MESSAGE);
      throw err;
    } finally {
      signal.removeEventListener('abort', stop);
      release();
    }
  });
}

export function closeImport(ctx: ServiceContext, sessionId: string): Promise<boolean> {
  return importSessions(ctx).close(sessionId);
}

/** Every refused row of the last preview, as an .xlsx with a 错误说明 column where the user chooses. */
export async function exportImportErrors(ctx: ServiceContext, sessionId: string): Promise<{ file: string | null; rows: number }> {
  const entry = importSessions(ctx).get(sessionId);
  const plan = entry.plan;
  if (!plan) throw new LedgerError('BAD_REQUEST', '还没有预览，请先完成列对应');
  if (plan.counts.error === 0) throw new LedgerError('VALIDATION', '预览中没有错误行，无需导出');
  const table = entry.parsed.sheets.find((s) => s.name === plan.sheetName)?.table;
  if (!table) throw new LedgerError('NOT_FOUND', `文件中没有名为「${plan.sheetName}」的工作表`);
  const rows: ErrorRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await entry.session.rows(offset, 1000, 'error');
    rows.push(...page.rows.map((r) => ({ sourceRow: r.sourceRow, cells: r.cells, errors: r.errors })));
    if (page.rows.length < 1000 || rows.length >= page.total) break;
  }
  const base = entry.fileName.replace(/\.[^.]*$/, '');
  const file = await ctx.shell.chooseSaveFile({
    title: '导出错误行',
    defaultName: safeFileName(`${base}-错误行.xlsx`),
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  if (!file) return { file: null, rows: 0 };
  const dateColumns = new Set(plan.mapping.fields.flatMap((f) => ('column' in f && isDateTarget(f.target) ? [f.column] : [])));
  await writeImportErrorsXlsx(file, { sheetName: plan.sheetName, columns: table.columns, rows, dateColumns });
  return { file, rows: rows.length };
}

/** 下载导入模板: the template for this year's ledger, saved where the user chooses. */
export async function saveImportTemplate(ctx: ServiceContext): Promise<{ file: string | null }> {
  const { year } = readSettings(ctx);
  const file = await ctx.shell.chooseSaveFile({
    title: '保存导入模板',
    defaultName: '落后产能台账导入模板.xlsx',
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  if (!file) return { file: null };
  await writeFileAtomic(file, await importTemplateXlsx(importTemplateColumns(year), IMPORT_TEMPLATE_NOTES));
  return { file };
}

export function importHistory(ctx: ServiceContext): ImportRunSummary[] {
  return listImportRuns(ctx.db).map(({ mapping: _m, fileHash: _h, undoBatchId: _u, ...run }) => run);
}

/** Undoes a whole import as a job, in a worker with its own connection when there is a file. */
export function startImportUndo(ctx: ServiceContext, importId: string): string {
  const run = getImportRun(ctx.db, importId);
  if (!run) throw new LedgerError('NOT_FOUND', '找不到这次导入的记录，可能已被清理');
  if (run.undoneAt) throw new LedgerError('VALIDATION', `这次导入（${run.fileName}）已经撤销过了`);
  return ctx.jobs.start('import-undo', async ({ progress }) => {
    progress(0, 1, `正在撤销导入「${run.fileName}」…`);
    if (ctx.dbPath === ':memory:') return undoImport(ctx, importId);
    const session = ImportSession.open(ctx.dbPath);
    try {
      return await session.undo(importId);
    } finally {
      await session.close();
    }
  });
}

export function importProfiles(ctx: ServiceContext): ImportProfile[] {
  return listImportProfiles(ctx.db).flatMap((p) => {
    const mapping = Mapping.safeParse(safeJson(p.mapping));
    if (!mapping.success) return [];
    return [{ signature: p.signature, name: p.name, createdAt: p.createdAt, updatedAt: p.updatedAt, columns: [...signatureColumns(p.signature).values()], mapping: mapping.data }];
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function saveProfile(ctx: ServiceContext, sessionId: string, sheet: string, name: string, mapping: Mapping): Promise<string> {
  return importSessions(ctx).get(sessionId).session.saveProfile(sheet, name, mapping);
}

export function removeProfile(ctx: ServiceContext, signature: string): boolean {
  return deleteImportProfile(ctx.db, signature);
}

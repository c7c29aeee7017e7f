import { LedgerError } from '../../shared/errors';
import { YEAR_SOURCE_LABELS } from '../../shared/import/rowYears';
import type { Mapping } from '../../shared/import/mapping';
import { applyProfile, defaultSheet } from '../../shared/import/wizard';
import { ImportSession } from '../../main/import/session';
import type { PlanSummary } from '../../shared/import/planTypes';
import { backupNow } from '../../main/services/backups';
import type { ServiceContext } from '../../main/services/context';
import { importProfiles } from '../../main/services/imports';
import type { Parsed } from '../args';
import { printJson, type Io } from '../output';
import { UsageError } from './usage';

/**
 * `ledger import FILE [--profile NAME] [--sheet NAME] [--dry-run] [--json]`, the wizard's engine
 * without the wizard:
 *   1. parse the file in an ImportSession (the same worker the app uses);
 *   2. map the columns by the named profile (found again by header names), else by a profile
 *      saved for this exact header, else by the synonyms;
 *   3. preview; unless --dry-run and when there is something to write, back up ('pre-import')
 *      and commit every valid row in one transaction.
 * Exit 0 when the valid rows were imported (or, with --dry-run, would be) even if some rows
 * had errors; 1 when no row could be imported or the file, sheet, profile or mapping is unusable.
 */
export interface ImportReport {
  file: string;
  sheet: string;
  profile: string | null;
  dryRun: boolean;
  importId: string | null;
  /** Every row below the header: added + updated + unchanged + refused + skipped = dataRows. */
  dataRows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows with an error, left out of the import. */
  refused: number;
  /** Blank rows, 合计, headings, repeated headers and footnotes. */
  skipped: number;
  errors: Issue[];
  /** Each row's 计划退出年度 and where it came from: column, date (its limit), title, constant or ledger. */
  planYears: { row: number; year: number; from: string; label: string }[];
  /** What the wizard shows beside a row (a credit code that fails its check…) and after the commit. */
  warnings: Issue[];
}

interface Issue {
  row: number | null;
  column: string | null;
  reason: string;
}

const USAGE = '用法：import 文件 [--profile 方案名] [--sheet 工作表] [--dry-run] [--json]';

export async function importCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const file = args.positionals[1];
  if (!file || args.positionals.length > 2) throw new UsageError(USAGE);
  const dryRun = args.flags['dry-run'] === true;
  const session = ImportSession.open(ctx.dbPath);
  try {
    const parsed = await session.parse(file);
    const wanted = typeof args.flags.sheet === 'string' ? args.flags.sheet : defaultSheet(parsed.sheets);
    const sheet = parsed.sheets.find((s) => s.name === wanted);
    if (!sheet) {
      const names = parsed.sheets.map((s) => `「${s.name}」`).join('、');
      throw new LedgerError('VALIDATION', wanted === null ? `文件中没有可导入的工作表` : `文件中没有名为「${wanted}」的工作表；文件中的工作表：${names}`);
    }
    if (!sheet.table || sheet.table.dataRowCount === 0) throw new LedgerError('VALIDATION', `工作表「${sheet.name}」没有数据行，没有可导入的内容`);

    const { mapping, profile } = await chooseMapping(ctx, session, sheet.name, sheet.table.columns, args, io);
    const plan = await session.preview(sheet.name, mapping);
    const { errors, warnings, planYears } = await issueLists(session, plan);
    for (const note of plan.notes) warnings.push({ row: null, column: null, reason: note });
    let importId: string | null = null;
    const c = plan.counts;
    if (!dryRun && c.new + c.update > 0) {
      await backupNow(ctx, 'pre-import');
      const result = await session.commit();
      importId = result.importId;
      for (const w of result.warnings) warnings.push({ row: null, column: null, reason: w });
    }
    const report: ImportReport = {
      file,
      sheet: sheet.name,
      profile,
      dryRun,
      importId,
      dataRows: c.sourceRows,
      added: c.new,
      updated: c.update,
      unchanged: c.unchanged,
      refused: c.error,
      skipped: c.skipped,
      errors,
      planYears,
      warnings,
    };
    if (args.flags.json) printJson(io, report);
    else printText(io, report);
    if (c.new + c.update + c.unchanged === 0) {
      io.err(`错误：没有可导入的有效行（${c.error} 行都有错误），台账未改动；请按错误说明改正后重新导入`);
      return 1;
    }
    return 0;
  } finally {
    await session.close();
  }
}

async function chooseMapping(
  ctx: ServiceContext,
  session: ImportSession,
  sheet: string,
  columns: readonly { index: number; name: string; parts: string[] }[],
  args: Parsed,
  io: Io,
): Promise<{ mapping: Mapping; profile: string | null }> {
  const name = args.flags.profile;
  if (typeof name !== 'string') {
    const proposal = await session.proposeMapping(sheet);
    return { mapping: proposal.mapping, profile: proposal.profileName };
  }
  const profiles = importProfiles(ctx);
  const found = profiles.find((p) => p.name === name);
  if (!found) {
    const known = profiles.length ? `已保存的方案：${profiles.map((p) => `「${p.name}」`).join('、')}` : '还没有保存过导入方案（在软件的导入向导中“保存为方案”）';
    throw new LedgerError('NOT_FOUND', `没有名为「${name}」的导入方案；${known}`);
  }
  const applied = applyProfile(found, columns);
  if (applied.missing.length) io.err(`提示：方案「${name}」中的列 ${applied.missing.map((m) => `「${m}」`).join('、')} 在此文件中没有，已跳过`);
  return { mapping: applied.mapping, profile: found.name };
}

/** The preview's errors and warnings, page by page (the rows stay in the import worker). */
async function issueLists(session: ImportSession, plan: PlanSummary): Promise<{ errors: Issue[]; warnings: Issue[]; planYears: ImportReport['planYears'] }> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const planYears: ImportReport['planYears'] = [];
  const take = (list: Issue[], issues: readonly Issue[]) => {
    for (const e of issues) list.push({ row: e.row, column: e.column, reason: e.reason });
  };
  for (let offset = 0; offset < plan.counts.rows; offset += 1000) {
    const page = await session.rows(offset, 1000);
    for (const r of page.rows) {
      take(errors, r.errors);
      take(warnings, r.warnings);
      const y = r.years.find((x) => x.target === 'line.planYear');
      if (y && r.status !== 'error') planYears.push({ row: r.sourceRow, year: y.year, from: y.from, label: YEAR_SOURCE_LABELS[y.from] });
    }
    if (page.rows.length === 0) break;
  }
  return { errors, warnings, planYears };
}

function printText(io: Io, r: ImportReport): void {
  io.out(
    `文件「${r.file}」工作表「${r.sheet}」${r.profile ? `（按方案「${r.profile}」）` : ''}：表头以下 ${r.dataRows} 行，新增 ${r.added} 行，更新 ${r.updated} 行，` +
      `无变化 ${r.unchanged} 行，错误 ${r.refused} 行，跳过 ${r.skipped} 行（空行、合计、注释等）`,
  );
  if (r.dryRun) io.out('试运行（--dry-run）：台账未改动');
  else if (r.importId) io.out(`已导入，导入编号 ${r.importId}（可在软件的“导入记录”中整次撤销）`);
  else if (r.added + r.updated === 0 && r.unchanged > 0) io.out('没有需要写入的变化，台账未改动');
  for (const e of r.errors) io.out(`  第 ${e.row} 行${e.column ? `「${e.column}」` : ''}：${e.reason}`);
  for (const w of r.warnings) io.out(`  提示：${w.row === null ? '' : `第 ${w.row} 行${w.column ? `「${w.column}」` : ''}：`}${w.reason}`);
}

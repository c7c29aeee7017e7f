import { parentPort, workerData } from 'node:worker_threads';
import { LedgerError, toErrorInfo } from '../../shared/errors';
import { checkMapping, type Mapping } from '../../shared/import/mapping';
import type { ImportPlan } from '../../shared/import/planTypes';
import type { Cell } from '../../shared/import/types';
import { openLedger } from '../openLedger';
import { createContext } from '../services/context';
import { createCancelFlag } from './cancel';
import { commitImport } from './commit';
import { PreviewCorrections } from './corrections';
import { parseFileData, parseFilePath, type ParsedFile } from './parse';
import { buildImportPlan, replanRefusedRow } from './plan';
import { proposeMappingFor, saveImportProfile } from './profiles';
import { previewRows, summariseParsed, summarisePlan, type SessionMessage, type SessionRequest } from './sessionProtocol';
import { undoImport } from './undo';

/**
 * The worker side of an ImportSession: its own connection to the ledger file, the parsed file
 * and the plan. Commit runs here, so the window stays responsive and a 取消 clicked during a
 * long commit reaches the loop through the shared cancel flag.
 */
const { dbPath, cancelBuffer } = workerData as { dbPath: string; cancelBuffer: SharedArrayBuffer };
const opened = openLedger(dbPath);
const ctx = createContext(opened.db, { dbPath, readOnlyReason: opened.readOnlyReason });
const cancel = createCancelFlag(cancelBuffer);
let parsed: ParsedFile | null = null;
let plan: ImportPlan | null = null;
/** The previewed table's rows by source row number, for the cells of each preview row. */
let planCells = new Map<number, Cell[]>();
/** Cells corrected in 预览, laid over the file's for every preview of its sheet until the file is parsed again. */
const corrections = new PreviewCorrections();
/** Work that is not part of the answer (the WAL checkpoint after a commit), run once it is sent. */
let afterReply: (() => void) | null = null;

/**
 * Commits with the WAL's automatic checkpoint held back: SQLite would otherwise copy every page
 * the import wrote (about 120 MB for 100,000 rows) into the database file inside the commit, before
 * the answer. The transaction is just as durable in the WAL (synchronous is unchanged); the
 * checkpoint runs right after the answer is sent, in this worker, and the automatic one is back on.
 */
function commitThenCheckpoint<T>(run: () => T): T {
  const every = ctx.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  ctx.db.pragma('wal_autocheckpoint = 0');
  const restore = (): void => void ctx.db.pragma(`wal_autocheckpoint = ${every}`);
  try {
    const result = run();
    afterReply = () => {
      if (!ctx.db.open) return;
      try {
        ctx.db.pragma('wal_checkpoint(PASSIVE)');
      } finally {
        restore();
      }
    };
    return result;
  } catch (err) {
    restore();
    throw err;
  }
}

/** Builds the preview of a sheet, its corrected cells laid over the file's. */
function buildPlan(sheet: string, mapping: Mapping): ImportPlan {
  const t = corrections.apply(table(sheet));
  const problems = checkMapping(mapping, t.columns);
  if (problems.length > 0) throw new LedgerError('VALIDATION', problems.join('；'));
  const built = buildImportPlan(ctx.db, { fileName: parsed!.fileName, fileHash: parsed!.fileHash, table: t, mapping });
  planCells = new Map(t.rows.map((row) => [row.sourceRow, row.cells]));
  return built;
}

function table(sheet: string) {
  const s = parsed?.sheets.find((x) => x.name === sheet);
  if (!s) throw new LedgerError('BAD_REQUEST', `没有名为「${sheet}」的工作表，请重新选择文件`);
  if (!s.table) throw new LedgerError('VALIDATION', `工作表「${sheet}」是空的，没有可导入的内容`);
  return s.table;
}

async function handle(r: SessionRequest, id: number): Promise<unknown> {
  switch (r.op) {
    case 'parse':
      plan = null;
      planCells = new Map();
      corrections.clear();
      parsed = 'path' in r.source ? await parseFilePath(r.source.path, r.choices) : parseFileData(r.source.data, r.source.fileName, r.choices);
      return summariseParsed(parsed);
    case 'propose':
      return proposeMappingFor(ctx, table(r.sheet).columns, table(r.sheet).titleYear);
    case 'preview':
      plan = null;
      plan = buildPlan(r.sheet, r.mapping);
      return summarisePlan(plan);
    case 'rows': {
      if (!plan) throw new LedgerError('BAD_REQUEST', '还没有预览，请先完成列对应');
      const mapping = plan.mapping;
      return previewRows(plan, r.offset, r.limit, r.status, (n) => planCells.get(n) ?? [], (n) => corrections.of(n, mapping));
    }
    case 'correct': {
      if (!plan) throw new LedgerError('BAD_REQUEST', '还没有预览，请先完成列对应');
      const sheet = table(plan.sheetName);
      corrections.set(sheet, r.sourceRow, r.column, r.value);
      // A row still refused by its own cells is read again alone. Otherwise the whole sheet is
      // planned again: a row now valid can change what the rows after it do (the same
      // enterprise, now named alike) exactly as it would in a fresh import.
      const row = corrections.row(sheet, r.sourceRow);
      const input = { fileName: plan.fileName, table: sheet, mapping: plan.mapping };
      const alone = row ? replanRefusedRow(ctx.db, plan, input, row) : null;
      if (alone && row) planCells.set(row.sourceRow, row.cells);
      plan = alone ?? buildPlan(plan.sheetName, plan.mapping);
      return summarisePlan(plan);
    }
    case 'commit': {
      if (!plan || !parsed) throw new LedgerError('BAD_REQUEST', '还没有预览，请先完成列对应');
      // Cancelled or failed, the plan stays: nothing was written and the user may try again.
      const p = plan;
      const fileHash = parsed.fileHash;
      const fixes = corrections.applied(table(p.sheetName), p.mapping);
      const result = commitThenCheckpoint(() =>
        commitImport(ctx, p, {
          fileHash,
          corrections: fixes,
          cancel: cancel.token,
          onProgress: (progress) => parentPort!.postMessage({ id, progress } satisfies SessionMessage),
        }),
      );
      plan = null;
      planCells = new Map();
      corrections.clear();
      return result;
    }
    case 'undo':
      return undoImport(ctx, r.importId);
    case 'saveProfile':
      return saveImportProfile(ctx, { columns: table(r.sheet).columns, name: r.name, mapping: r.mapping });
    case 'close':
      parsed = null;
      plan = null;
      planCells = new Map();
      opened.db.close();
      return null;
  }
}

function runAfterReply(): void {
  const work = afterReply;
  afterReply = null;
  try {
    work?.();
  } catch {
    // A checkpoint that cannot run now (a reader holds the WAL) runs with a later commit.
  }
}

parentPort!.on('message', (m: { id: number; request: SessionRequest }) => {
  handle(m.request, m.id)
    .then(
      (value) => parentPort!.postMessage({ id: m.id, ok: true, value } satisfies SessionMessage),
      (err: unknown) => parentPort!.postMessage({ id: m.id, ok: false, error: toErrorInfo(err) } satisfies SessionMessage),
    )
    .finally(runAfterReply);
});
parentPort!.postMessage({ id: 0, ok: true, value: 'ready' } satisfies SessionMessage);

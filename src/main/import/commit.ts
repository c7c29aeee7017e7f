import { LedgerError, toErrorInfo } from '../../shared/errors';
import type { ImportPlan, PlannedEntity } from '../../shared/import/planTypes';
import { BufferedInsertError, setBufferTag, withBufferedInserts } from '../db/bulk';
import { linkCaseLine } from '../db/repositories/cases';
import type { ImportCounts } from '../../shared/import/planTypes';
import { insertImportRun, type ImportRun } from '../db/repositories/importRuns';
import { capacityLineKind } from '../services/capacityLines';
import { caseKind } from '../services/cases';
import { assertWritable, newBatchId, type ServiceContext } from '../services/context';
import { enterpriseKind } from '../services/enterprises';
import { openWriteSession, type EntityKind, type WriteSession } from '../services/entityWrites';
import type { CancelToken } from './cancel';
import { builtPlans } from './plan';
import { workPlanWrites, writeWorkPlan } from './commitTasks';
import { recordCorrections } from './commitCorrections';
import type { AppliedCorrection } from './corrections';

/**
 * Commits a preview, all valid rows or nothing:
 * 1. one transaction around everything; one import id, which is the audit batch of every
 *    change (source 'import:<id>') and the key of its import_runs row; a created row's audit
 *    entry is the compact one that points to the run (migration 0011);
 * 2. enterprises first, then lines and cases with their enterprise's id, each through the
 *    services' write session (same validation, checks and audit as a single edit); then the
 *    重点工作 and 时间节点 (commitTasks.ts);
 * 3. the cancel token is polled as rows are written: cancelling, or any failure, rolls the
 *    whole transaction back and the ledger is as it was;
 * 4. the rows are written a hundred to a statement (db/bulk.ts): the same rows with the same
 *    ids; a failing row is still named;
 * 5. the cells corrected in 预览 are recorded in the same batch as edits of the file's values
 *    (commitCorrections.ts).
 * A plan with nothing to write (re-importing the same file) writes nothing, not even a run.
 */
export interface CommitProgress {
  done: number;
  total: number;
}

export interface CommitOptions {
  fileHash: string;
  cancel?: CancelToken;
  onProgress?: (p: CommitProgress) => void;
  /** Cells the user corrected in 预览 (the plan was built with them). */
  corrections?: readonly AppliedCorrection[];
}

export interface CommitResult {
  /** null when there was nothing to write. */
  importId: string | null;
  counts: ImportCounts;
  warnings: string[];
}

const PROGRESS_EVERY = 500;

export function commitImport(ctx: ServiceContext, plan: ImportPlan, opts: CommitOptions): CommitResult {
  assertWritable(ctx);
  const c = plan.counts;
  const { rows, new: rowsNew, update, unchanged, error, sourceRows: _sourceRows, skipped: _skipped, ...entities } = c;
  const counts: ImportCounts = { rowsTotal: rows, rowsNew, rowsUpdated: update, rowsUnchanged: unchanged, rowsError: error, ...entities };
  const writes = [plan.enterprises, plan.lines, plan.cases].flat().filter((e) => e.action !== 'none').length + workPlanWrites(plan);
  if (writes === 0) {
    if (c.error > 0 && c.new + c.update + c.unchanged === 0) {
      throw new LedgerError('VALIDATION', `没有可导入的有效行：${c.error} 行都有错误，请按预览中的提示在原表中改正后重新导入`);
    }
    return { importId: null, counts, warnings: [] };
  }
  const importId = newBatchId();
  const warnings: string[] = [];
  let done = 0;
  const step = (): void => {
    done++;
    if (done % PROGRESS_EVERY === 0) {
      if (opts.cancel?.cancelled) throw new LedgerError('CANCELLED', '已取消导入，台账未做任何改动');
      opts.onProgress?.({ done, total: writes });
    }
  };
  const commit = ctx.db.transaction(() => {
    // The run's start is the stamp of every entry: a created row's compact entry reads its time from the run.
    const session = openWriteSession(ctx, { batchId: importId, source: `import:${importId}`, importRun: true });
    const ledgerIds = withBufferedInserts(ctx.db, () => {
      const w: Writer = { session, trusted: builtPlans.has(plan), warnings, step, db: ctx.db };
      const enterprise = plan.enterprises.map((e) => write(w, enterpriseKind, e, null));
      const line = plan.lines.map((e) => write(w, capacityLineKind, e, idAt(enterprise, e.enterprise, e)));
      const kase = plan.cases.map((e) => {
        const id = write(w, caseKind, e, idAt(enterprise, e.enterprise, e));
        if (e.action === 'create') for (const l of e.lines) linkCaseLine(ctx.db, id, idAt(line, l, e));
        return id;
      });
      return { enterprise, line, case: kase };
    });
    // A work plan is a few dozen rows, written one by one through the task service, which reads
    // back what it writes: after the buffered ledger rows are in, in the same transaction.
    const workIds = writeWorkPlan(ctx, session, plan, step);
    recordCorrections(ctx.db, session.stamp, importId, plan, { ...ledgerIds, task: workIds.tasks, milestone: workIds.milestones }, opts.corrections ?? []);
    if (opts.cancel?.cancelled) throw new LedgerError('CANCELLED', '已取消导入，台账未做任何改动');
    insertImportRun(ctx.db, {
      id: importId,
      fileName: plan.fileName,
      fileHash: opts.fileHash,
      sheetName: plan.sheetName,
      startedAt: session.stamp.at,
      finishedAt: ctx.now().toISOString(),
      operator: session.stamp.operator,
      mapping: JSON.stringify(plan.mapping),
      ...counts,
    });
  });
  try {
    commit();
  } catch (err) {
    if (!(err instanceof BufferedInsertError)) throw err;
    const tag = err.tag as Tag | null;
    throw tag ? rowError(tag.kind, tag.entity, err.original) : new LedgerError('INTERNAL', `${toErrorInfo(err.original).message}。导入未生效，台账未做任何改动`, undefined, toErrorInfo(err.original).detail);
  }
  opts.onProgress?.({ done, total: writes });
  return { importId, counts, warnings };
}

function idAt(ids: readonly number[], index: number | null, e: PlannedEntity): number {
  const id = index === null ? undefined : ids[index];
  if (id === undefined) throw new LedgerError('BAD_REQUEST', `第 ${e.firstRow} 行的预览数据不完整，请重新预览后再导入`);
  return id;
}

interface Writer {
  db: ServiceContext['db'];
  session: WriteSession;
  /** The plan was built by buildImportPlan in this process: its values are already parsed. */
  trusted: boolean;
  warnings: string[];
  step: () => void;
}

/** The row a buffered row was added for, to name it if it fails when written (db/bulk.ts). */
interface Tag {
  kind: EntityKind;
  entity: PlannedEntity;
}

function rowError(kind: EntityKind, e: PlannedEntity, err: unknown): LedgerError {
  const info = toErrorInfo(err);
  return new LedgerError(info.code, `第 ${e.firstRow} 行（${kind.noun}「${e.label}」）：${info.message}。导入未生效，台账未做任何改动`, info.field, info.detail);
}

function write(w: Writer, kind: EntityKind, e: PlannedEntity, enterpriseId: number | null): number {
  setBufferTag(w.db, { kind, entity: e } satisfies Tag);
  try {
    if (e.action === 'create') {
      const values = enterpriseId === null ? e.values : { ...e.values, enterpriseId };
      const r = w.trusted ? w.session.createParsed(kind, values) : w.session.create(kind, values);
      for (const warning of r.warnings) w.warnings.push(`第 ${e.firstRow} 行：${warning}`);
      w.step();
      return r.id;
    }
    if (e.id === null) throw new LedgerError('BAD_REQUEST', `第 ${e.firstRow} 行的预览数据不完整，请重新预览后再导入`);
    if (e.action === 'update') {
      if (w.trusted) w.session.updateParsed(kind, e.id, e.values);
      else w.session.update(kind, e.id, e.values);
      w.step();
    }
    return e.id;
  } catch (err) {
    if (err instanceof LedgerError && (err.code === 'CANCELLED' || err.code === 'BAD_REQUEST')) throw err;
    // Another row's, buffered earlier and written now: named by the caller.
    if (err instanceof BufferedInsertError) throw err;
    throw rowError(kind, e, err);
  }
}

export type { ImportRun };

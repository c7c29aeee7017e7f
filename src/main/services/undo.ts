import { LedgerError } from '../../shared/errors';
import type { AuditEntity, AuditEntry } from '../../shared/schemas/audit';
import { listAuditBatch } from '../db/repositories/audit';
import { selectFields } from '../db/sql';
import { capacityLineKind } from './capacityLines';
import { caseKind } from './cases';
import type { ServiceContext } from './context';
import { enterpriseKind } from './enterprises';
import { deleteEntities, openWriteSession, restoreEntities, type EntityKind } from './entityWrites';

const KINDS: Partial<Record<AuditEntity, EntityKind>> = { enterprise: enterpriseKind, capacityLine: capacityLineKind, case: caseKind };

type Step =
  | { action: 'update'; entity: AuditEntity; id: number; fields: Map<string, { oldValue: unknown; newValue: unknown }> }
  | { action: 'create' | 'delete' | 'restore'; entity: AuditEntity; id: number };

/** The batch's entries newest first, the field changes of one row gathered into one step. */
function planSteps(entries: readonly AuditEntry[]): Step[] {
  const steps: Step[] = [];
  const updates = new Map<string, Extract<Step, { action: 'update' }>>();
  for (const e of [...entries].reverse()) {
    if (e.action !== 'update') {
      steps.push({ action: e.action, entity: e.entity, id: e.entityId });
      continue;
    }
    const rowKey = `${e.entity}:${e.entityId}`;
    let step = updates.get(rowKey);
    if (!step) {
      step = { action: 'update', entity: e.entity, id: e.entityId, fields: new Map() };
      updates.set(rowKey, step);
      steps.push(step);
    }
    // Newest first: the first entry of a field holds the value to expect now, the last the value to restore.
    const seen = step.fields.get(e.field!);
    step.fields.set(e.field!, { oldValue: e.oldValue, newValue: seen ? seen.newValue : e.newValue });
  }
  return steps;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '空' : String(v));

function describe(kind: EntityKind, id: number, row: Record<string, unknown>): string {
  return typeof row.name === 'string' ? `${kind.noun}「${row.name}」` : `${kind.noun}（编号 ${id}）`;
}

/**
 * Reverts one user action from its audit entries, in one transaction: an update sets the old
 * values back, a creation goes to the 回收站, a deletion is restored and a restoration deleted
 * again. Before touching a row it checks the row is still as the action left it; if a later
 * change (another user, an import) got there first, the whole undo is refused rather than
 * overwriting that change. The reversal is a new batch whose source is 'undo:<batchId>', so the
 * history shows it, and redo is simply the undo of that new batch.
 */
export function undoBatch(ctx: ServiceContext, batchId: string): { batchId: string; touched: { entity: AuditEntity; id: number }[] } {
  const entries = listAuditBatch(ctx.db, batchId);
  if (entries.length === 0) throw new LedgerError('NOT_FOUND', '找不到要撤销的操作记录，可能已经撤销过');
  if (entries.some((e) => !KINDS[e.entity])) throw new LedgerError('VALIDATION', '「设置」中的修改不能在表格中撤销，请到「设置」中改回');
  // A legal step of a case (notice, extension, closure) is a dated act on paper: it is not
  // undone from the grid, and its columns (period, extension) are the workflow's own.
  if (entries.some((e) => e.source?.startsWith('workflow:'))) {
    throw new LedgerError('VALIDATION', '整改事项的办理步骤（下达通知、延期、复查、关停等）不能撤销；如录入有误，请在整改事项中登记更正说明');
  }
  // An import is undone as a whole from 导入记录, which also checks nothing was changed since.
  if (entries.some((e) => e.source?.startsWith('import:') || e.source?.startsWith('import-correction:'))) {
    throw new LedgerError('VALIDATION', '导入的数据请到「导入」→「导入记录」中整批撤销');
  }
  const session = openWriteSession(ctx, { source: `undo:${batchId}` });
  const opts = { batchId: session.stamp.batchId, source: session.stamp.source };
  const touched = new Map<string, { entity: AuditEntity; id: number }>();
  ctx.db.transaction(() => {
    for (const step of planSteps(entries)) {
      const kind = KINDS[step.entity]!;
      const row = selectFields(ctx.db, kind.table, step.id);
      if (!row) throw new LedgerError('NOT_FOUND', `无法撤销：找不到${kind.noun}（编号 ${step.id}）`);
      const who = describe(kind, step.id, row);
      const live = !row.deletedAt;
      const refuse = (why: string) => {
        throw new LedgerError('CONFLICT', `无法撤销：${who}${why}。为免覆盖那次修改，撤销未执行，请直接在表格中修改`);
      };
      if (step.action === 'update') {
        if (!live) refuse('在这之后已被删除');
        for (const [field, v] of step.fields) {
          if (!same(row[field], v.newValue)) refuse(`的「${kind.labels[field] ?? field}」在这之后又被修改过（现为「${shown(row[field])}」）`);
        }
        session.update(kind, step.id, Object.fromEntries([...step.fields].map(([f, v]) => [f, v.oldValue])));
      } else if (step.action === 'delete') {
        if (live) refuse('在这之后已从回收站恢复');
        restoreEntities(ctx, kind, [step.id], opts);
      } else {
        if (!live) refuse('在这之后已被删除');
        deleteEntities(ctx, kind, [step.id], opts);
      }
      touched.set(`${step.entity}:${step.id}`, { entity: step.entity, id: step.id });
    }
  })();
  return { batchId: session.stamp.batchId, touched: [...touched.values()] };
}

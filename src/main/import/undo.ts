import { LedgerError } from '../../shared/errors';
import type { UndoResult } from '../../shared/contract/imports';
import { AUDIT_ENTITY_LABELS, type AuditEntity, type AuditEntry } from '../../shared/schemas/audit';
import { listAuditBatch, listAuditEntriesAfter } from '../db/repositories/audit';
import { getImportRun, markImportUndone } from '../db/repositories/importRuns';
import { prepared } from '../db/sql';
import { capacityLineKind } from '../services/capacityLines';
import { caseKind } from '../services/cases';
import { assertWritable, newBatchId, type ServiceContext } from '../services/context';
import { enterpriseKind } from '../services/enterprises';
import { deleteEntities, openWriteSession, type EntityKind } from '../services/entityWrites';
import { milestoneKind } from '../services/milestones';
import { taskKind } from '../services/tasks';
import { CORRECTION_SOURCE } from './commitCorrections';

/**
 * Undoes one import from its audit entries, in one transaction:
 * 1. refuse if anything the import touched was changed afterwards by someone else, or got new
 *    lines or cases under an imported enterprise — undoing would overwrite that work;
 * 2. put every updated field back to its old value (through the services, audited);
 * 3. move every created row to the 回收站 (soft delete, audited), cases and lines first, and
 *    the 重点工作 and 时间节点 the import added;
 * 4. mark the run undone. Every change carries source 'undo:import:<id>'.
 */
const KINDS: Partial<Record<AuditEntity, EntityKind>> = {
  enterprise: enterpriseKind,
  capacityLine: capacityLineKind,
  case: caseKind,
  task: taskKind,
  milestone: milestoneKind,
};
const key = (e: { entity: string; entityId: number }): string => `${e.entity}#${e.entityId}`;

export type { UndoResult };

export function undoImport(ctx: ServiceContext, importId: string): UndoResult {
  assertWritable(ctx);
  const run = getImportRun(ctx.db, importId);
  if (!run) throw new LedgerError('NOT_FOUND', '找不到这次导入的记录，可能已被清理');
  if (run.undoneAt) throw new LedgerError('VALIDATION', `这次导入（${run.fileName}）已于 ${run.undoneAt.slice(0, 16).replace('T', ' ')} 撤销过，无需重复撤销`);
  const entries = listAuditBatch(ctx.db, importId);
  const undoBatchId = newBatchId();
  const source = `undo:import:${importId}`;
  return ctx.db.transaction(() => {
    refuseIfChangedSince(ctx, importId, entries);
    const session = openWriteSession(ctx, { batchId: undoBatchId, source });
    let fieldsRestored = 0;
    // A cell corrected in 预览 is recorded as an edit of the file's value, which was never stored.
    const updates = entries.filter((e) => e.action === 'update' && !e.source?.startsWith(CORRECTION_SOURCE)).reverse();
    for (const e of updates) {
      const kind = KINDS[e.entity];
      if (!kind || e.field === null) continue;
      session.update(kind, e.entityId, { [e.field]: e.oldValue });
      fieldsRestored++;
    }
    let rowsRemoved = 0;
    for (const entity of ['case', 'capacityLine', 'enterprise', 'task', 'milestone'] as const) {
      const ids = entries.filter((e) => e.action === 'create' && e.entity === entity).map((e) => e.entityId);
      if (ids.length === 0) continue;
      deleteEntities(ctx, KINDS[entity]!, ids, { batchId: undoBatchId, source });
      rowsRemoved += ids.length;
    }
    markImportUndone(ctx.db, importId, session.stamp.at, undoBatchId);
    return { undoBatchId, fieldsRestored, rowsRemoved };
  })();
}

function refuseIfChangedSince(ctx: ServiceContext, importId: string, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return;
  const touched = new Set(entries.map(key));
  const firstId = entries[0]!.id;
  const later = listAuditEntriesAfter(ctx.db, firstId, importId);
  const clash = later.filter((e) => touched.has(key(e)));
  const created = (entity: AuditEntity) => entries.filter((e) => e.action === 'create' && e.entity === entity).map((e) => e.entityId);
  const createdEnterprises = new Set(created('enterprise'));
  const ours = { capacityLine: new Set(created('capacityLine')), case: new Set(created('case')) };
  let dependants = 0;
  if (createdEnterprises.size > 0) {
    for (const [entity, table] of [['capacityLine', 'capacity_lines'], ['case', 'cases']] as const) {
      const rows = prepared(ctx.db, `SELECT id, enterprise_id AS enterpriseId FROM ${table} WHERE deleted_at IS NULL`).all() as { id: number; enterpriseId: number }[];
      dependants += rows.filter((r) => createdEnterprises.has(r.enterpriseId) && !ours[entity].has(r.id)).length;
    }
  }
  if (clash.length === 0 && dependants === 0) return;
  const first = clash[0];
  const example = first ? `，如${AUDIT_ENTITY_LABELS[first.entity]}（编号 ${first.entityId}）于 ${first.at.slice(0, 16).replace('T', ' ')} 被「${first.operator}」修改` : '';
  const extra = dependants > 0 ? `；另有 ${dependants} 条设备或整改事项是导入后添加在导入的企业下的` : '';
  throw new LedgerError(
    'CONFLICT',
    `导入之后已有 ${clash.length} 处修改涉及这次导入的记录${example}${extra}。自动撤销会覆盖这些后来的工作，已停止，台账未做改动；请在相应记录上手动调整`,
  );
}

import type { ImportPlan, PlannedKind, PlannedRow } from '../../shared/import/planTypes';
import { targetInfo } from '../../shared/import/targets';
import { insertAuditEntry } from '../db/repositories/audit';
import { selectFields } from '../db/sql';
import type { AuditStamp } from '../services/audit';
import { capacityLineKind } from '../services/capacityLines';
import { caseKind } from '../services/cases';
import { enterpriseKind } from '../services/enterprises';
import type { EntityKind } from '../services/entityWrites';
import { milestoneKind } from '../services/milestones';
import { taskKind } from '../services/tasks';
import type { AppliedCorrection } from './corrections';

/**
 * The cells corrected in 预览, recorded in the import's own audit batch as edits of the values
 * the file had: 「计划退出时间」2022年13月 → 2022-12-31, after the row's creation or update, so a
 * row's history says what the file said and what was imported instead. Their source marks them
 * as corrections ('import-correction:<id>'): 撤销本次导入 takes back the rows and updates they
 * belong to, and must not try to put a refused text back into a field.
 */
export const CORRECTION_SOURCE = 'import-correction:';

export interface WrittenIds {
  enterprise: readonly number[];
  line: readonly number[];
  case: readonly number[];
  task: readonly number[];
  milestone: readonly number[];
}

const KINDS: Record<PlannedKind, EntityKind> = { enterprise: enterpriseKind, line: capacityLineKind, case: caseKind, task: taskKind, milestone: milestoneKind };

export function recordCorrections(db: Parameters<typeof insertAuditEntry>[0], stamp: AuditStamp, importId: string, plan: ImportPlan, ids: WrittenIds, corrections: readonly AppliedCorrection[]): number {
  if (corrections.length === 0) return 0;
  const rows = new Map<number, PlannedRow>(plan.rows.map((r) => [r.sourceRow, r]));
  let recorded = 0;
  for (const c of corrections) {
    const row = rows.get(c.sourceRow);
    // A row still refused was not imported: its correction reached nothing.
    if (!row || row.status === 'error') continue;
    const { entity, field } = targetInfo(c.target);
    const part = row[entity];
    const id = part ? ids[entity][part.entity] : undefined;
    if (id === undefined) continue;
    const kind = KINDS[entity];
    const stored = selectFields(db, kind.table, id)?.[field];
    insertAuditEntry(db, {
      ...stamp,
      source: `${CORRECTION_SOURCE}${importId}`,
      entity: kind.entity,
      entityId: id,
      action: 'update',
      field,
      oldValue: c.original === '' ? null : c.original,
      newValue: stored === undefined ? c.value : stored,
    });
    recorded++;
  }
  return recorded;
}

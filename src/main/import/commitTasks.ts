import { LedgerError, toErrorInfo } from '../../shared/errors';
import type { ImportPlan, PlannedEntity } from '../../shared/import/planTypes';
import type { ServiceContext } from '../services/context';
import type { WriteSession } from '../services/entityWrites';
import { milestoneKind } from '../services/milestones';
import { createTask, updateTask } from '../services/tasks';

/**
 * Writes an import's 重点工作 and 时间节点 (staged by planTasks.ts) inside commitImport's
 * transaction and under its audit batch and source, so 撤销本次导入 takes them back with the rest:
 * tasks through the task service (which dates a completion text and places a new task last in
 * its year), milestones through the shared write path with their kind (milestones.ts).
 */
export function workPlanWrites(plan: ImportPlan): number {
  return [plan.tasks, plan.milestones].flat().filter((e) => e.action !== 'none').length;
}

/** Departments are planned as stored (JSON lists); the task service takes them as lists. */
function asTaskInput(values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  for (const f of ['leadDepartments', 'cooperatingDepartments']) if (typeof out[f] === 'string') out[f] = JSON.parse(out[f] as string) as unknown;
  return out;
}

const BLANK_MILESTONE = { startDate: null, owner: null, documentNumber: null, sourceText: null, preset: null, doneDate: null, note: null };

/** Writes them; answers the id of each planned task and milestone, in the plan's order. */
export function writeWorkPlan(ctx: ServiceContext, session: WriteSession, plan: ImportPlan, step: () => void): { tasks: number[]; milestones: number[] } {
  const opts = { batchId: session.stamp.batchId, source: session.stamp.source };
  const tasks = plan.tasks.map((t) => {
    const id = written(t, '重点工作', () => {
      if (t.action === 'create') return createTask(ctx, asTaskInput(t.values), opts).row.id;
      if (t.action === 'update') updateTask(ctx, t.id!, asTaskInput(t.values), opts);
      return t.id!;
    });
    if (t.action !== 'none') step();
    return id;
  });
  const milestones = plan.milestones.map((m) => {
    const id = written(m, '时间节点', () => {
      if (m.action === 'create') return session.create(milestoneKind, { ...BLANK_MILESTONE, ...m.values }).id;
      if (m.action === 'update') session.update(milestoneKind, m.id!, m.values);
      return m.id!;
    });
    if (m.action !== 'none') step();
    return id;
  });
  return { tasks, milestones };
}

function written(e: PlannedEntity, noun: string, write: () => number): number {
  if (e.action !== 'create' && e.id === null) throw new LedgerError('BAD_REQUEST', `第 ${e.firstRow} 行的预览数据不完整，请重新预览后再导入`);
  try {
    return write();
  } catch (err) {
    if (err instanceof LedgerError && (err.code === 'CANCELLED' || err.code === 'BAD_REQUEST')) throw err;
    const info = toErrorInfo(err);
    throw new LedgerError(info.code, `第 ${e.firstRow} 行（${noun}「${e.label}」）：${info.message}。导入未生效，台账未做任何改动`, info.field, info.detail);
  }
}

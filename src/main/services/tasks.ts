import { z } from 'zod';
import { LedgerError } from '../../shared/errors';
import { completionDate } from '../../shared/reports/completion';
import { taskEntity, TASK_FIELD_LABELS, TaskDraft, TaskPatch, type TaskFields } from '../../shared/entities/task';
import { getTask, listTasks, nextTaskSortOrder, TASK_TABLE, requireLiveTask } from '../db/repositories/tasks';
import type { ServiceContext } from './context';
import type { IsoDate } from '../../shared/domain/dates';
import type { TaskRecord } from '../../shared/entities/task';
import type { TaskRow } from '../../shared/contract/tasks';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import { todayOf } from './audit';
import { readThresholds } from './countdownSettings';
import { createEntity, deleteEntities, openWriteSession, restoreEntities, updateEntity, type EntityKind, type WriteOptions } from './entityWrites';
import { parseFields } from './validation';

/**
 * 重点工作 through the same write path as every ledger row (one transaction with its audit
 * entries). A value is parsed with the shared TaskDraft/TaskPatch schemas — one Chinese message
 * naming the column when it fails — then put in storage form (department lists as JSON, the
 * 同序号 flag as 0/1) for entityWrites. The date a completion text means is derived unless the
 * user sets it: 全年 → 12月31日, 4月底 → 4月30日, 10月30日前 → 10月30日.
 */
const Stored = z.object({
  year: z.number().int(),
  section: z.string(),
  category: z.string().nullable(),
  content: z.string(),
  leadDepartments: z.string(),
  cooperatingDepartments: z.string(),
  completionText: z.string().nullable(),
  completionDate: z.string().nullable(),
  continuesNumber: z.number().int(),
  dimension: z.string().nullable(),
  progress: z.string().nullable(),
  sortOrder: z.number().int(),
});

export const taskKind: EntityKind = {
  entity: 'task',
  noun: '重点工作',
  table: TASK_TABLE,
  labels: TASK_FIELD_LABELS,
  unaudited: taskEntity.unaudited,
  draft: Stored.partial().required({ year: true, section: true, content: true }),
  patch: Stored.partial(),
};

/** A parsed task in storage form: department lists as JSON, the 同序号 flag as 0/1. */
export function toStoredTask(values: Partial<TaskFields>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  if (values.leadDepartments) out.leadDepartments = JSON.stringify(values.leadDepartments);
  if (values.cooperatingDepartments) out.cooperatingDepartments = JSON.stringify(values.cooperatingDepartments);
  if (values.continuesNumber !== undefined) out.continuesNumber = values.continuesNumber ? 1 : 0;
  return out;
}


/** Parses a new task and fills what the user did not type: its date, its place at the end. */
export function parseTaskDraft(ctx: ServiceContext, raw: unknown): TaskFields {
  const v = parseFields(TaskDraft.strict(), raw, TASK_FIELD_LABELS);
  return {
    category: null,
    leadDepartments: [],
    cooperatingDepartments: [],
    completionText: null,
    continuesNumber: false,
    dimension: null,
    progress: null,
    ...v,
    completionDate: v.completionDate !== undefined ? v.completionDate : v.completionText ? completionDate(v.completionText, v.year) : null,
    sortOrder: v.sortOrder ?? nextTaskSortOrder(ctx.db, v.year),
  };
}

/** The countdown to a task's completion date, as cases and milestones count (the user's thresholds). */
export function toTaskRow(t: TaskRecord, today: IsoDate, thresholds: CountdownThresholds): TaskRow {
  return { ...t, countdown: t.completionDate ? countdown(today, t.completionDate, thresholds) : null };
}

/** A year's tasks for the 重点工作 grid, each with its countdown from the county office's today. */
export function listTaskRows(ctx: ServiceContext, year: number, opts: { deleted?: boolean } = {}, today: IsoDate = todayOf(ctx)): TaskRow[] {
  const thresholds = readThresholds(ctx);
  return listTasks(ctx.db, year, opts).map((t) => toTaskRow(t, today, thresholds));
}

function taskRow(ctx: ServiceContext, id: number): TaskRow {
  return toTaskRow(requireLiveTask(ctx.db, id), todayOf(ctx), readThresholds(ctx));
}

export function createTask(ctx: ServiceContext, raw: unknown, opts?: WriteOptions) {
  const r = createEntity(ctx, taskKind, toStoredTask(parseTaskDraft(ctx, raw)), opts);
  return { row: taskRow(ctx, r.id), warnings: r.warnings, batchId: r.batchId };
}

export function updateTask(ctx: ServiceContext, id: number, raw: unknown, opts?: WriteOptions) {
  const before = requireLiveTask(ctx.db, id);
  const patch = parseFields(TaskPatch.strict(), raw, TASK_FIELD_LABELS);
  // A new completion text brings its date along, unless the same edit sets the date itself.
  if (patch.completionText !== undefined && patch.completionDate === undefined) {
    patch.completionDate = patch.completionText ? completionDate(patch.completionText, before.year) : null;
  }
  const r = updateEntity(ctx, taskKind, id, toStoredTask(patch), opts);
  return { row: taskRow(ctx, id), warnings: r.warnings, batchId: r.batchId };
}

export function deleteTasks(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return deleteEntities(ctx, taskKind, ids, opts);
}

export function restoreTasks(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return restoreEntities(ctx, taskKind, ids, opts);
}

/** Puts a year's tasks in the given order (the annex order) in one audited batch. */
export function reorderTasks(ctx: ServiceContext, year: number, ids: readonly number[]) {
  const current = listTasks(ctx.db, year);
  const known = new Set(current.map((t) => t.id));
  if (ids.length !== current.length || ids.some((id) => !known.has(id))) {
    throw new LedgerError('CONFLICT', '重点工作列表已被修改，请刷新后再调整顺序');
  }
  const session = openWriteSession(ctx);
  ctx.db.transaction(() => {
    ids.forEach((id, sortOrder) => {
      if (current.find((t) => t.id === id)!.sortOrder !== sortOrder) session.update(taskKind, id, { sortOrder });
    });
  })();
  return { count: ids.length, batchId: session.stamp.batchId };
}

export { getTask, listTasks };

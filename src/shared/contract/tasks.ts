import { z } from '../schemas/zod';
import { entityId } from '../schemas/fields';
import { TaskRecord } from '../entities/task';
import { Countdown } from '../rules/countdown';
import { DepartmentProposal } from '../reports/departmentMapping';
import { YearShift } from '../reports/planYear';
import { Task } from '../reports/tasks';
import { command, query } from './channel';
import { BatchResult, IdList, Saved } from './enterprises';

const Year = z.number().int().min(2000).max(2100);
const Record = z.record(z.string(), z.unknown());
/** An uploaded file: name and content, base64 (the renderer never names a path). */
export const UploadedFile = z.object({ fileName: z.string().min(1).max(255), base64: z.string().min(1).max(28_000_000) }).strict();

export const PresetSummary = z.object({ id: z.string(), title: z.string(), source: z.string(), year: z.number().int(), count: z.number().int() });
export const AdoptionPreview = z.object({
  title: z.string(),
  source: z.string(),
  /** The plan's tasks for the year adopted: dates moved, empty 牵头部门 derived from the text. */
  tasks: z.array(Task),
  departments: z.array(DepartmentProposal),
  skipped: z.number().int(),
  /** The plan's own year and the dates moved to the year adopted; null when the plan names no year. */
  yearShift: YearShift.nullable(),
});
export type AdoptionPreview = z.output<typeof AdoptionPreview>;

/** A task as the 重点工作 grid shows it: the countdown to its completion date, computed in main with the user's thresholds. */
export const TaskRow = TaskRecord.extend({ countdown: Countdown.nullable() });
export type TaskRow = z.output<typeof TaskRow>;

export const taskChannels = {
  'tasks:list': query(z.object({ year: Year, deleted: z.boolean().optional() }).strict(), z.array(TaskRow)),
  'tasks:create': command(z.object({ draft: Record }).strict(), Saved(TaskRow)),
  'tasks:update': command(z.object({ id: entityId, patch: Record }).strict(), Saved(TaskRow)),
  'tasks:delete': command(IdList.strict(), BatchResult),
  'tasks:restore': command(IdList.strict(), BatchResult),
  'tasks:reorder': command(z.object({ year: Year, ids: z.array(entityId).max(10_000) }).strict(), BatchResult),
  'tasks:presets': query(z.object({}).strict(), z.array(PresetSummary)),
  /** A preset by id, or the city's task table uploaded: its tasks and the department mapping proposed. */
  'tasks:previewAdoption': query(
    z.union([z.object({ preset: z.string().min(1).max(100), year: Year.optional() }).strict(), UploadedFile.extend({ year: Year.optional() }).strict()]),
    AdoptionPreview,
  ),
  'tasks:adopt': command(
    z
      .object({
        year: Year,
        tasks: z.array(Task).min(1).max(2000),
        mapping: z.record(z.string().max(200), z.string().max(60)),
        replace: z.boolean(),
      })
      .strict(),
    z.object({ count: z.number().int(), replaced: z.number().int(), batchId: z.string() }),
  ),
};

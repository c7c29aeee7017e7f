import { LedgerError } from '../../../shared/errors';
import { adoptTasks, listPresets, loadPreset, previewAdoption, readPlanTable } from '../../services/taskAdoption';
import { createTask, deleteTasks, listTaskRows, reorderTasks, restoreTasks, updateTask } from '../../services/tasks';
import type { HandlerGroup } from '../types';
import type { taskChannels } from '../../../shared/contract/tasks';

type TaskChannels = keyof typeof taskChannels;

export const taskHandlers: HandlerGroup<TaskChannels> = {
  'tasks:list': ({ year, deleted }, ctx) => listTaskRows(ctx, year, { deleted: deleted ?? false }),
  'tasks:create': ({ draft }, ctx) => createTask(ctx, draft),
  'tasks:update': ({ id, patch }, ctx) => updateTask(ctx, id, patch),
  'tasks:delete': ({ ids }, ctx) => deleteTasks(ctx, ids),
  'tasks:restore': ({ ids }, ctx) => restoreTasks(ctx, ids),
  'tasks:reorder': ({ year, ids }, ctx) => reorderTasks(ctx, year, ids),
  'tasks:presets': () => listPresets(),
  'tasks:previewAdoption': async (q, ctx) => {
    if ('preset' in q) return previewAdoption(ctx, await loadPreset(q.preset), q.year);
    const data = Buffer.from(q.base64, 'base64');
    if (data.length === 0) throw new LedgerError('VALIDATION', `文件「${q.fileName}」是空文件`);
    const plan = readPlanTable(ctx, data, q.fileName);
    return previewAdoption(ctx, { ...plan, source: q.fileName }, q.year);
  },
  'tasks:adopt': (input, ctx) => adoptTasks(ctx, input),
};

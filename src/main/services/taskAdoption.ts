import { basename, join } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { detectTable } from '../../shared/import/table';
import type { AdoptionPreview } from '../../shared/contract/tasks';
import { departmentsNamed, mapTaskDepartments, proposeCountyDepartment } from '../../shared/reports/departmentMapping';
import { withDerivedLeads } from '../../shared/reports/derivedLeads';
import { planYearOf, shiftPlanYear } from '../../shared/reports/planYear';
import { tasksFromPlanTable } from '../../shared/reports/planTable';
import type { Task } from '../../shared/reports/tasks';
import { listDepartments } from '../db/repositories/departments';
import { departmentMappings, listTasks, saveDepartmentMapping } from '../db/repositories/tasks';
import { listTaskPresetFiles, loadTaskPreset, TASK_PRESET_PATTERN } from '../export/taskPresets';
import { proposeMappingFor } from '../import/profiles';
import { readSpreadsheet } from '../import/read';
import { resourcesDir } from '../resourcesDir';
import type { ServiceContext } from './context';
import { readSettings } from './settings';
import { deleteEntities, openWriteSession } from './entityWrites';
import { parseTaskDraft, taskKind, toStoredTask } from './tasks';

/**
 * "Adopt a superior's plan": a bundled preset (the tasks of the work plans in docs/domain.md) or the city's own task table
 * becomes the county's tasks for a year.
 *   1. read the tasks — a preset file, or the uploaded table through the import engine (table
 *      detection, column proposal, remembered column mapping);
 *   2. for the year adopted, move the plan's dates from its own year (planYear.ts) and fill an
 *      empty 牵头部门 from the task's text, marked derived (derivedLeads.ts);
 *   3. propose a county department for each department the plan names (remembered mappings
 *      first, see departmentMapping.ts); the user corrects them;
 *   4. write the tasks with the departments mapped, in one transaction and one audit batch,
 *      replacing the year's tasks if asked, and remember every mapping for next time.
 */
export interface PresetSummary {
  id: string;
  title: string;
  source: string;
  year: number;
  count: number;
}

const presetId = (file: string) => basename(file).replace(/^tasks-/, '').replace(/\.json$/, '');

export async function listPresets(): Promise<PresetSummary[]> {
  const files = await listTaskPresetFiles(join(resourcesDir(), 'presets'));
  const presets = await Promise.all(files.map(async (f) => ({ f, p: await loadTaskPreset(f) })));
  return presets.map(({ f, p }) => ({ id: presetId(f), title: p.title, source: p.source, year: p.year, count: p.tasks.length }));
}

export async function loadPreset(id: string): Promise<{ title: string; source: string; year: number; tasks: Task[] }> {
  const file = `tasks-${id}.json`;
  if (!TASK_PRESET_PATTERN.test(file) || /[\\/]/.test(id)) throw new LedgerError('NOT_FOUND', `没有名为「${id}」的预置重点工作`);
  try {
    return await loadTaskPreset(join(resourcesDir(), 'presets', file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new LedgerError('NOT_FOUND', `没有名为「${id}」的预置重点工作`);
    throw err;
  }
}

/** The tasks of an uploaded responsibility table: its first sheet that reads as a work plan. */
export function readPlanTable(ctx: ServiceContext, data: Uint8Array, fileName: string): { title: string; tasks: Task[]; skipped: number } {
  const book = readSpreadsheet(data, fileName);
  const tables = book.sheets.filter((s) => !s.hidden).map((s) => ({ sheet: s, table: detectTable(s) }));
  const found = tables.find((t) => t.table.kind === 'task') ?? tables[0];
  if (!found) throw new LedgerError('VALIDATION', `「${fileName}」中没有工作表`);
  const proposal = proposeMappingFor(ctx, found.table.columns);
  const { tasks, skipped } = tasksFromPlanTable(found.table, proposal.mapping, found.sheet);
  if (tasks.length === 0) {
    throw new LedgerError('VALIDATION', `没有在「${fileName}」的「${found.sheet.name}」中找到重点工作：请确认表头有“主要内容（工作任务）”“牵头部门”“配合部门”“完成时间”等列`);
  }
  // The title is the longest line above the header (附件3 is a label, not the title).
  const titles = found.table.titleRows.map((r) => String(found.sheet.rows[r - 1]?.find((v) => v !== null) ?? '').trim());
  const title = titles.reduce((a, b) => (b.length > a.length ? b : a), '') || found.sheet.name;
  return { title, tasks: tasks.map((t) => ({ completionDate: null, dimension: null, progressNotes: '', continuesNumber: false, leadDerived: false, ...t })), skipped };
}

/**
 * The plan as it will be adopted for `year`. `plan.year` is a preset's own year; an uploaded
 * table's is read from its title. Without a target year the dates are left as the plan has them.
 */
export function previewAdoption(ctx: ServiceContext, plan: { title: string; source: string; year?: number; tasks: Task[]; skipped?: number }, year?: number): AdoptionPreview {
  const county = { departments: listDepartments(ctx.db).map((d) => d.name), countyName: readSettings(ctx).countyName };
  const remembered = departmentMappings(ctx.db);
  const planYear = plan.year ?? planYearOf(plan.title);
  const shifted = planYear !== null && year !== undefined ? shiftPlanYear(plan.tasks, planYear, year) : null;
  const tasks = withDerivedLeads(shifted?.tasks ?? plan.tasks);
  return {
    title: plan.title,
    source: plan.source,
    tasks,
    departments: departmentsNamed(tasks).map((d) => proposeCountyDepartment(d, county, remembered)),
    skipped: plan.skipped ?? 0,
    yearShift: shifted?.shift ?? (planYear !== null ? { from: planYear, to: planYear, moved: 0 } : null),
  };
}

export function adoptTasks(ctx: ServiceContext, input: { year: number; tasks: readonly Task[]; mapping: Readonly<Record<string, string>>; replace: boolean }) {
  const session = openWriteSession(ctx, { source: 'adopt' });
  const at = session.stamp.at;
  let replaced = 0;
  ctx.db.transaction(() => {
    if (input.replace) {
      const old = listTasks(ctx.db, input.year).map((t) => t.id);
      if (old.length) deleteEntities(ctx, taskKind, old, { batchId: session.stamp.batchId, source: 'adopt' });
      replaced = old.length;
    }
    for (const t of input.tasks) {
      const departments = mapTaskDepartments(t, input.mapping);
      const values = parseTaskDraft(ctx, {
        year: input.year,
        section: t.section,
        category: t.category,
        content: t.content,
        ...departments,
        completionText: t.completionText,
        continuesNumber: t.continuesNumber,
        dimension: t.dimension,
        progress: t.progressNotes,
      });
      session.create(taskKind, toStoredTask(values));
    }
    for (const [source, department] of Object.entries(input.mapping)) {
      if (department.trim() !== '') saveDepartmentMapping(ctx.db, source, department.trim(), at);
    }
  })();
  return { count: input.tasks.length, replaced, batchId: session.stamp.batchId };
}

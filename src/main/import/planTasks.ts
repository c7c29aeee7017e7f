import type { z } from 'zod';
import type { PlanCounts, PlannedRow, RowPart } from '../../shared/import/planTypes';
import type { RowIssue, RowValues } from '../../shared/import/rowValues';
import { targetInfo, type TargetKey } from '../../shared/import/targets';
import { toHalfWidth } from '../../shared/normalise/text';
import { sectionName } from '../../shared/reports/tasks';
import { resolveCompletionTime } from '../../shared/rules/completionTime';
import { guessMilestoneKind } from '../../shared/rules/milestoneText';
import { DepartmentList, TaskFields } from '../../shared/entities/task';
import type { Db } from '../db/connection';
import { listStoredMilestones } from '../db/repositories/milestones';
import { readSetting } from '../db/repositories/settings';
import { listTasks } from '../db/repositories/tasks';
import { EntityRegistry, type Staged } from './registry';
import type { Row } from './snapshot';

/**
 * The 重点工作 and 时间节点 of an import, staged beside the ledger rows of the same file:
 * 1. a task belongs to the ledger's year (设置 · 年度) and is the year's task with the same
 *    content, compared half-width and without white space, so a re-import changes nothing;
 * 2. a milestone is the year's milestone with the same name and date (the identity milestones.ts
 *    skips duplicates by). A rule (3月底, 次年1月底) is resolved for the ledger's year, as a
 *    pasted list is; a date written with another year (2025-12-31) puts it in that year;
 * 3. values are put in storage form (departments as JSON lists) so that they compare with the
 *    stored row; the identity itself (content, name) is written only when the row is created,
 *    never "updated" to a differently spaced spelling;
 * 4. rows repeating a task or milestone must agree with the first, as ledger rows must.
 */
export type IssueAt = (target: TargetKey | null, reason: string) => RowIssue;

export interface StagedWork {
  task: Staged | null;
  milestone: Staged | null;
}

const NOUN = { task: '重点工作', milestone: '时间节点' } as const;
const SEP = '\u0001';

/** The text a task or milestone is recognised by: half-width, no white space. */
export const identityText = (text: string): string => toHalfWidth(text).replace(/[\s\u3000]+/g, '');

const shorten = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** A stored value as the conflict message quotes it: department lists joined with 、. */
function shown(field: string, v: unknown): string {
  if ((field === 'leadDepartments' || field === 'cooperatingDepartments') && typeof v === 'string') {
    try {
      return (JSON.parse(v) as string[]).join('、');
    } catch {
      return v;
    }
  }
  return String(v ?? '');
}

export class WorkPlanStager {
  readonly tasks = new EntityRegistry('task');
  readonly milestones = new EntityRegistry('milestone');
  /** The ledger's year: tasks are a year's plan, and milestone rules are resolved in it. */
  readonly year: number;
  private storedTasks: Map<string, Row> | null = null;
  private readonly storedMilestones = new Map<number, Map<string, Row>>();

  constructor(private readonly db: Db) {
    this.year = readSetting<number>(db, 'year') ?? new Date().getFullYear();
  }

  /** Stages the row's task and milestone; their errors go to `errors`. */
  stage(rv: RowValues, n: number, issue: IssueAt, errors: RowIssue[]): StagedWork | null {
    if (!rv.carries.task && !rv.carries.milestone) return null;
    const task = rv.carries.task ? this.stageTask(rv.values.task, n, issue, errors) : null;
    const milestone = rv.carries.milestone ? this.stageMilestone(rv.values.milestone, n, issue, errors) : null;
    return { task, milestone };
  }

  /** Records a valid row's parts in the plan (see EntityRegistry.apply). */
  apply(work: StagedWork | null, row: PlannedRow): void {
    if (!work) return;
    if (work.task) row.task = this.part(this.tasks, work.task);
    if (work.milestone) row.milestone = this.part(this.milestones, work.milestone);
  }

  counts(): Pick<PlanCounts, 'tasksCreated' | 'tasksUpdated' | 'milestonesCreated' | 'milestonesUpdated'> {
    return {
      tasksCreated: this.tasks.count('create'),
      tasksUpdated: this.tasks.count('update'),
      milestonesCreated: this.milestones.count('create'),
      milestonesUpdated: this.milestones.count('update'),
    };
  }

  private part(reg: EntityRegistry, s: Staged): RowPart {
    return { entity: reg.apply(s, null), status: s.status };
  }

  private stageTask(tv: Record<string, unknown>, n: number, issue: IssueAt, errors: RowIssue[]): Staged | null {
    if (tv.content === undefined) {
      errors.push(issue('task.content', `这一行填了重点工作的信息，但「${targetInfo('task.content').label}」为空；请补上后重新导入`));
      return null;
    }
    const before = errors.length;
    const values: Record<string, unknown> = { year: this.year };
    const read = (field: string, schema: z.ZodType, encode: (v: unknown) => unknown = (v) => v): void => {
      const raw = field === 'section' && typeof tv.section === 'string' ? sectionName(tv.section) : tv[field];
      if (raw === undefined || raw === '') return;
      const r = schema.safeParse(raw);
      if (r.success) values[field] = encode(r.data);
      else errors.push(issue(`task.${field}` as TargetKey, `「${shorten(String(raw))}」${r.error.issues[0]?.message ?? '填写有误'}，请在原表中改正后重新导入`));
    };
    read('section', TaskFields.shape.section);
    read('category', TaskFields.shape.category);
    read('leadDepartments', DepartmentList, (v) => JSON.stringify(v));
    read('cooperatingDepartments', DepartmentList, (v) => JSON.stringify(v));
    read('completionText', TaskFields.shape.completionText);
    const content = TaskFields.shape.content.safeParse(tv.content);
    if (!content.success) errors.push(issue('task.content', `${content.error.issues[0]?.message ?? '填写有误'}，请在原表中改正后重新导入`));
    if (errors.length > before || !content.success) return null;
    const text = content.data as string;
    const key = [this.year, identityText(text)];
    const found = this.tasks.find(key);
    if (found !== undefined) return this.checked(this.tasks.stageExisting(found, values, [key], n), 'task', issue, errors);
    const stored = this.taskIn(identityText(text));
    if (!stored) Object.assign(values, { content: text, section: values.section ?? '重点任务' });
    return this.tasks.stageFirst(values, stored, [key], shorten(text), n);
  }

  private stageMilestone(mv: Record<string, unknown>, n: number, issue: IssueAt, errors: RowIssue[]): Staged | null {
    const before = errors.length;
    if (mv.name === undefined) errors.push(issue('milestone.name', `这一行填了时间节点的信息，但「${targetInfo('milestone.name').label}」为空；请补上名称后重新导入`));
    else if (String(mv.name).length > 60) errors.push(issue('milestone.name', `「${shorten(String(mv.name))}」超过60个字，请精简名称后重新导入`));
    if (mv.date === undefined) errors.push(issue('milestone.date', `这一行填了时间节点的信息，但「${targetInfo('milestone.date').label}」为空；请填写日期或时间要求（如 3月底）后重新导入`));
    if (mv.source !== undefined && String(mv.source).length > 60) errors.push(issue('milestone.source', `「${shorten(String(mv.source))}」超过60个字，请只填文号后重新导入`));
    if (errors.length > before) return null;
    const name = String(mv.name);
    const dueText = String(mv.date);
    const due = resolveCompletionTime(dueText, this.year);
    if (!due.ok) {
      errors.push(issue('milestone.date', `${due.error.message}，请在原表中改正后重新导入`));
      return null;
    }
    const dateYear = Number(due.value.date.slice(0, 4));
    const year = /^\d{4}/.test(dueText) && dateYear !== this.year ? dateYear : this.year;
    const values: Record<string, unknown> = { year, date: due.value.date };
    if (mv.owner !== undefined) values.owner = mv.owner;
    if (mv.source !== undefined) values.documentNumber = mv.source;
    const id = `${identityText(name)}${SEP}${due.value.date}`;
    const key = [year, id];
    const found = this.milestones.find(key);
    if (found !== undefined) return this.checked(this.milestones.stageExisting(found, values, [key], n), 'milestone', issue, errors);
    const stored = this.milestoneIn(year, id);
    if (!stored) {
      Object.assign(values, { name, kind: guessMilestoneKind(name), dueText: due.value.normalizedText, startDate: due.value.startDate ?? null });
    }
    return this.milestones.stageFirst(values, stored, [key], `${shorten(name)} ${due.value.date}`, n);
  }

  /** A repeated task or milestone must say what its first row said. */
  private checked(s: Staged, kind: keyof typeof NOUN, issue: IssueAt, errors: RowIssue[]): Staged | null {
    if (s.conflicts.length === 0) return s;
    for (const c of s.conflicts) {
      const target = (kind === 'milestone' && c.field === 'documentNumber' ? 'milestone.source' : `${kind}.${c.field}`) as TargetKey;
      errors.push(
        issue(target, `与第 ${c.firstRow} 行是同一${NOUN[kind]}，但「${targetInfo(target).label}」不同（第 ${c.firstRow} 行为「${shown(c.field, c.theirs)}」，本行为「${shown(c.field, c.mine)}」）；请统一后重新导入`),
      );
    }
    return null;
  }

  private taskIn(content: string): Row | null {
    if (!this.storedTasks) {
      this.storedTasks = new Map();
      for (const t of listTasks(this.db, this.year, { county: '' })) {
        const row: Row = { ...t, leadDepartments: JSON.stringify(t.leadDepartments), cooperatingDepartments: JSON.stringify(t.cooperatingDepartments) };
        const k = identityText(t.content);
        if (!this.storedTasks.has(k)) this.storedTasks.set(k, row);
      }
    }
    return this.storedTasks.get(content) ?? null;
  }

  private milestoneIn(year: number, id: string): Row | null {
    let byId = this.storedMilestones.get(year);
    if (!byId) {
      byId = new Map();
      for (const m of listStoredMilestones(this.db, year)) {
        const k = `${identityText(m.name)}${SEP}${m.date}`;
        if (!byId.has(k)) byId.set(k, m as unknown as Row);
      }
      this.storedMilestones.set(year, byId);
    }
    return byId.get(id) ?? null;
  }
}

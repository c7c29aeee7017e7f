import { z } from '../schemas/zod';
import { DIMENSIONS } from '../domain/dimensions';

/**
 * 重点工作: one line of the annual work plan's responsibility table (重点工作与职责分工).
 * A task belongs to a section (重点任务 / 政策措施 / 保障措施 …) and, inside it, to a category
 * (强化环保执法 …) whose cell the annex merges over all its consecutive tasks.
 */
export const Task = z.object({
  /** 重点任务, 政策措施 …: the annex numbers sections 一、二、… by order of appearance. */
  section: z.string().min(1),
  /** 强化环保执法 …; '' when the plan gives the task no heading of its own. */
  category: z.string(),
  content: z.string().min(1),
  /** Each department as the document writes it (市经信委, 经信委, 各县（市）、区人民政府 …). */
  leadDepartments: z.array(z.string().min(1)),
  /** True when the table left 牵头部门 empty and it was read from the task's text (derivedLeads.ts). */
  leadDerived: z.boolean().default(false),
  cooperatingDepartments: z.array(z.string().min(1)),
  /** 完成时间 exactly as written: 全年, 4月底, 10月30日前; '' when the document gives none. */
  completionText: z.string(),
  /** The concrete date the completion text means, when known ('YYYY-MM-DD'). */
  completionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /**
   * True when this task carries no 序号 of its own: the annex merges the 序号 cell of the task
   * before over it (通政办发〔2017〕179号 附件3 item 6 has three tasks under one number).
   */
  continuesNumber: z.boolean().default(false),
  /** The dimension a task enforces, for the dimension tasks of the Shandong, Xinzhou, Liaocheng and Henan plans (docs/domain.md). */
  dimension: z.enum(DIMENSIONS).nullable().default(null),
  progressNotes: z.string().default(''),
});
export type Task = z.output<typeof Task>;
export type TaskInput = z.input<typeof Task>;

/** A bundled list of tasks transcribed from one work plan (resources/presets/tasks-*.json). */
export const TaskPreset = z.object({
  /** The document: issuing body, 文号 and the part transcribed. */
  source: z.string().min(1),
  /** The responsibility table's title as the document writes it. */
  title: z.string().min(1),
  year: z.number().int(),
  /** How the transcription departs from the printed text, if at all. */
  notes: z.array(z.string()).default([]),
  tasks: z.array(Task).min(1),
});
export type TaskPreset = z.output<typeof TaskPreset>;

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十: enough for the sections of any work plan. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n <= 10) return CHINESE_NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_NUMERALS[tens - 1]}十${ones ? CHINESE_NUMERALS[ones - 1] : ''}`;
}

/** 一、重点任务 → 重点任务: a stored numeral is dropped so that reordering renumbers. */
export function sectionName(section: string): string {
  return section.replace(/^\s*[一二三四五六七八九十]+\s*[、.．]\s*/, '').trim();
}

import { z } from './zod';
import { entityId, optionalDate } from './fields';
import { DIMENSIONS } from '../domain/dimensions';

/**
 * 重点工作: one line of the county's annual work plan (the annex 重点工作与职责分工). Text is
 * kept as the plan writes it — full-width brackets and punctuation included, since it is printed
 * in an official document — only trimmed, with runs of spaces folded.
 */
const tidy = (v: unknown) => (typeof v === 'string' ? v.replace(/[ \t\u3000]+/g, ' ').trim() : v);

function text(max: number, required: boolean) {
  const base = z.string({ error: '不能为空' }).max(max, { error: `不能超过${max}个字` });
  return required
    ? z.preprocess(tidy, base.min(1, { error: '不能为空' }))
    : z.preprocess((v) => {
        const t = tidy(v);
        return t === '' || t === undefined ? null : t;
      }, base.nullable());
}

/**
 * 县工信局、县财政局 / 县工信局,县财政局 / one per line → ['县工信局', '县财政局']. Names carry
 * no spaces, so a space separates too (a stacked cell copied as one line). "各县（市）、区人民政府"
 * is one name — counties, cities and districts — and is put back together.
 */
export function splitDepartments(value: string): string[] {
  const parts = value
    .split(/[、，,；;/\s\u3000]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /[（(]市[）)]$/.test(prev) && /^区/.test(p)) out[out.length - 1] = `${prev}、${p}`;
    else out.push(p);
  }
  return out;
}

export const DepartmentList = z.preprocess(
  (v) => {
    if (v === null || v === undefined || v === '') return [];
    if (typeof v === 'string') return splitDepartments(v);
    if (Array.isArray(v)) return [...new Set(v.map(tidy).filter((s) => s !== ''))];
    return v;
  },
  z.array(z.string().max(60, { error: '部门名称不能超过60个字' }), { error: '应为部门名称，多个用顿号分隔' }).max(40, { error: '部门不能超过40个' }),
);

export const TaskFields = z.object({
  year: z.preprocess(
    (v) => (typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : v),
    z.number({ error: '应为年份，如 2026' }).int({ error: '应为年份，如 2026' }).min(2000, { error: '年度应在2000至2100之间' }).max(2100, { error: '年度应在2000至2100之间' }),
  ),
  section: text(50, true),
  category: text(100, false),
  content: text(2000, true),
  leadDepartments: DepartmentList,
  cooperatingDepartments: DepartmentList,
  completionText: text(100, false),
  completionDate: optionalDate(),
  continuesNumber: z.boolean({ error: '应为是或否' }),
  dimension: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(DIMENSIONS, { error: `只能是：${DIMENSIONS.join('、')}` }).nullable()),
  progress: text(4000, false),
  sortOrder: z.number().int().min(0),
});
export type TaskFields = z.output<typeof TaskFields>;

export const TaskDraft = TaskFields.partial().required({ year: true, section: true, content: true });
export type TaskDraft = z.input<typeof TaskDraft>;
export const TaskPatch = TaskFields.omit({ year: true }).partial();
export type TaskPatch = z.input<typeof TaskPatch>;

export const TASK_FIELD_LABELS: Record<keyof TaskFields, string> = {
  year: '年度',
  section: '部分',
  category: '类别',
  content: '主要内容',
  leadDepartments: '牵头部门',
  cooperatingDepartments: '配合部门',
  completionText: '完成时间',
  completionDate: '完成日期',
  continuesNumber: '与上项同序号',
  dimension: '维度',
  progress: '进展情况',
  sortOrder: '排序',
};

/** A task as the screens and the CLI see it. */
export const TaskRecord = z.object({
  id: entityId,
  year: z.number().int(),
  section: z.string(),
  category: z.string().nullable(),
  content: z.string(),
  leadDepartments: z.array(z.string()),
  cooperatingDepartments: z.array(z.string()),
  completionText: z.string().nullable(),
  completionDate: z.string().nullable(),
  continuesNumber: z.boolean(),
  dimension: z.string().nullable(),
  progress: z.string().nullable(),
  sortOrder: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type TaskRecord = z.output<typeof TaskRecord>;

import { z } from '../schemas/zod';
import { optionalDate, optionalLongText, planText } from '../schemas/fields';
import { DIMENSIONS } from '../domain/dimensions';
import { defineEntity } from './entity';
import { fields as f } from './field';
import { countyShape } from './county';

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

const year = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : v),
  z.number({ error: '应为年份，如 2026' }).int({ error: '应为年份，如 2026' }).min(2000, { error: '年度应在2000至2100之间' }).max(2100, { error: '年度应在2000至2100之间' }),
);
const departments = (label: string, synonyms: readonly string[], importMax: number) =>
  f.custom(DepartmentList, z.array(z.string()), [], { label, synonyms, synonymKinds: ['task'], importInput: planText(importMax) });
const nullableString = z.string().nullable();

export const taskEntity = defineEntity({
  key: 'task',
  label: '重点工作',
  table: 'tasks',
  fields: {
    year: f.custom(year, z.number().int(), 0, { label: '年度' }),
    section: f.custom(text(50, true), z.string(), '', { label: '部分', synonyms: ['板块', '部分', '任务类别', '工作板块'], synonymKinds: ['task'], importInput: planText(50) }),
    category: f.custom(text(100, false), nullableString, null, {
      label: '类别',
      synonyms: ['主要内容', '工作类别', '重点工作', '工作任务类别'],
      synonymKinds: ['task'],
      importInput: planText(100),
    }),
    content: f.custom(text(2000, true), z.string(), '', {
      label: '主要内容',
      synonyms: ['工作任务', '工作内容', '具体任务', '重点任务', '工作措施', '任务内容', '具体措施', '任务'],
      synonymKinds: ['task'],
      importInput: optionalLongText(2000),
    }),
    leadDepartments: departments('牵头部门', ['牵头部门', '牵头单位', '责任单位', '责任部门'], 200),
    cooperatingDepartments: departments('配合部门', ['配合部门', '配合单位', '协同部门', '协办部门'], 500),
    completionText: f.custom(text(100, false), nullableString, null, {
      label: '完成时间',
      synonyms: ['完成时间', '完成时限', '时间要求', '完成期限'],
      synonymKinds: ['task'],
      importInput: planText(100),
    }),
    completionDate: f.custom(optionalDate(), nullableString, null, { label: '完成日期' }),
    continuesNumber: f.custom(z.boolean({ error: '应为是或否' }), z.boolean(), false, { label: '与上项同序号' }),
    dimension: f.custom(
      z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(DIMENSIONS, { error: `只能是：${DIMENSIONS.join('、')}` }).nullable()),
      nullableString,
      null,
      { label: '维度' },
    ),
    progress: f.custom(text(4000, false), nullableString, null, { label: '进展情况' }),
    sortOrder: f.custom(z.number().int().min(0), z.number().int(), 0, { label: '排序' }),
  },
  // The year comes from the plan being imported; the rest are the app's, not the sheet's.
  notImported: ['year', 'completionDate', 'continuesNumber', 'dimension', 'progress', 'sortOrder'],
  // 县（市、区）: set by the city's roll-up, '' in a county's own ledger (entities/county.ts).
  computed: countyShape,
});

export const TaskFields = z.object(taskEntity.inputShape);
export type TaskFields = z.output<typeof TaskFields>;

export const TaskDraft = TaskFields.partial().required({ year: true, section: true, content: true });
export type TaskDraft = z.input<typeof TaskDraft>;
export const TaskPatch = TaskFields.omit({ year: true }).partial();
export type TaskPatch = z.input<typeof TaskPatch>;

export const TASK_FIELD_LABELS = taskEntity.labels;

/** A task as the screens and the CLI see it. */
export const TaskRecord = z.object(taskEntity.recordShape);
export type TaskRecord = z.output<typeof TaskRecord>;

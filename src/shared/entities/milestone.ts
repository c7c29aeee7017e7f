import { z } from '../schemas/zod';
import { entityId, planText } from '../schemas/fields';
import { normaliseDate } from '../normalise/date';
import { resolveCompletionTime } from '../rules/completionTime';
import { defineEntity } from './entity';
import { fields as f } from './field';
import { countyShape } from './county';

/**
 * 时间节点: a dated obligation of a year. A milestone keeps the rule as written (12月底, 次年1月底)
 * beside the date it means for its year, and the document and sentence it comes from. Stored
 * values are already resolved for their year; an imported calendar's columns (名称, 截止日期 as
 * written, 文号, 责任单位) are import-only targets that the import resolves into them.
 */

/**
 * A milestone's date as calendars write it: a date (2026-03-31, an Excel serial number) or a rule
 * of the year (3月底前, 次年1月底), which the import resolves for the ledger's year.
 */
function milestoneDue() {
  return z.preprocess(
    (v) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
      if (typeof v === 'number' || typeof v === 'string') return normaliseDate(v) ?? String(v).trim();
      return v;
    },
    z
      .string({ error: '应为日期或时间要求，如 2026-03-31、3月底、次年1月底' })
      .max(40, { error: '不能超过40个字' })
      .refine((t) => resolveCompletionTime(t, 2000).ok, { error: '无法识别的时间，可写作：2026-03-31、3月底前、7月15日、次年1月底' })
      .nullable(),
  );
}

const str = z.string();
const nullable = z.string().nullable();
const stored = <S extends z.ZodType>(input: S, label: string) => f.custom(input, nullable, null, { label });

export const milestoneEntity = defineEntity({
  key: 'milestone',
  label: '时间节点',
  table: 'milestones',
  fields: {
    year: f.custom(z.number().int(), z.number().int(), 0, { label: '年度' }),
    name: f.custom(z.string().min(1).max(60), str, '', { label: '名称' }),
    kind: f.custom(str, str, '', { label: '类别' }),
    dueText: f.custom(str, str, '', { label: '完成时间' }),
    date: f.custom(str, str, '', { label: '日期' }),
    startDate: stored(nullable, '开始日期'),
    owner: stored(z.string().max(300).nullable(), '责任单位'),
    documentNumber: stored(z.string().max(60).nullable(), '文号'),
    sourceText: stored(nullable, '原文'),
    preset: stored(nullable, '预设'),
    doneDate: stored(nullable, '完成日期'),
    note: stored(nullable, '备注'),
    // Who marked it done and why (migration 0007); written by 标记完成, with the done date.
    doneBy: stored(nullable, '完成标记人'),
    doneNote: stored(nullable, '完成说明'),
  },
  notImported: ['year', 'name', 'kind', 'dueText', 'date', 'startDate', 'owner', 'documentNumber', 'sourceText', 'preset', 'doneDate', 'note', 'doneBy', 'doneNote'],
  importOnly: {
    name: { label: '时间节点', input: planText(100), synonyms: ['时间节点', '节点名称', '工作节点', '事项', '工作事项', '节点'], synonymKinds: ['milestone'] },
    date: { label: '截止日期', input: milestoneDue(), synonyms: ['截止日期', '日期', '时间', '截止时间', '完成日期'], synonymKinds: ['milestone'] },
    source: { label: '依据文件（文号）', input: planText(100), synonyms: ['文号', '依据文件', '来源文件', '文件', '依据'], synonymKinds: ['milestone'] },
    owner: { label: '责任单位', input: planText(100), synonyms: ['责任单位', '责任人', '责任部门', '牵头单位'], synonymKinds: ['milestone'] },
  },
  // 县（市、区）: set by the city's roll-up, '' in a county's own ledger (entities/county.ts).
  computed: countyShape,
});

/** A milestone's stored values, in storage form and resolved for its year. */
export const MilestoneValues = z.object(milestoneEntity.inputShape);
export type MilestoneValues = z.output<typeof MilestoneValues>;

/** A milestone as the milestones table holds it. */
export const StoredMilestone = z.object({ id: entityId, ...milestoneEntity.valueShape });
export type StoredMilestone = z.output<typeof StoredMilestone>;

export const MILESTONE_FIELD_LABELS = milestoneEntity.labels;

import { z } from '../schemas/zod';
import { isIsoDate, type IsoDate } from '../domain/dates';
import type { Result } from '../errors';
import { resolveCompletionTime } from './completionTime';

export { resolveCompletionTime, type CompletionTime } from './completionTime';

/**
 * The annual calendar (时间节点) as data: provinces and years differ, so each preset is a JSON
 * file (resources/calendar/presets/*.json) taken from one work plan. A milestone's date is a
 * rule in the plan's own words — 3月底, 次年1月底, 7月15日, 7月16日至11月20日 — resolved for
 * the year the user works in; an explicit year (2020年7月15日) pins it to that year.
 */

export const MILESTONE_KINDS = [
  '排查摸底',
  '上报摸排情况',
  '制定工作方案',
  '完成关闭退出',
  '现场验收',
  '公示公告',
  '年度总结',
  '上报上级',
  '其他',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

const text = (max: number) => z.string().trim().min(1, { error: '不能为空' }).max(max, { error: `不能超过${max}个字` });

/** A rule that resolves in a plan year (2000 is arbitrary: any year tells a rule from nonsense). */
const dueRule = text(40).refine((rule) => resolveCompletionTime(rule, 2000).ok, {
  error: '无法识别的时间，可写作：3月底、7月15日、次年1月底、7月16日至11月20日',
});

export const MilestoneRuleSchema = z.strictObject({
  name: text(60),
  kind: z.enum(MILESTONE_KINDS, { error: `类别应为：${MILESTONE_KINDS.join('、')}` }),
  due: dueRule,
  owner: text(300),
  /** The 文号 of the document that sets this milestone; null when the source shows none. */
  documentNumber: text(60).nullable(),
  /** The sentence of the document, verbatim, so the user can check the rule against it. */
  sourceText: text(1000),
});
export type MilestoneRule = z.output<typeof MilestoneRuleSchema>;

export const MilestonePresetSchema = z.strictObject({
  name: text(100),
  region: text(50),
  /** The year the document was written for; its rules recur in later years. */
  year: z.number().int().min(2000).max(2100),
  document: z.strictObject({
    number: text(60).nullable(),
    title: text(200),
    issuer: text(200),
    issuedOn: z.string().refine(isIsoDate, { error: '应为有效日期，格式 YYYY-MM-DD' }).nullable(),
    note: text(300).optional(),
  }),
  milestones: z.array(MilestoneRuleSchema).min(1, { error: '至少应有一个时间节点' }),
});
export type MilestonePreset = z.output<typeof MilestonePresetSchema>;

export interface Milestone {
  readonly name: string;
  readonly kind: MilestoneKind;
  readonly date: IsoDate;
  readonly startDate?: IsoDate;
  /** The due rule in canonical form (3月底, 次年1月底). */
  readonly dueText: string;
  readonly owner: string;
  readonly documentNumber: string | null;
  readonly sourceText: string;
}

/** The preset's milestones for `year`, in date order. */
export function resolveMilestones(preset: MilestonePreset, year: number): Result<Milestone[]> {
  const milestones: Milestone[] = [];
  for (const rule of preset.milestones) {
    const due = resolveCompletionTime(rule.due, year);
    if (!due.ok) return { ok: false, error: { ...due.error, message: `时间节点“${rule.name}”：${due.error.message}` } };
    milestones.push({
      name: rule.name,
      kind: rule.kind,
      date: due.value.date,
      ...(due.value.startDate ? { startDate: due.value.startDate } : {}),
      dueText: due.value.normalizedText,
      owner: rule.owner,
      documentNumber: rule.documentNumber,
      sourceText: rule.sourceText,
    });
  }
  milestones.sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, value: milestones };
}

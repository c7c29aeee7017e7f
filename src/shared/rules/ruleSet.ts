import { z } from '../schemas/zod';
import { DIMENSIONS, type Dimension } from '../domain/dimensions';
import type { Result } from '../errors';
import type { MonthsOrDays } from './deadline';
import { DEFAULT_CARD_DIMENSIONS } from './cards';

const CARD_DIMENSION_CHOICES = ['能耗', '质量', '安全', '技术'] as const;

/**
 * A rule set (规则集): for each dimension, the legal path a finding follows — the first measure,
 * the rectification period, the longest extension, what follows failure, and the text the rule
 * rests on. The national default ships as resources/rules/national.json; a province's set is the
 * same JSON, imported and exported as a file.
 */

const MONTHS_OR_DAYS_HINT = '应写作 {"months": 月数} 或 {"days": 天数}';

export const MonthsOrDaysSchema = z.union(
  [
    z.strictObject({ months: z.number().int().min(1, { error: '月数至少为1' }).max(120, { error: '月数不能超过120' }) }),
    z.strictObject({ days: z.number().int().min(1, { error: '天数至少为1' }).max(3650, { error: '天数不能超过3650' }) }),
  ],
  { error: MONTHS_OR_DAYS_HINT },
);

/** 'set-by-order': the decision or order fixes the period case by case (由决定/命令确定). */
export const RulePeriodSchema = z.union([MonthsOrDaysSchema, z.literal('set-by-order')], {
  error: `${MONTHS_OR_DAYS_HINT}，或 "set-by-order"（由决定/命令确定）`,
});
export type RulePeriod = z.output<typeof RulePeriodSchema>;

/** 'none': the law gives no extension for this dimension. */
export const MaxExtensionSchema = z.union([MonthsOrDaysSchema, z.literal('none')], {
  error: `${MONTHS_OR_DAYS_HINT}，或 "none"（不予延期）`,
});
export type MaxExtension = z.output<typeof MaxExtensionSchema>;

const text = (max: number) => z.string().trim().min(1, { error: '不能为空' }).max(max, { error: `不能超过${max}个字` });

export const MeasureRuleSchema = z.strictObject({
  name: text(60),
  /** A ceiling on the period this measure may be ordered for (限制生产 ≤ 3 months). */
  periodLimit: MonthsOrDaysSchema.optional(),
  /**
   * false: a period ordered under this measure is never extended, whatever the dimension's
   * maxExtension (环保: only 限制生产 may be extended, 环境保护部令第30号; 停产整治 may not).
   */
  extendable: z.boolean().optional(),
  note: text(200).optional(),
});
export type MeasureRule = z.output<typeof MeasureRuleSchema>;

export const LegalBasisSchema = z.strictObject({ text: text(1000), source: text(200) });
export type LegalBasis = z.output<typeof LegalBasisSchema>;

/**
 * Where the law allows closure before the rectification period has run out (docs/domain.md):
 * 'measure-failed' — the case failed its check under the named measure (安全: 经停产停业整顿仍不
 * 具备安全生产条件的，予以关闭); 'serious-approved' — the case is flagged 情节严重 and the closure
 * carries the people's government's approval (环保: 情节严重的，报经有批准权的人民政府批准，责令停业、关闭).
 */
export const CloseAtOnceSchema = z.union([
  z.strictObject({ when: z.literal('measure-failed'), measure: text(60), text: text(300), source: text(200) }),
  z.strictObject({ when: z.literal('serious-approved'), text: text(300), source: text(200) }),
]);
export type CloseAtOnce = z.output<typeof CloseAtOnceSchema>;

export const DimensionRuleSchema = z.strictObject({
  measures: z.array(MeasureRuleSchema).min(1, { error: '至少应有一项措施' }),
  period: RulePeriodSchema,
  maxExtension: MaxExtensionSchema,
  onFailure: text(200),
  legalBasis: z.array(LegalBasisSchema).min(1, { error: '至少应有一条依据' }),
  closeAtOnce: CloseAtOnceSchema.optional(),
});
export type DimensionRule = z.output<typeof DimensionRuleSchema>;

export const RuleSetSchema = z.strictObject({
  name: text(100),
  region: text(50),
  version: text(30),
  description: text(500).optional(),
  dimensions: z.strictObject(
    Object.fromEntries(DIMENSIONS.map((d) => [d, DimensionRuleSchema])) as Record<Dimension, typeof DimensionRuleSchema>,
  ),
  /**
   * The dimensions whose cases go on the 黄牌/红牌名单 (default: all but 环保). 环保 is refused:
   * the plans give it the 超标排放 lists instead.
   */
  cardDimensions: z
    .array(z.enum(CARD_DIMENSION_CHOICES, { error: `只能是：${CARD_DIMENSION_CHOICES.join('、')}（环保列入超标排放企业名单，不列入黄牌/红牌名单）` }))
    .optional(),
});
export type RuleSet = z.output<typeof RuleSetSchema>;

/** The card dimensions a rule set names, or the plans' default. */
export function cardDimensionsOf(ruleSet: RuleSet): readonly Dimension[] {
  return ruleSet.cardDimensions ?? DEFAULT_CARD_DIMENSIONS;
}

export function ruleFor(ruleSet: RuleSet, dimension: Dimension): DimensionRule {
  return ruleSet.dimensions[dimension];
}

/** Whether a period ordered under `measure` may be extended at all under `rule`. */
export function measureExtendable(rule: DimensionRule, measure: string | null): boolean {
  if (rule.maxExtension === 'none') return false;
  return rule.measures.find((m) => m.name === measure)?.extendable !== false;
}

/** 6个月 / 由决定/命令确定 */
export function describeRulePeriod(period: RulePeriod): string {
  if (period === 'set-by-order') return '由决定/命令确定';
  return describeMonthsOrDays(period);
}

/** 不超过3个月 / 不予延期 */
export function describeMaxExtension(max: MaxExtension): string {
  return max === 'none' ? '不予延期' : `不超过${describeMonthsOrDays(max)}`;
}

function describeMonthsOrDays(p: MonthsOrDays): string {
  return 'months' in p ? `${p.months}个月` : `${p.days}天`;
}

// Field names as the user knows them, for error messages about an imported file.
const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  region: '适用地区',
  version: '版本',
  description: '说明',
  dimensions: '维度',
  measures: '措施',
  periodLimit: '期限上限',
  extendable: '可否延期',
  note: '备注',
  period: '整改期限',
  maxExtension: '最长延期',
  onFailure: '逾期或整改不达标的处理',
  legalBasis: '依据',
  text: '条文',
  source: '出处',
  months: '月数',
  days: '天数',
  closeAtOnce: '可立即关闭的情形',
  cardDimensions: '列入黄牌/红牌名单的维度',
  when: '情形',
};

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件整体';
  return path
    .map((key) => (typeof key === 'number' ? `第${key + 1}项` : (FIELD_LABELS[String(key)] ?? String(key))))
    .join(' › ');
}

const TYPE_LABELS: Record<string, string> = { string: '文字', number: '数字', object: '对象 {…}', array: '列表 […]' };

const MAX_LISTED_ISSUES = 20;

/**
 * Reads a rule-set file. On failure the message lists every wrong field by its Chinese path
 * (维度 › 能耗 › 整改期限：…) so the user can fix the file in one pass.
 */
export function parseRuleSetFile(fileText: string): Result<RuleSet> {
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (err) {
    const where = /line (\d+) column (\d+)/.exec(err instanceof Error ? err.message : '');
    const at = where ? `（第${where[1]}行第${where[2]}列附近）` : '';
    return { ok: false, error: { code: 'VALIDATION', message: `规则集文件不是有效的 JSON${at}，请检查括号、引号和逗号。` } };
  }
  const parsed = RuleSetSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };

  const lines = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${fieldPath(issue.path)}：不认识的字段 ${issue.keys.join('、')}`;
    }
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return `${fieldPath(issue.path)}：缺少此项`;
      return `${fieldPath(issue.path)}：应为${TYPE_LABELS[issue.expected] ?? issue.expected}`;
    }
    return `${fieldPath(issue.path)}：${issue.message}`;
  });
  const more = lines.length > MAX_LISTED_ISSUES ? `\n……另有${lines.length - MAX_LISTED_ISSUES}处` : '';
  const message = `规则集文件有${lines.length}处错误：\n${lines.slice(0, MAX_LISTED_ISSUES).join('\n')}${more}`;
  return { ok: false, error: { code: 'VALIDATION', message } };
}

/** The file text for export: the same JSON parseRuleSetFile reads. */
export function serializeRuleSet(ruleSet: RuleSet): string {
  return `${JSON.stringify(ruleSet, null, 2)}\n`;
}

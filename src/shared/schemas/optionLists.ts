import { z } from './zod';
import { EXIT_METHODS } from '../entities/capacityLine';
import { CASE_SOURCES } from '../entities/case';

/**
 * The pick lists the grids offer, edited in 设置. Dimensions, enterprise statuses and
 * performance classes are fixed by law or by the schemas; these differ by county and province.
 * Departments are rows of the departments table (they are a domain entity); the rest are one
 * settings value.
 */
export const OPTION_LIST_KEYS = [
  'towns',
  'industries',
  'exitMethods',
  'capacityUnits',
  'quantityUnits',
  'caseSources',
  'envCredits',
  'departments',
] as const;
export type OptionListKey = (typeof OPTION_LIST_KEYS)[number];

export const OPTION_LIST_LABELS: Record<OptionListKey, string> = {
  towns: '乡镇（街道）',
  industries: '行业',
  exitMethods: '退出方式',
  capacityUnits: '产能单位',
  quantityUnits: '数量单位',
  caseSources: '问题来源',
  envCredits: '环保信用等级',
  departments: '部门',
};

const item = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v),
  z.string().min(1, { error: '选项不能为空' }).max(50, { error: '每个选项不能超过50个字' }),
);

const list = z
  .array(item)
  .max(500, { error: '每个列表最多500项' })
  .transform((values) => [...new Set(values)]);

const strings = z.array(z.string());
export const OptionLists = z.object({
  towns: strings,
  industries: strings,
  exitMethods: strings,
  capacityUnits: strings,
  quantityUnits: strings,
  caseSources: strings,
  envCredits: strings,
  departments: strings,
});
export type OptionLists = z.output<typeof OptionLists>;

export const OptionListsPatch = z
  .object({
    towns: list.optional(),
    industries: list.optional(),
    exitMethods: list.optional(),
    capacityUnits: list.optional(),
    quantityUnits: list.optional(),
    caseSources: list.optional(),
    envCredits: list.optional(),
    departments: list.optional(),
  })
  .strict();
export type OptionListsPatch = z.output<typeof OptionListsPatch>;

/** 环保信用 colours differ by province (docs/domain.md): the presets the settings screen offers. */
export const ENV_CREDIT_PRESETS: Record<string, readonly string[]> = {
  全国: ['绿', '蓝', '黄', '红'],
  江苏: ['绿', '蓝', '黄', '红', '黑'],
  山东: ['绿', '蓝', '黄', '黑'],
};

/** The departments a county plan names most often (docs/domain.md; 通政办发〔2017〕179号 附件3). */
export const DEFAULT_DEPARTMENTS = [
  '县工信局',
  '县发改局',
  '县生态环境分局',
  '县市场监管局',
  '县应急局',
  '县财政局',
  '县人社局',
  '县自然资源局',
  '人行县支行',
  '各乡镇',
] as const;

export const DEFAULT_OPTION_LISTS: Omit<OptionLists, 'departments'> = {
  towns: [],
  industries: ['钢铁', '水泥', '平板玻璃', '电解铝', '焦化', '铁合金', '电石', '铸造', '造纸', '制革', '印染', '铅蓄电池', '化纤', '轮胎', '钢丝绳', '化工', '有色金属', '其他'],
  exitMethods: [...EXIT_METHODS],
  capacityUnits: ['万吨', '万重量箱', '万标张', '亿米', '万千伏安时', '万千瓦', '吨/日', '万条', '万套', '万件'],
  quantityUnits: ['台', '套', '条', '座', '组'],
  caseSources: [...CASE_SOURCES],
  envCredits: [...ENV_CREDIT_PRESETS['全国']!],
};

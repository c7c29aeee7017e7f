import { z } from './zod';
import { entityId, optionalAmount, optionalDate, optionalLongText, optionalText, optionalUnit, requiredText } from './fields';

/** 退出方式 of a line (seed 001: 拆除; 断水断电、拆除动力装置、封存主体设备; 关停整个企业; and 转移 out of the county). */
export const EXIT_METHODS = ['拆除', '断水断电·拆除动力装置·封存主体设备', '关停整个企业', '转移'] as const;

/** 落后生产设备（生产线）: one line or piece of equipment that must leave. */
export const CapacityLineFields = z.object({
  enterpriseId: entityId,
  name: requiredText(100),
  spec: optionalText(100),
  quantity: optionalAmount(),
  quantityUnit: optionalUnit(10),
  capacity: optionalAmount(),
  capacityUnit: optionalUnit(20),
  process: optionalText(100),
  catalogueItem: optionalText(300),
  exitMethod: optionalText(50),
  planYear: z.preprocess(
    (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
    z.number({ error: '应为年份，如 2026' }).int({ error: '应为年份，如 2026' }).min(2000).max(2100).nullable(),
  ),
  plannedExitDate: optionalDate(),
  exitDate: optionalDate(),
  acceptanceDate: optionalDate(),
  acceptanceOpinion: optionalLongText(1000),
  acceptanceBy: optionalText(50),
  localUnit: optionalText(50),
  supervisingDept: optionalText(50),
  notes: optionalLongText(),
});
export type CapacityLineFields = z.output<typeof CapacityLineFields>;

export const CapacityLineDraft = CapacityLineFields.partial().required({ enterpriseId: true, name: true });
export type CapacityLineDraft = z.input<typeof CapacityLineDraft>;

export const CapacityLinePatch = CapacityLineFields.partial();
export type CapacityLinePatch = z.input<typeof CapacityLinePatch>;

const nullableString = z.string().nullable();
const nullableNumber = z.number().nullable();

export const CapacityLine = z.object({
  id: entityId,
  enterpriseId: entityId,
  enterpriseName: z.string(),
  name: z.string(),
  spec: nullableString,
  quantity: nullableNumber,
  quantityUnit: nullableString,
  capacity: nullableNumber,
  capacityUnit: nullableString,
  process: nullableString,
  catalogueItem: nullableString,
  exitMethod: nullableString,
  planYear: nullableNumber,
  plannedExitDate: nullableString,
  exitDate: nullableString,
  acceptanceDate: nullableString,
  acceptanceOpinion: nullableString,
  acceptanceBy: nullableString,
  localUnit: nullableString,
  supervisingDept: nullableString,
  notes: nullableString,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: nullableString,
});
export type CapacityLine = z.output<typeof CapacityLine>;

export const CAPACITY_LINE_LABELS: Record<keyof CapacityLineFields, string> = {
  enterpriseId: '所属企业',
  name: '设备（生产线）名称',
  spec: '型号规格',
  quantity: '数量',
  quantityUnit: '数量单位',
  capacity: '产能',
  capacityUnit: '产能单位',
  process: '工艺',
  catalogueItem: '淘汰类目录条目',
  exitMethod: '退出方式',
  planYear: '计划退出年度',
  plannedExitDate: '完成时限',
  exitDate: '退出日期',
  acceptanceDate: '验收日期',
  acceptanceOpinion: '验收意见',
  acceptanceBy: '验收人',
  localUnit: '属地责任单位',
  supervisingDept: '行业主管部门',
  notes: '备注',
};

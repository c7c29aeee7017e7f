import { z } from './zod';
import { entityId, optionalChoice, optionalCreditCode, optionalLongText, optionalText, requiredText } from './fields';

export const ENTERPRISE_STATUSES = ['在产', '停产整治', '停产整顿', '已关停', '已关闭取缔', '已拆除', '转型', '搬迁'] as const;
export const PERFORMANCE_CLASSES = ['A', 'B', 'C', 'D'] as const;

/** What a user can write on an enterprise. 环保信用 colours differ by province: a settings list. */
export const EnterpriseFields = z.object({
  name: requiredText(200),
  uscc: optionalCreditCode(),
  town: optionalText(50),
  address: optionalText(200),
  industry: optionalText(50),
  legalRep: optionalText(50),
  contact: optionalText(50),
  phone: optionalText(50),
  performanceClass: optionalChoice(PERFORMANCE_CLASSES),
  envCredit: optionalText(20),
  status: optionalChoice(ENTERPRISE_STATUSES),
  notes: optionalLongText(),
});
export type EnterpriseFields = z.output<typeof EnterpriseFields>;

/** A new enterprise: only the name is required. */
export const EnterpriseDraft = EnterpriseFields.partial().required({ name: true });
export type EnterpriseDraft = z.input<typeof EnterpriseDraft>;

export const EnterprisePatch = EnterpriseFields.partial();
export type EnterprisePatch = z.input<typeof EnterprisePatch>;

export const Enterprise = z.object({
  id: entityId,
  name: z.string(),
  uscc: z.string().nullable(),
  town: z.string().nullable(),
  address: z.string().nullable(),
  industry: z.string().nullable(),
  legalRep: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  performanceClass: z.string().nullable(),
  envCredit: z.string().nullable(),
  status: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Enterprise = z.output<typeof Enterprise>;

export const ENTERPRISE_LABELS: Record<keyof EnterpriseFields, string> = {
  name: '企业名称',
  uscc: '统一社会信用代码',
  town: '乡镇（街道）',
  address: '地址',
  industry: '行业',
  legalRep: '法定代表人',
  contact: '联系人',
  phone: '联系电话',
  performanceClass: '绩效评价',
  envCredit: '环保信用',
  status: '生产状态',
  notes: '备注',
};

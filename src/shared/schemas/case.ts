import { z } from './zod';
import { DIMENSIONS } from '../domain/dimensions';
import { entityId, optionalChoice, optionalDate, optionalLongText, optionalText } from './fields';

export const CASE_SOURCES = ['排查摸底', '节能监察', '执法检查', '监督抽查', '举报', '其他'] as const;
export const REINSPECTION_RESULTS = ['达标', '不达标'] as const;

/** 整改事项: one finding against an enterprise, following its dimension's legal path. */
export const CaseFields = z.object({
  enterpriseId: entityId,
  dimension: z.enum(DIMENSIONS, { error: `只能是：${DIMENSIONS.join('、')}` }),
  source: optionalText(50),
  noticeDate: optionalDate(),
  standard: optionalText(200),
  description: optionalLongText(2000),
  measure: optionalText(200),
  leadDepartment: optionalText(50),
  deadlineOverride: optionalDate(),
  deadlineOverrideReason: optionalText(200),
  reinspectionDate: optionalDate(),
  reinspectionResult: optionalChoice(REINSPECTION_RESULTS),
  outcome: optionalText(100),
  closedDate: optionalDate(),
  notes: optionalLongText(),
});
export type CaseFields = z.output<typeof CaseFields>;

export const CaseDraft = CaseFields.partial().required({ enterpriseId: true, dimension: true });
export type CaseDraft = z.input<typeof CaseDraft>;

export const CasePatch = CaseFields.partial();
export type CasePatch = z.input<typeof CasePatch>;

const nullableString = z.string().nullable();

export const Case = z.object({
  id: entityId,
  enterpriseId: entityId,
  enterpriseName: z.string(),
  dimension: z.string(),
  status: z.string(),
  source: nullableString,
  noticeDate: nullableString,
  standard: nullableString,
  description: nullableString,
  measure: nullableString,
  leadDepartment: nullableString,
  deadlineOverride: nullableString,
  deadlineOverrideReason: nullableString,
  reinspectionDate: nullableString,
  reinspectionResult: nullableString,
  outcome: nullableString,
  closedDate: nullableString,
  notes: nullableString,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: nullableString,
});
export type Case = z.output<typeof Case>;

/** One step of a case's status history. */
export const CaseEvent = z.object({
  id: entityId,
  caseId: entityId,
  eventDate: z.string(),
  fromStatus: nullableString,
  toStatus: z.string(),
  operator: z.string(),
  note: nullableString,
  createdAt: z.string(),
});
export type CaseEvent = z.output<typeof CaseEvent>;

export const CASE_LABELS: Record<keyof CaseFields, string> = {
  enterpriseId: '所属企业',
  dimension: '维度',
  source: '问题来源',
  noticeDate: '整改通知下达日期',
  standard: '违反标准',
  description: '问题描述',
  measure: '整改措施',
  leadDepartment: '牵头部门',
  deadlineOverride: '指定整改期限',
  deadlineOverrideReason: '期限调整理由',
  reinspectionDate: '复查日期',
  reinspectionResult: '复查结果',
  outcome: '处理结果',
  closedDate: '销号日期',
  notes: '备注',
};

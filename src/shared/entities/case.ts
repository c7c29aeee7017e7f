import { z } from '../schemas/zod';
import { DIMENSIONS } from '../domain/dimensions';
import { entityId } from '../schemas/fields';
import { defineEntity } from './entity';
import { fields as f } from './field';
import { countyShape } from './county';

export const CASE_SOURCES = ['排查摸底', '节能监察', '执法检查', '监督抽查', '举报', '其他'] as const;
export const REINSPECTION_RESULTS = ['达标', '不达标'] as const;

/** 整改事项: one finding against an enterprise, following its dimension's legal path. */
export const caseEntity = defineEntity({
  key: 'case',
  label: '整改事项',
  table: 'cases',
  fields: {
    enterpriseId: f.ref({ label: '所属企业' }),
    dimension: f.requiredChoice(DIMENSIONS, {
      label: '维度',
      synonyms: ['存在问题维度', '问题类别', '问题维度', '维度', '不达标类别', '问题类型', '不符合标准类别', '存在问题类型', '综合标准类别', '不达标维度', '涉及维度', '标准类别', '类别'],
      grid: { width: 80 },
    }),
    source: f.listed(50, 'caseSources', { label: '问题来源', synonyms: ['问题来源', '来源', '发现途径', '线索来源', '发现方式'], grid: { width: 100 } }),
    noticeDate: f.date({
      label: '整改通知下达日期',
      synonyms: ['整改通知下达日期', '通知下达日期', '下达日期', '整改通知日期', '通知日期', '下达整改通知时间', '整改通知下达时间', '通知下达时间'],
      grid: { width: 160 },
    }),
    standard: f.text(200, {
      label: '违反标准',
      synonyms: ['违反标准', '执行标准', '依据标准', '对应标准', '不达标标准', '标准', '违反的标准', '相关标准'],
      grid: { width: 150 },
    }),
    description: f.longText(2000, {
      label: '问题描述',
      synonyms: ['存在问题', '问题描述', '存在的问题', '主要问题', '具体问题', '问题', '存在问题描述', '不达标情况'],
      grid: { width: 220 },
    }),
    measure: f.text(200, { label: '整改措施', synonyms: ['整改措施', '处置措施', '处理措施', '措施', '整改要求', '处置方式'], grid: { width: 140 } }),
    leadDepartment: f.listed(50, 'departments', {
      label: '牵头部门',
      synonyms: ['牵头部门', '责任部门', '牵头单位', '监管部门', '执法部门'],
      synonymKinds: ['ledger'],
      grid: { width: 130 },
    }),
    deadlineOverride: f.date({
      label: '指定整改期限',
      synonyms: ['整改期限', '整改时限', '整改截止日期', '整改完成时限'],
      grid: { width: 120 },
      writtenIn: 'deadlineOverrideText',
    }),
    // 整改完成时限 as written (2022年10月底前, 年底前): filled beside the date by the import and the grid
    // (migration 0012), as a line keeps its 完成时限原文.
    deadlineOverrideText: f.text(100, { label: '整改期限原文', synonyms: ['整改期限原文', '整改时限原文', '整改完成时限原文'], grid: { width: 140 } }),
    deadlineOverrideReason: f.text(200, { label: '期限调整理由', grid: { width: 140 } }),
    reinspectionDate: f.date({ label: '复查日期', synonyms: ['复查日期', '复查时间', '复核日期'], grid: { width: 112 } }),
    reinspectionResult: f.choice(REINSPECTION_RESULTS, { label: '复查结果', synonyms: ['复查结果', '复查情况', '复核结果'], grid: { width: 90 } }),
    outcome: f.text(100, { label: '处理结果', synonyms: ['处理结果', '整改结果', '处置结果', '整改情况', '办理结果', '整改进展'], grid: { width: 120 } }),
    closedDate: f.date({ label: '销号日期', synonyms: ['销号日期', '销号时间', '办结日期', '完成销号时间'], grid: { width: 112 } }),
    notes: f.longText(undefined, { label: '备注', grid: { width: 160 } }),
  },
  // The workflow (services/caseWorkflow.ts) sets these; nobody types them. serious is 情节严重,
  // 1 on a 环保 case whose firm goes on the 超标排放情节严重企业名单 (migration 0007), else 0.
  computed: { status: z.string(), serious: z.number().int().min(0).max(1) },
  joined: { enterpriseName: z.string(), ...countyShape },
});

export const CaseFields = z.object(caseEntity.inputShape);
export type CaseFields = z.output<typeof CaseFields>;

export const CaseDraft = CaseFields.partial().required({ enterpriseId: true, dimension: true });
export type CaseDraft = z.input<typeof CaseDraft>;

export const CasePatch = CaseFields.partial();
export type CasePatch = z.input<typeof CasePatch>;

const nullableString = z.string().nullable();

export const Case = z.object(caseEntity.recordShape);
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

export const CASE_LABELS = caseEntity.labels;

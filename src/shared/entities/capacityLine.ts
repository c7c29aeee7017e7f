import { z } from '../schemas/zod';
import { defineEntity } from './entity';
import { fields as f } from './field';
import { countyShape } from './county';

/** 退出方式 of a line (通政办发〔2017〕179号: 拆除; 断水断电、拆除动力装置、封存主体设备; 关停整个企业; and 转移 out of the county). */
export const EXIT_METHODS = ['拆除', '断水断电·拆除动力装置·封存主体设备', '关停整个企业', '转移'] as const;

const planYear = z.preprocess(
  (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
  z.number({ error: '应为年份，如 2026' }).int({ error: '应为年份，如 2026' }).min(2000).max(2100).nullable(),
);

/** 落后生产设备（生产线）: one line or piece of equipment that must leave. */
export const capacityLineEntity = defineEntity({
  key: 'line',
  label: '设备（生产线）',
  table: 'capacity_lines',
  fields: {
    enterpriseId: f.ref({ label: '所属企业' }),
    name: f.requiredText(100, {
      label: '设备（生产线）名称',
      synonyms: [
        '设备名称', '生产线名称', '设备(生产线)名称', '落后设备名称', '生产设备', '设备', '生产线', '装备名称', '落后生产工艺装备', '设备或生产线名称',
        '主要设备', '淘汰设备', '落后设备', '设备(生产线)', '落后生产设备(生产线)', '落后生产设备', '生产设备名称', '工艺装备',
      ],
      grid: { width: 160 },
    }),
    spec: f.text(100, { label: '型号规格', synonyms: ['型号规格', '规格型号', '型号', '规格', '设备型号', '设备规格', '型号(规格)'], grid: { width: 120 } }),
    quantity: f.amount({ label: '数量', synonyms: ['数量', '设备数量', '台数', '台(套)数', '台套数'], grid: { width: 70 } }),
    quantityUnit: f.unit(10, 'quantityUnits', { label: '数量单位', synonyms: ['数量单位', '设备单位'], grid: { width: 104 } }),
    capacity: f.amount({
      label: '产能',
      synonyms: ['产能', '退出产能', '产能规模', '设计产能', '淘汰产能', '年产能', '生产能力', '退出产能数值', '产能数值', '涉及产能', '压减产能', '退出产能规模', '产能(万吨)'],
      grid: { width: 90 },
    }),
    capacityUnit: f.unit(20, 'capacityUnits', { label: '产能单位', synonyms: ['产能单位', '退出产能单位', '产能计量单位'], grid: { width: 96 } }),
    process: f.text(100, { label: '工艺', synonyms: ['工艺', '生产工艺', '工艺名称', '工艺类型'], grid: { width: 110 } }),
    catalogueItem: f.text(300, {
      label: '淘汰类目录条目',
      synonyms: ['淘汰类目录条目', '淘汰类条目', '目录条目', '对应目录条款', '产业结构调整指导目录', '淘汰类目录', '对应淘汰类条目', '所属淘汰类目录', '淘汰类别条目'],
      grid: { width: 220 },
    }),
    exitMethod: f.listed(50, 'exitMethods', {
      label: '退出方式',
      // Not 处置措施: it holds 限期整改, 停产整改…, the measure a case orders.
      synonyms: ['退出方式', '淘汰方式', '拆除方式', '退出措施', '退出途径'],
      grid: { width: 150 },
    }),
    planYear: f.custom(planYear, z.number().nullable(), null, {
      label: '计划退出年度',
      synonyms: ['计划退出年度', '计划年度', '退出年度', '年度', '计划退出年份'],
      grid: { width: 128, editor: 'number' },
    }),
    plannedExitDate: f.date({
      label: '完成时限',
      synonyms: ['完成时限', '计划完成时间', '计划退出时间', '退出时限', '计划退出日期', '完成时间', '计划完成日期', '要求完成时间'],
      synonymKinds: ['ledger'],
      grid: { width: 112 },
      writtenIn: 'plannedExitText',
    }),
    // 完成时限 as written (2022年10月底前): filled beside the date by the import and the grid (writtenIn).
    plannedExitText: f.text(100, { label: '完成时限原文', synonyms: ['完成时限原文', '计划退出时间原文'], grid: { width: 140 } }),
    exitDate: f.date({
      label: '退出日期',
      synonyms: ['退出日期', '实际退出时间', '拆除日期', '实际退出日期', '关停日期', '完成退出时间', '拆除时间', '实际完成时间', '退出时间'],
      grid: { width: 112 },
    }),
    acceptanceDate: f.date({ label: '验收日期', synonyms: ['验收日期', '验收时间', '现场验收时间', '现场验收日期'], grid: { width: 112 } }),
    acceptanceOpinion: f.longText(1000, { label: '验收意见', synonyms: ['验收意见', '验收结论', '验收情况'], grid: { width: 160 } }),
    acceptanceBy: f.text(50, { label: '验收人', synonyms: ['验收人', '验收单位', '验收人员'], grid: { width: 90 } }),
    localUnit: f.text(50, { label: '属地责任单位', synonyms: ['属地责任单位', '属地单位', '属地监管单位', '属地责任主体'], grid: { width: 120 } }),
    supervisingDept: f.listed(50, 'departments', { label: '行业主管部门', synonyms: ['行业主管部门', '主管部门', '行业监管部门'], grid: { width: 130 } }),
    notes: f.longText(undefined, { label: '备注', synonyms: ['设备备注'], grid: { width: 160 } }),
  },
  joined: { enterpriseName: z.string(), ...countyShape },
});

export const CapacityLineFields = z.object(capacityLineEntity.inputShape);
export type CapacityLineFields = z.output<typeof CapacityLineFields>;

export const CapacityLineDraft = CapacityLineFields.partial().required({ enterpriseId: true, name: true });
export type CapacityLineDraft = z.input<typeof CapacityLineDraft>;

export const CapacityLinePatch = CapacityLineFields.partial();
export type CapacityLinePatch = z.input<typeof CapacityLinePatch>;

export const CapacityLine = z.object(capacityLineEntity.recordShape);
export type CapacityLine = z.output<typeof CapacityLine>;

export const CAPACITY_LINE_LABELS = capacityLineEntity.labels;

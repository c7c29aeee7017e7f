import { z } from '../schemas/zod';
import { defineEntity } from './entity';
import { fields as f } from './field';
import { countyShape } from './county';

export const ENTERPRISE_STATUSES = ['在产', '停产整治', '停产整顿', '已关停', '已关闭取缔', '已拆除', '转型', '搬迁'] as const;
export const PERFORMANCE_CLASSES = ['A', 'B', 'C', 'D'] as const;

/**
 * 企业. 环保信用 colours differ by province: a 设置 list, not fixed values. The order of the fields
 * is the order of the CLI's JSON and of the import's field list.
 */
export const enterpriseEntity = defineEntity({
  key: 'enterprise',
  label: '企业',
  table: 'enterprises',
  fields: {
    name: f.requiredText(200, {
      label: '企业名称',
      synonyms: ['企业名称', '单位名称', '企业全称', '企业(单位)名称', '企业单位名称', '公司名称', '企业名', '生产企业', '企业', '市场主体名称', '企业名称(全称)', '名称'],
      grid: { width: 240 },
    }),
    uscc: f.creditCode({
      label: '统一社会信用代码',
      synonyms: ['统一社会信用代码', '信用代码', '社会信用代码', '统一信用代码', '统一社会信用代码(组织机构代码)', '组织机构代码', '统一代码', '企业信用代码'],
      grid: { width: 190 },
    }),
    town: f.listed(50, 'towns', {
      label: '乡镇（街道）',
      synonyms: ['乡镇', '所在乡镇', '街道', '乡镇(街道)', '乡镇街道', '乡镇/街道', '所属乡镇', '乡(镇)', '镇(街道)', '乡镇(街道、园区)', '所在镇街', '镇街', '属地', '所属街道', '乡镇(园区)'],
      grid: { width: 120 },
    }),
    industry: f.listed(50, 'industries', {
      label: '行业',
      synonyms: ['行业', '所属行业', '行业类别', '行业分类', '行业名称', '所属产业', '产业类别'],
      grid: { width: 100 },
    }),
    status: f.choice(ENTERPRISE_STATUSES, {
      label: '生产状态',
      synonyms: ['生产状态', '企业状态', '经营状态', '状态', '现状', '运营状态', '生产经营状态', '目前状态', '企业现状'],
      grid: { width: 110 },
    }),
    address: f.text(200, {
      label: '地址',
      synonyms: ['地址', '企业地址', '详细地址', '注册地址', '生产地址', '厂址', '生产经营地址', '企业住所'],
      grid: { width: 220 },
    }),
    legalRep: f.text(50, { label: '法定代表人', synonyms: ['法定代表人', '法人代表', '法人', '企业法人', '法定代表人(负责人)'], grid: { width: 110 } }),
    contact: f.text(50, { label: '联系人', synonyms: ['联系人', '企业联系人'], grid: { width: 90 } }),
    phone: f.text(50, { label: '联系电话', synonyms: ['联系电话', '电话', '手机', '联系方式', '手机号码', '联系人电话', '电话号码'], grid: { width: 130 } }),
    performanceClass: f.choice(PERFORMANCE_CLASSES, {
      label: '绩效评价',
      synonyms: ['绩效评价', '绩效等级', '绩效分级', '绩效评价等级', '环保绩效等级', '绩效评价结果', '企业绩效评价'],
      grid: { width: 96 },
    }),
    envCredit: f.listed(20, 'envCredits', {
      label: '环保信用',
      synonyms: ['环保信用', '环境信用', '环保信用评价', '环境信用评价', '环境信用评价等级', '环保信用等级'],
      grid: { width: 96 },
    }),
    notes: f.longText(undefined, { label: '备注', grid: { width: 200 } }),
  },
  // 县（市、区）: set by the city's roll-up, '' in a county's own ledger (entities/county.ts).
  computed: countyShape,
});

/** What a user can write on an enterprise. */
export const EnterpriseFields = z.object(enterpriseEntity.inputShape);
export type EnterpriseFields = z.output<typeof EnterpriseFields>;

/** A new enterprise: only the name is required. */
export const EnterpriseDraft = EnterpriseFields.partial().required({ name: true });
export type EnterpriseDraft = z.input<typeof EnterpriseDraft>;

export const EnterprisePatch = EnterpriseFields.partial();
export type EnterprisePatch = z.input<typeof EnterprisePatch>;

export const Enterprise = z.object(enterpriseEntity.recordShape);
export type Enterprise = z.output<typeof Enterprise>;

export const ENTERPRISE_LABELS = enterpriseEntity.labels;

import { toHalfWidth } from '../normalise/text';
import type { TargetKey } from './targets';

/**
 * The header texts county and city sheets actually use, per target field. Real sheets vary a
 * lot (企业名称 / 单位名称 / 企业（单位）名称 / *企业全称), so headers are compared after
 * normaliseHeader: half-width, no white space or line breaks, no required-field stars, one kind
 * of bracket. Some words mean different fields in different tables (牵头部门 is a task's in a
 * work plan and a case's in a ledger), so a synonym may be limited to one table kind.
 */
export type TableKind = 'ledger' | 'task' | 'milestone';

export function normaliseHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[*＊※]/g, '')
    .replace(/[【［]/g, '[')
    .replace(/[】］]/g, ']')
    .replace(/[:：]+$/, '')
    .toLowerCase();
}

/** 产能(万吨) → 产能 */
export function stripBrackets(key: string): string {
  return key.replace(/\([^)]*\)|\[[^\]]*\]/g, '');
}

/** The bracketed part of a header, when it names a unit: 产能(万吨/年) → 万吨/年. */
export function unitInHeader(text: string): string | null {
  const m = /[(（]([^()（）]{1,10})[)）]\s*$/.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const unit = m[1]!.replace(/\s+/g, '');
  return /^[万亿千百]?(吨|重量箱|标张|米|千伏安时|千瓦|条|台|套|座|辆|立方米|平方米|千瓦时|标箱|件|个)(\/[年日天时])?$/.test(unit) ? unit : null;
}

const ANY: readonly TableKind[] = ['ledger', 'task', 'milestone'];
type Entry = readonly [TargetKey, readonly string[], (readonly TableKind[])?];

const ENTRIES: readonly Entry[] = [
  ['enterprise.name', ['企业名称', '单位名称', '企业全称', '企业(单位)名称', '企业单位名称', '公司名称', '企业名', '生产企业', '企业', '市场主体名称', '企业名称(全称)', '名称']],
  ['enterprise.uscc', ['统一社会信用代码', '信用代码', '社会信用代码', '统一信用代码', '统一社会信用代码(组织机构代码)', '组织机构代码', '统一代码', '企业信用代码']],
  ['enterprise.town', ['乡镇', '所在乡镇', '街道', '乡镇(街道)', '乡镇街道', '乡镇/街道', '所属乡镇', '乡(镇)', '镇(街道)', '乡镇(街道、园区)', '所在镇街', '镇街', '属地', '所属街道', '乡镇(园区)']],
  ['enterprise.address', ['地址', '企业地址', '详细地址', '注册地址', '生产地址', '厂址', '生产经营地址', '企业住所']],
  ['enterprise.industry', ['行业', '所属行业', '行业类别', '行业分类', '行业名称', '所属产业', '产业类别']],
  ['enterprise.legalRep', ['法定代表人', '法人代表', '法人', '企业法人', '法定代表人(负责人)']],
  ['enterprise.contact', ['联系人', '企业联系人']],
  ['enterprise.phone', ['联系电话', '电话', '手机', '联系方式', '手机号码', '联系人电话', '电话号码']],
  ['enterprise.performanceClass', ['绩效评价', '绩效等级', '绩效分级', '绩效评价等级', '环保绩效等级', '绩效评价结果', '企业绩效评价']],
  ['enterprise.envCredit', ['环保信用', '环境信用', '环保信用评价', '环境信用评价', '环境信用评价等级', '环保信用等级']],
  ['enterprise.status', ['生产状态', '企业状态', '经营状态', '状态', '现状', '运营状态', '生产经营状态', '目前状态', '企业现状']],
  ['line.name', ['设备名称', '生产线名称', '设备(生产线)名称', '落后设备名称', '生产设备', '设备', '生产线', '装备名称', '落后生产工艺装备', '设备或生产线名称', '主要设备', '淘汰设备', '落后设备', '设备(生产线)', '落后生产设备(生产线)', '落后生产设备', '生产设备名称', '工艺装备']],
  ['line.spec', ['型号规格', '规格型号', '型号', '规格', '设备型号', '设备规格', '型号(规格)']],
  ['line.quantity', ['数量', '设备数量', '台数', '台(套)数', '台套数']],
  ['line.quantityUnit', ['数量单位', '设备单位']],
  ['line.capacity', ['产能', '退出产能', '产能规模', '设计产能', '淘汰产能', '年产能', '生产能力', '退出产能数值', '产能数值', '涉及产能', '压减产能', '退出产能规模', '产能(万吨)']],
  ['line.capacityUnit', ['产能单位', '退出产能单位', '产能计量单位']],
  ['line.process', ['工艺', '生产工艺', '工艺名称', '工艺类型']],
  ['line.catalogueItem', ['淘汰类目录条目', '淘汰类条目', '目录条目', '对应目录条款', '产业结构调整指导目录', '淘汰类目录', '对应淘汰类条目', '所属淘汰类目录', '淘汰类别条目']],
  ['line.exitMethod', ['退出方式', '淘汰方式', '拆除方式', '退出措施', '退出途径']],
  ['line.planYear', ['计划退出年度', '计划年度', '退出年度', '年度', '计划退出年份']],
  ['line.plannedExitDate', ['完成时限', '计划完成时间', '计划退出时间', '退出时限', '计划退出日期', '完成时间', '计划完成日期', '要求完成时间'], ['ledger']],
  ['line.exitDate', ['退出日期', '实际退出时间', '拆除日期', '实际退出日期', '关停日期', '完成退出时间', '拆除时间', '实际完成时间', '退出时间']],
  ['line.acceptanceDate', ['验收日期', '验收时间', '现场验收时间', '现场验收日期']],
  ['line.acceptanceOpinion', ['验收意见', '验收结论', '验收情况']],
  ['line.acceptanceBy', ['验收人', '验收单位', '验收人员']],
  ['line.localUnit', ['属地责任单位', '属地单位', '属地监管单位', '属地责任主体']],
  ['line.supervisingDept', ['行业主管部门', '主管部门', '行业监管部门']],
  ['line.notes', ['设备备注']],
  ['case.dimension', ['存在问题维度', '问题类别', '问题维度', '维度', '不达标类别', '问题类型', '不符合标准类别', '存在问题类型', '综合标准类别', '不达标维度', '涉及维度', '标准类别', '类别']],
  ['case.source', ['问题来源', '来源', '发现途径', '线索来源', '发现方式']],
  ['case.noticeDate', ['整改通知下达日期', '通知下达日期', '下达日期', '整改通知日期', '通知日期', '下达整改通知时间', '整改通知下达时间', '通知下达时间']],
  ['case.standard', ['违反标准', '执行标准', '依据标准', '对应标准', '不达标标准', '标准', '违反的标准', '相关标准']],
  ['case.description', ['存在问题', '问题描述', '存在的问题', '主要问题', '具体问题', '问题', '存在问题描述', '不达标情况']],
  // 处置措施 holds 限期整改, 停产整改…: the measure a case orders, not how a line leaves (issue 11).
  ['case.measure', ['整改措施', '处置措施', '处理措施', '措施', '整改要求', '处置方式']],
  ['case.leadDepartment', ['牵头部门', '责任部门', '牵头单位', '监管部门', '执法部门'], ['ledger']],
  ['case.deadlineOverride', ['整改期限', '整改时限', '整改截止日期', '整改完成时限']],
  ['case.reinspectionDate', ['复查日期', '复查时间', '复核日期']],
  ['case.reinspectionResult', ['复查结果', '复查情况', '复核结果']],
  ['case.outcome', ['处理结果', '整改结果', '处置结果', '整改情况', '办理结果', '整改进展']],
  ['case.closedDate', ['销号日期', '销号时间', '办结日期', '完成销号时间']],
  ['task.section', ['板块', '部分', '任务类别', '工作板块'], ['task']],
  ['task.category', ['主要内容', '工作类别', '重点工作', '工作任务类别'], ['task']],
  ['task.content', ['工作任务', '工作内容', '具体任务', '重点任务', '工作措施', '任务内容', '具体措施', '任务'], ['task']],
  ['task.leadDepartments', ['牵头部门', '牵头单位', '责任单位', '责任部门'], ['task']],
  ['task.cooperatingDepartments', ['配合部门', '配合单位', '协同部门', '协办部门'], ['task']],
  ['task.completionText', ['完成时间', '完成时限', '时间要求', '完成期限'], ['task']],
  ['milestone.name', ['时间节点', '节点名称', '工作节点', '事项', '工作事项', '节点'], ['milestone']],
  ['milestone.date', ['截止日期', '日期', '时间', '截止时间', '完成日期'], ['milestone']],
  ['milestone.source', ['文号', '依据文件', '来源文件', '文件', '依据'], ['milestone']],
  ['milestone.owner', ['责任单位', '责任人', '责任部门', '牵头单位'], ['milestone']],
];

/** Words only a work plan table (task) or a calendar (milestone) has: they set the table kind. */
export const KIND_MARKERS: Readonly<Record<Exclude<TableKind, 'ledger'>, readonly string[]>> = {
  task: ['配合部门', '配合单位', '协同部门', '工作任务', '主要内容', '工作内容', '具体任务', '工作措施'],
  milestone: ['时间节点', '节点名称', '工作节点', '文号'],
};

const EXACT = new Map<TableKind, Map<string, TargetKey>>(ANY.map((k) => [k, new Map()]));
for (const [target, words, kinds] of ENTRIES) {
  for (const kind of kinds ?? ANY) {
    const map = EXACT.get(kind)!;
    for (const w of words) {
      const key = normaliseHeader(w);
      if (!map.has(key)) map.set(key, target);
    }
  }
}

/** Fallbacks for headers no list foresaw: the first rule whose words all occur wins. */
const CONTAINS: readonly (readonly [TargetKey, readonly string[]])[] = [
  ['enterprise.uscc', ['信用代码']],
  ['line.capacityUnit', ['产能', '单位']],
  ['line.quantityUnit', ['数量', '单位']],
  ['enterprise.name', ['企业', '名称']],
  ['enterprise.name', ['单位', '名称']],
  ['line.name', ['设备', '名称']],
  ['line.name', ['生产线']],
  ['line.spec', ['型号']],
  ['line.spec', ['规格']],
  ['line.capacity', ['产能']],
  ['line.quantity', ['数量']],
  ['case.dimension', ['维度']],
  ['case.noticeDate', ['通知', '日期']],
  ['case.noticeDate', ['通知', '时间']],
  ['enterprise.town', ['乡镇']],
  ['enterprise.town', ['街道']],
  ['enterprise.phone', ['电话']],
  ['line.exitMethod', ['退出方式']],
  ['line.exitDate', ['退出', '日期']],
  ['line.acceptanceDate', ['验收', '日期']],
  ['line.acceptanceDate', ['验收', '时间']],
  ['case.reinspectionDate', ['复查', '日期']],
  ['case.measure', ['整改措施']],
  ['case.description', ['问题', '描述']],
  ['case.standard', ['标准']],
  ['enterprise.industry', ['行业']],
  ['enterprise.address', ['地址']],
];

export interface HeaderMatch {
  target: TargetKey;
  how: 'exact' | 'partial';
}

/** The field a header names, exactly or by its words; null if it names none. */
export function matchHeader(text: string, kind: TableKind): HeaderMatch | null {
  const key = normaliseHeader(text);
  if (key === '') return null;
  const map = EXACT.get(kind)!;
  const exact = map.get(key) ?? map.get(stripBrackets(key));
  if (exact) return { target: exact, how: 'exact' };
  if (kind !== 'ledger') return null;
  for (const [target, words] of CONTAINS) {
    if (words.every((w) => key.includes(w))) return { target, how: 'partial' };
  }
  return null;
}

/** The table kind a set of headers reveals. */
export function tableKindOf(headers: readonly string[]): TableKind {
  const keys = headers.map(normaliseHeader);
  for (const kind of ['task', 'milestone'] as const) {
    if (keys.some((k) => KIND_MARKERS[kind].includes(k) || KIND_MARKERS[kind].includes(stripBrackets(k)))) return kind;
  }
  return 'ledger';
}

/** Headers that are row numbers, not data: 序号, 序 号, No. */
export function isSerialHeader(text: string): boolean {
  return /^(序号|序|编号序号|no\.?|#)$/.test(normaliseHeader(text));
}

/** Units are their own column under a parent (退出产能/单位) or right after a number column. */
export function isUnitHeader(text: string): boolean {
  return /^(计量)?单位$/.test(normaliseHeader(text));
}

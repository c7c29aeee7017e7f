import type { CaseListRow, CreditPushRow, LineListRow, ListColumn, ListDefinition, ListMeta, OverdueRow, SummaryRow } from './listTypes';

/**
 * The lists the county publishes or reports (docs/domain.md, "Reports"),
 * one definition each. Lists are flat — every row carries its enterprise — so that they can be
 * sorted, filtered and pivoted in Excel or WPS; merged cells would break all three.
 */

/**
 * A date column: 2026-06-30 in 小四 仿宋 needs about 24 mm with the cell's padding; at 25 mm
 * LibreOffice printed some dates as ### (a number cell too narrow shows hashes, not a cut).
 */
const DATE_WIDTH_MM = 28;

const index = <R>(): ListColumn<R> => ({ id: 'index', header: '序号', widthMm: 12, kind: 'index' });

type Common = Pick<LineListRow, 'enterpriseId' | 'enterpriseName' | 'uscc' | 'town' | 'industry'>;

function enterpriseColumns<R extends Common>(withCode: boolean): ListColumn<R>[] {
  return [
    { id: 'town', header: '乡镇\n（街道）', widthMm: 20, kind: 'text', value: (r) => r.town },
    {
      id: 'enterpriseName',
      header: '企业名称',
      widthMm: 34,
      kind: 'text',
      wrapLeft: true,
      value: (r) => r.enterpriseName,
      total: { kind: 'distinct', key: (r) => r.enterpriseId, suffix: '家' },
    },
    ...(withCode ? [{ id: 'uscc', header: '统一社会信用代码', widthMm: 42, kind: 'text', value: (r: R) => r.uscc } satisfies ListColumn<R>] : []),
    { id: 'industry', header: '行业', widthMm: 20, kind: 'text', value: (r) => r.industry },
  ];
}

function lineColumns<R extends LineListRow>(): ListColumn<R>[] {
  return [
    { id: 'lineName', header: '设备\n（生产线）', widthMm: 26, kind: 'text', wrapLeft: true, value: (r) => r.lineName, total: { kind: 'count', suffix: '项' } },
    { id: 'spec', header: '型号规格', widthMm: 20, kind: 'text', value: (r) => r.spec },
    { id: 'quantity', header: '数量', group: '设备数量', widthMm: 12, kind: 'number', value: (r) => r.quantity, total: { kind: 'sum', unit: (r) => r.quantityUnit } },
    { id: 'quantityUnit', header: '单位', group: '设备数量', widthMm: 12, kind: 'text', value: (r) => r.quantityUnit, total: { kind: 'unitOf', column: 'quantity' } },
    { id: 'capacity', header: '数值', group: '产能', widthMm: 13, kind: 'number', value: (r) => r.capacity, total: { kind: 'sum', unit: (r) => r.capacityUnit } },
    { id: 'capacityUnit', header: '单位', group: '产能', widthMm: 15, kind: 'text', value: (r) => r.capacityUnit, total: { kind: 'unitOf', column: 'capacity' } },
  ];
}

const exitMethod = <R extends LineListRow>(): ListColumn<R> => ({ id: 'exitMethod', header: '退出方式', widthMm: 24, kind: 'text', value: (r) => r.exitMethod });

const prefix = (m: ListMeta) => `${m.countyName}${m.year}年`;
const SHARED_UNITS = '数量、产能按各行所列单位计';

export const RESPONSIBILITY_LIST: ListDefinition<LineListRow> = {
  id: 'responsibility',
  name: '落后产能退出任务责任清单',
  title: (m) => `${prefix(m)}落后产能退出任务责任清单`,
  sheetName: '责任清单',
  unitsLine: SHARED_UNITS,
  columns: [
    index(),
    ...enterpriseColumns<LineListRow>(false),
    ...lineColumns<LineListRow>(),
    exitMethod(),
    { id: 'localUnit', header: '属地责任\n单位', widthMm: 24, kind: 'text', value: (r) => r.localUnit },
    { id: 'supervisingDept', header: '行业主管\n部门', widthMm: 20, kind: 'text', value: (r) => r.supervisingDept },
    { id: 'deadline', header: '完成时限', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.dueDate ?? r.plannedExitDate },
  ],
  notes: ['完成时限未单独填写的，按年度时间节点中“完成关闭退出”的日期列出；没有该节点的，按计划退出年度的12月31日列出。'],
};

export const EXIT_LIST: ListDefinition<LineListRow> = {
  id: 'exit',
  name: '年度落后产能退出企业名单',
  title: (m) => `${m.countyName}${m.year}年度落后产能退出企业名单、设备（生产线）和产能情况`,
  sheetName: '退出名单',
  unitsLine: SHARED_UNITS,
  columns: [
    index(),
    ...enterpriseColumns<LineListRow>(true),
    ...lineColumns<LineListRow>(),
    exitMethod(),
    { id: 'exitDate', header: '退出日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.exitDate },
    { id: 'notes', header: '备注', widthMm: 22, kind: 'text', wrapLeft: true, value: (r) => r.notes },
  ],
};

function caseColumns(): ListColumn<CaseListRow>[] {
  return [
    { id: 'dimension', header: '类别', widthMm: 12, kind: 'text', value: (r) => r.dimension },
    { id: 'description', header: '不达标情形', widthMm: 40, kind: 'text', wrapLeft: true, value: (r) => r.description },
    { id: 'standard', header: '依据标准', widthMm: 28, kind: 'text', wrapLeft: true, value: (r) => r.standard },
  ];
}

const leadDepartment: ListColumn<CaseListRow> = { id: 'leadDepartment', header: '牵头部门', widthMm: 22, kind: 'text', value: (r) => r.leadDepartment };

export const YELLOW_CARD_LIST: ListDefinition<CaseListRow> = {
  id: 'yellow',
  name: '黄牌名单',
  title: (m) => `${prefix(m)}不达标应限期整改企业名单（黄牌名单）`,
  sheetName: '黄牌名单',
  unitsLine: '',
  columns: [
    index(),
    ...enterpriseColumns<CaseListRow>(true),
    ...caseColumns(),
    { id: 'measure', header: '整改要求', widthMm: 24, kind: 'text', wrapLeft: true, value: (r) => r.measure },
    { id: 'noticeDate', header: '整改通知\n日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.noticeDate },
    { id: 'deadline', header: '整改期限', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.deadline },
    { id: 'overdue', header: '状态', widthMm: 18, kind: 'text', value: (r) => r.overdue ?? null },
    leadDepartment,
  ],
};

export const RED_CARD_LIST: ListDefinition<CaseListRow> = {
  id: 'red',
  name: '红牌名单',
  title: (m) => `${prefix(m)}经整改仍不达标已依法关闭企业名单（红牌名单）`,
  sheetName: '红牌名单',
  unitsLine: '',
  columns: [
    index(),
    ...enterpriseColumns<CaseListRow>(true),
    ...caseColumns(),
    { id: 'reinspectionDate', header: '复查日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.reinspectionDate },
    { id: 'outcome', header: '处理结果', widthMm: 24, kind: 'text', wrapLeft: true, value: (r) => r.outcome },
    { id: 'closedDate', header: '关闭日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.closedDate },
    leadDepartment,
  ],
};

export const EMISSION_LIST: ListDefinition<CaseListRow> = {
  id: 'emission',
  name: '超标排放企业名单',
  title: (m) => `${prefix(m)}超标排放企业名单`,
  sheetName: '超标排放',
  unitsLine: '',
  columns: [
    index(),
    ...enterpriseColumns<CaseListRow>(true),
    { id: 'description', header: '超标排放情况', widthMm: 40, kind: 'text', wrapLeft: true, value: (r) => r.description },
    { id: 'standard', header: '排放标准', widthMm: 28, kind: 'text', wrapLeft: true, value: (r) => r.standard },
    { id: 'measure', header: '处理措施', widthMm: 22, kind: 'text', wrapLeft: true, value: (r) => r.measure },
    { id: 'noticeDate', header: '通知日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.noticeDate },
    { id: 'serious', header: '情节\n严重', widthMm: 12, kind: 'text', value: (r) => r.serious ?? null },
    { id: 'outcome', header: '处理结果', widthMm: 24, kind: 'text', wrapLeft: true, value: (r) => r.outcome },
    leadDepartment,
  ],
  notes: ['“情节严重”为在整改事项中标记的情节严重；整改达标销号的不再列入。'],
};

export const EMISSION_SERIOUS_LIST: ListDefinition<CaseListRow> = {
  ...EMISSION_LIST,
  id: 'emission-serious',
  name: '超标排放情节严重企业名单',
  title: (m) => `${prefix(m)}超标排放情节严重企业名单`,
  sheetName: '情节严重',
  columns: EMISSION_LIST.columns.filter((c) => c.id !== 'serious'),
  notes: ['列入在整改事项中标记为“情节严重”、尚未整改达标或已责令停业、关闭的企业。'],
};

export const OVERDUE_LIST: ListDefinition<OverdueRow> = {
  id: 'overdue',
  name: '未按期退出企业名单',
  title: (m) => `${prefix(m)}未按期退出落后产能企业名单`,
  sheetName: '未按期退出',
  unitsLine: SHARED_UNITS,
  columns: [
    index(),
    ...enterpriseColumns<OverdueRow>(true),
    { id: 'lineName', header: '设备\n（生产线）', widthMm: 26, kind: 'text', wrapLeft: true, value: (r) => r.lineName, total: { kind: 'count', suffix: '项' } },
    { id: 'capacity', header: '数值', group: '产能', widthMm: 13, kind: 'number', value: (r) => r.capacity, total: { kind: 'sum', unit: (r) => r.capacityUnit } },
    { id: 'capacityUnit', header: '单位', group: '产能', widthMm: 15, kind: 'text', value: (r) => r.capacityUnit, total: { kind: 'unitOf', column: 'capacity' } },
    { id: 'deadline', header: '完成时限', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.deadline },
    { id: 'exitDate', header: '实际退出\n日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.exitDate },
    { id: 'overdueDays', header: '逾期\n天数', widthMm: 12, kind: 'number', value: (r) => r.overdueDays },
    { id: 'state', header: '状态', widthMm: 20, kind: 'text', value: (r) => r.state },
    { id: 'creditPush', header: '信用推送', widthMm: 30, kind: 'text', wrapLeft: true, value: (r) => r.creditPush },
  ],
  notes: ['逾期天数：未退出的算至填报日期，已退出的算至实际退出日期。', '信用推送：在整改事项的“关停后续事项”中登记的推送信用平台情况。'],
};

export const CREDIT_PUSH_LIST: ListDefinition<CreditPushRow> = {
  id: 'credit-push',
  name: '信用推送企业名单',
  title: (m) => `${prefix(m)}未按期完成落后产能退出企业信用信息推送名单`,
  sheetName: '信用推送',
  unitsLine: '',
  columns: [
    index(),
    ...enterpriseColumns<CreditPushRow>(true),
    { id: 'lines', header: '未按期退出的\n设备（生产线）', widthMm: 34, kind: 'text', wrapLeft: true, value: (r) => r.lines },
    { id: 'deadline', header: '完成时限', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.deadline },
    { id: 'overdueDays', header: '逾期\n天数', widthMm: 12, kind: 'number', value: (r) => r.overdueDays },
    { id: 'state', header: '状态', widthMm: 20, kind: 'text', value: (r) => r.state },
    { id: 'platform', header: '推送平台', widthMm: 30, kind: 'text', wrapLeft: true, value: (r) => r.platform },
    { id: 'pushedOn', header: '推送日期', widthMm: DATE_WIDTH_MM, kind: 'date', value: (r) => r.pushedOn },
    { id: 'pushState', header: '推送\n情况', widthMm: 14, kind: 'text', value: (r) => r.pushState },
  ],
  notes: [
    '依据：对未按期完成落后产能退出的企业，由相关部门将有关信息纳入省级信用信息共享平台和人民银行征信系统（鲁经信产〔2017〕481号 三、（八））。',
    '推送平台、推送日期取自整改事项“关停后续事项”中登记的推送信用平台；未登记的列为待推送。',
  ],
};

export const SUMMARY_LIST: ListDefinition<SummaryRow> = {
  id: 'summary',
  name: '落后产能退出情况汇总表',
  title: (m) => `${prefix(m)}落后产能退出情况汇总表`,
  sheetName: '汇总',
  unitsLine: '企业：家；设备（生产线）：项；产能按各行所列单位计',
  columns: [
    index(),
    { id: 'industry', header: '行业', widthMm: 20, kind: 'text', value: (r) => r.industry },
    { id: 'dimension', header: '类别', widthMm: 18, kind: 'text', value: (r) => r.dimension },
    { id: 'town', header: '乡镇\n（街道）', widthMm: 22, kind: 'text', value: (r) => r.town },
    { id: 'capacityUnit', header: '产能单位', widthMm: 22, kind: 'text', value: (r) => r.capacityUnit },
    { id: 'plannedEnterprises', header: '企业', group: '年度计划', widthMm: 14, kind: 'number', value: (r) => r.plannedEnterprises },
    { id: 'plannedLines', header: '设备\n（生产线）', group: '年度计划', widthMm: 25, kind: 'number', value: (r) => r.plannedLines },
    { id: 'plannedCapacity', header: '产能', group: '年度计划', widthMm: 18, kind: 'number', value: (r) => r.plannedCapacity },
    { id: 'exitedEnterprises', header: '企业', group: '已退出', widthMm: 14, kind: 'number', value: (r) => r.exitedEnterprises },
    { id: 'exitedLines', header: '设备\n（生产线）', group: '已退出', widthMm: 25, kind: 'number', value: (r) => r.exitedLines },
    { id: 'exitedCapacity', header: '产能', group: '已退出', widthMm: 18, kind: 'number', value: (r) => r.exitedCapacity },
    { id: 'completion', header: '产能\n完成率', widthMm: 18, kind: 'percent', value: (r) => r.completion },
  ],
  notes: [
    '按计划退出年度统计；“已退出”为其中已填退出日期的。一家企业有多条设备（生产线）分属不同行列时，在每一行各计一次，合计行按企业去重。',
    '类别取设备（生产线）所关联的第一件整改事项的维度；未关联整改事项而列有淘汰类目录条目的计入“技术”，其余为“未标明”。',
  ],
};

/**
 * The reports of docs/domain.md ("Reports"), one id each: the annex of the
 * work plan and the six lists. The CLI names them as the issue does (tasks-list, over-limit).
 */
export const REPORT_IDS = ['annex', 'responsibility', 'exit', 'yellow', 'red', 'emission', 'emission-serious', 'overdue', 'credit-push', 'summary'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export const REPORT_LABELS: Record<ReportId, string> = {
  annex: '附件：重点工作与职责分工',
  responsibility: '落后产能退出任务责任清单',
  exit: '年度落后产能退出企业名单',
  yellow: '黄牌名单',
  red: '红牌名单',
  emission: '超标排放企业名单',
  'emission-serious': '超标排放情节严重企业名单',
  overdue: '未按期退出企业名单',
  'credit-push': '信用推送企业名单',
  summary: '落后产能退出情况汇总表',
};

export const REPORT_DESCRIPTIONS: Record<ReportId, string> = {
  annex: '年度工作方案的附件，重点工作、牵头与配合部门、完成时间；A4 横向，可导出 Excel 或 Word',
  responsibility: '本年度计划退出的每台（条）设备，属地责任单位、行业主管部门和完成时限',
  exit: '本年度已退出的企业、设备（生产线）和产能，用于网站公告和上报',
  yellow: '不达标应限期整改、尚未整改达标或依法关闭的企业（黄牌），逾期的标注逾期未整改',
  red: '经整改仍不达标、已依法关闭的企业（红牌）；环保事项不列入黄牌、红牌',
  emission: '环保维度尚未整改达标或已责令停业、关闭的企业，标注情节严重的',
  'emission-serious': '标记为情节严重的超标排放企业',
  overdue: '完成时限已过而未退出（或逾期退出）的设备，用于信用平台和联合惩戒',
  'credit-push': '未按期完成落后产能退出、应推送信用平台的企业，已推送的列出平台和日期',
  summary: '按行业、类别、乡镇统计计划与已退出的企业、设备和产能',
};

/** `ledger export <name>`: the names for the reports. */
export const REPORT_CLI_NAMES: Record<string, ReportId> = {
  annex: 'annex',
  'tasks-list': 'responsibility',
  'exit-list': 'exit',
  yellow: 'yellow',
  red: 'red',
  'over-limit': 'emission',
  'over-limit-serious': 'emission-serious',
  overdue: 'overdue',
  'credit-push': 'credit-push',
  summary: 'summary',
};

export type ReportFormat = 'xlsx' | 'docx';

export function formatsOf(report: ReportId): ReportFormat[] {
  return report === 'annex' ? ['xlsx', 'docx'] : ['xlsx'];
}

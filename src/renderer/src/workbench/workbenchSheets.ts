import type { DeadlineRow } from '../../../shared/contract/workflow';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { COUNTY_FIELD } from '../../../shared/entities/county';
import { CARD_LABELS } from '../../../shared/rules/cards';
import type { PrintSheet } from '../print/printSheet';

/**
 * The workbench's 打印 sheets, apart from the lists so they can be checked without a page. In a
 * city ledger each row names its county after 序号, as the 红黄牌 sheets do: a sheet handed to
 * the 领导小组 must say whose case or milestone each row is.
 */

export const isOverdue = (r: DeadlineRow) => r.band === 'overdue';

/** 12月31日, or 2027年1月31日 for a date outside the list's year. */
export function shortDate(date: string, year: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y === year ? '' : `${y}年`}${m}月${d}日`;
}

const countyColumn = (city: boolean) => (city ? [COUNTY_FIELD.label] : []);

/** 打印 of 待办: the list as it shows, overdue cases first, in the words of its tags. */
export function urgentSheet(rows: readonly DeadlineRow[], near: number, city: boolean): PrintSheet {
  const ordered = [...rows.filter(isOverdue), ...rows.filter((r) => !isOverdue(r))];
  return {
    title: '待办：逾期与即将到期的整改事项',
    filter: `已逾期或${near}天内到期`,
    measure: '件',
    columns: ['序号', ...countyColumn(city), '倒计时', '企业名称', '维度', '状态', '乡镇（街道）', '届满日', '黄牌/红牌'],
    rows: ordered.map((r, i) => [
      String(i + 1),
      ...(city ? [r.county] : []),
      r.text ?? '',
      r.enterpriseName,
      r.dimension,
      r.statusLabel,
      r.town ?? '',
      r.deadline ?? '',
      r.card ? CARD_LABELS[r.card] : '',
    ]),
  };
}

/** 打印 of the year's milestones not yet done, as the list shows them (the city's own say 本级). */
export function milestoneSheet(rows: readonly MilestoneRow[], city: boolean): PrintSheet {
  return {
    title: '时间节点',
    filter: '未完成的时间节点',
    measure: '项',
    columns: ['序号', ...countyColumn(city), '日期', '倒计时', '时间节点', '完成时间', '责任单位', '文号'],
    rows: rows.map((m, i) => [
      String(i + 1),
      ...(city ? [m.county || '本级'] : []),
      shortDate(m.date, m.year),
      m.countdown?.text ?? '',
      m.name,
      m.dueText,
      m.owner ?? '',
      m.documentNumber ?? '',
    ]),
  };
}

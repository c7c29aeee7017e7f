import { describe, expect, it } from 'vitest';
import type { DeadlineRow } from '../../../src/shared/contract/workflow';
import type { MilestoneRow } from '../../../src/shared/contract/milestones';
import { milestoneSheet, urgentSheet } from '../../../src/renderer/src/workbench/workbenchSheets';

const kase = (id: number, county: string, name: string, band: DeadlineRow['band'], text: string): DeadlineRow => ({
  id,
  enterpriseId: id,
  enterpriseName: name,
  county,
  town: '烟店镇',
  dimension: '能耗',
  status: 'rectifying',
  statusLabel: '整改中',
  deadline: '2026-12-01',
  days: band === 'overdue' ? -5 : 3,
  text,
  band,
  card: band === 'overdue' ? 'red' : 'yellow',
  overdue: band === 'overdue',
  lists: [],
  problem: null,
  missingYear: null,
  awaitsPeriod: false,
});

const milestone = (id: number, county: string, name: string): MilestoneRow =>
  ({ id, year: 2026, date: '2026-12-31', name, dueText: '12月底前', owner: '县工信局', documentNumber: null, county, countdown: { band: 'soon', text: '还剩5天', days: 5 } }) as unknown as MilestoneRow;

describe('the workbench’s 打印 sheets', () => {
  const rows = [kase(1, '莘县', '莘县某铸造有限公司', 'soon', '还剩3天'), kase(2, '冠县', '冠县某水泥有限公司', 'overdue', '逾期5天')];

  it('names each 待办 row’s county after 序号 in a city ledger, overdue first', () => {
    const sheet = urgentSheet(rows, 7, true);
    expect(sheet.columns.slice(0, 3)).toEqual(['序号', '县（市、区）', '倒计时']);
    expect(sheet.rows.map((r) => r.slice(0, 4))).toEqual([
      ['1', '冠县', '逾期5天', '冠县某水泥有限公司'],
      ['2', '莘县', '还剩3天', '莘县某铸造有限公司'],
    ]);
    expect(sheet.rows.every((r) => r.length === sheet.columns.length)).toBe(true);
  });

  it('leaves the county out of a county’s own 待办 sheet', () => {
    const sheet = urgentSheet(rows, 7, false);
    expect(sheet.columns).not.toContain('县（市、区）');
    expect(sheet.rows[0]!.slice(0, 2)).toEqual(['1', '逾期5天']);
  });

  it('names each 时间节点 row’s county in a city ledger, the city’s own as 本级', () => {
    const sheet = milestoneSheet([milestone(1, '', '全市落后产能退出工作总结'), milestone(2, '阳谷县', '完成验收销号')], true);
    expect(sheet.columns.slice(0, 3)).toEqual(['序号', '县（市、区）', '日期']);
    expect(sheet.rows.map((r) => r.slice(0, 3))).toEqual([
      ['1', '本级', '12月31日'],
      ['2', '阳谷县', '12月31日'],
    ]);
    expect(milestoneSheet([milestone(1, '', '总结')], false).columns).not.toContain('县（市、区）');
  });
});

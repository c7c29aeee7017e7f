import { beforeAll, describe, expect, it } from 'vitest';
import {
  cardListRows,
  emissionListRows,
  exitListLineIds,
  exitListRows,
  lineListRowsByIds,
  overdueListRows,
  responsibilityListRows,
  summaryRows,
} from '../../../../src/main/db/repositories/reports';
import { insertMilestone } from '../../../../src/main/db/repositories/milestones';
import { ledgerCardRules } from '../../../../src/main/services/cardRules';
import type { ServiceContext } from '../../../../src/main/services/context';
import { deleteEnterprises } from '../../../../src/main/services/enterprises';
import { addEnterprise, addLine, buildCountyLedger } from '../../../support/countyLedger';
import { memoryContext } from '../../../support/db';

let ctx: ServiceContext;
beforeAll(() => {
  ctx = buildCountyLedger();
  // A deleted enterprise and its line must not appear anywhere.
  const gone = addEnterprise(ctx, { name: '已删除企业', town: '白塔乡', industry: '铸造' });
  addLine(ctx.db, { enterpriseId: gone, name: '中频炉', planYear: 2026, exitDate: '2026-03-01', capacity: 9, capacityUnit: '万吨' });
  deleteEnterprises(ctx, [gone]);
});

describe('report queries', () => {
  it('lists the year’s planned lines in pinyin order of town and enterprise', () => {
    const rows = responsibilityListRows(ctx.db, 2026);
    expect(rows.map((r) => `${r.town}/${r.lineName}`)).toEqual(['白塔乡/平拉工艺平板玻璃生产线', '北关镇/中频炉', '北关镇/冲天炉', '城关镇/-工频炉']);
  });

  it('lists the lines that left in the year, and pages by id in the same order', () => {
    const rows = exitListRows(ctx.db, 2026);
    expect(rows.map((r) => r.lineName)).toEqual(['平拉工艺平板玻璃生产线', '中频炉', '-工频炉']);
    const ids = exitListLineIds(ctx.db, 2026);
    expect(lineListRowsByIds(ctx.db, [ids[2]!, ids[0]!]).map((r) => r.lineName)).toEqual(['-工频炉', '平拉工艺平板玻璃生产线']);
    expect(exitListRows(ctx.db, 2025)).toEqual([]);
  });

  it('derives yellow and red cards with the workflow rule over computed deadlines', () => {
    const cards = (colour: 'yellow' | 'red', year: number, asOf: string) => cardListRows(ctx.db, { colour, year, asOf, ...ledgerCardRules(ctx, asOf) });
    const yellow = cards('yellow', 2026, '2026-11-20');
    // 宏达: overridden to 12月31日; the quality case: 6 months from 6月1日 → 2026-12-01.
    expect(yellow.map((r) => [r.enterpriseName, r.deadline])).toEqual([
      ['示例县宏达铸造有限公司', '2026-12-31'],
      ['=HYPERLINK("http://x","y")', '2026-12-01'],
    ]);
    // 光明玻璃厂 was closed for an 环保 case: the 超标排放 lists carry it, the card lists do not.
    expect(cards('red', 2026, '2026-11-20').map((r) => r.enterpriseName)).toEqual([]);
    // Past its deadline a case stays yellow, marked 逾期未整改 (the quality case ran out on 12月1日).
    expect(cards('yellow', 2026, '2026-12-15').map((r) => [r.dimension, r.overdue ?? ''])).toEqual([
      ['能耗', ''],
      ['质量', '逾期未整改'],
    ]);
  });

  it('uses whatever card rule and deadline it is given', () => {
    const rows = cardListRows(ctx.db, {
      colour: 'yellow',
      year: 2026,
      asOf: '2026-11-20',
      deriveCard: (c) => (c.dimension === '环保' ? 'yellow' : null),
      caseDeadline: (c) => (c.noticeDate ? '2099-01-01' : null),
      listsOf: () => [],
    });
    expect(rows.map((r) => r.enterpriseName)).toEqual(['示例县光明玻璃厂', '示例县建材水泥有限公司']);
    expect(rows.every((r) => r.deadline === '2099-01-01')).toBe(true);
  });

  it('lists the year’s environment cases and marks the serious ones', () => {
    const rows = emissionListRows(ctx.db, { year: 2026, asOf: '2026-11-20', seriousOnly: false, ...ledgerCardRules(ctx, '2026-11-20') });
    expect(rows.map((r) => [r.enterpriseName, r.serious])).toEqual([
      ['示例县光明玻璃厂', '是'],
      ['示例县建材水泥有限公司', ''],
    ]);
  });

  it('lists lines past their deadline and not gone by it, with days overdue', () => {
    const rows = overdueListRows(ctx.db, 2026, '2026-11-20');
    expect(rows.map((r) => [r.lineName, r.deadline, r.overdueDays, r.state])).toEqual([
      ['冲天炉', '2026-06-30', 143, '逾期未退出'],
      ['水泥磨机', '2025-12-31', 324, '逾期未退出'],
    ]);
    expect(overdueListRows(ctx.db, 2026, '2026-06-30').map((r) => r.lineName)).toEqual(['水泥磨机']);
  });

  it('summarises plan against exits by industry, dimension, town and unit', () => {
    const { rows, totals } = summaryRows(ctx.db, 2026);
    expect(rows.map((r) => [r.industry, r.dimension, r.town, r.capacityUnit, r.plannedLines, r.plannedCapacity, r.exitedLines, r.exitedCapacity])).toEqual([
      ['平板玻璃', '环保', '白塔乡', '万重量箱', 1, 120, 1, 120],
      ['铸造', '能耗', '北关镇', '万吨', 1, 3.5, 1, 3.5],
      ['铸造', '质量', '城关镇', '万吨', 1, 0.8, 1, 0.8],
      ['铸造', '技术', '北关镇', '万吨', 1, 1.5, 0, 0],
    ]);
    expect(totals.map((t) => [t.label, t.row.capacityUnit, t.row.plannedEnterprises, t.row.plannedLines, t.row.plannedCapacity, t.row.exitedCapacity])).toEqual([
      ['合计', '万吨', 2, 3, 5.8, 4.3],
      ['合计', '万重量箱', 1, 1, 120, 120],
      ['总计', '', 3, 4, null, null],
    ]);
    expect(totals[0]!.row.completion).toBeCloseTo(4.3 / 5.8, 6);
  });
});

describe('exit deadlines in a city ledger', () => {
  it('“各地、各相关单位要完成本地、本部门…依法依规关闭退出落后产能工作”: a line is due by its own county’s 完成关闭退出, else the city’s own', () => {
    const city = memoryContext();
    const milestone = (county: string, date: string) => {
      const id = insertMilestone(
        city.db,
        { year: 2026, name: `${county || '市本级'}完成关闭退出`, kind: '完成关闭退出', dueText: '月底前', date, startDate: null, owner: null, documentNumber: null, sourceText: null, preset: null, doneDate: null, note: null, doneBy: null, doneNote: null },
        '2026-03-01T08:00:00.000Z',
      );
      city.db.prepare('UPDATE milestones SET county = ? WHERE id = ?').run(county, id);
    };
    milestone('冠县', '2026-10-31');
    milestone('莘县', '2026-11-30');
    milestone('', '2026-12-15'); // the city's own, for a county that set none
    milestone('冠县', '2026-11-20'); // a later one of 冠县's: the earliest decides
    for (const [county, name] of [['冠县', '冠县北关铸件厂'], ['莘县', '莘县鲁西铸造分厂'], ['阳谷县', '阳谷县景阳铸造厂']]) {
      const id = addEnterprise(city, { name, town: '城关镇', industry: '铸造' });
      city.db.prepare('UPDATE enterprises SET county = ? WHERE id = ?').run(county, id);
      addLine(city.db, { enterpriseId: id, name: '中频炉', planYear: 2026, capacity: 1, capacityUnit: '万吨' });
    }
    const due = responsibilityListRows(city.db, 2026).map((r) => [r.county, r.dueDate]);
    expect(due).toEqual([
      ['冠县', '2026-10-31'],
      ['莘县', '2026-11-30'],
      ['阳谷县', '2026-12-15'],
    ]);
    // Past 冠县's date only 冠县's line is overdue; at year end all three.
    expect(overdueListRows(city.db, 2026, '2026-11-05').map((r) => r.county)).toEqual(['冠县']);
    expect(overdueListRows(city.db, 2026, '2026-12-31').map((r) => r.county)).toEqual(['冠县', '莘县', '阳谷县']);
  });
});

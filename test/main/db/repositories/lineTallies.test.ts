import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/db/connection';
import { summaryRows } from '../../../../src/main/db/repositories/reportSummary';
import { yearStatistics } from '../../../../src/main/db/repositories/statistics';
import { DIMENSIONS } from '../../../../src/shared/domain/dimensions';
import { sortByChineseKeys } from '../../../../src/shared/reports/collate';
import type { SummaryRow } from '../../../../src/shared/reports/listTypes';
import { roundSum } from '../../../../src/shared/reports/totals';
import { addCase } from '../../../support/countyLedger';
import { memoryContext } from '../../../support/db';

/**
 * The 汇总表 and 统计 sums moved from JS (one row per line) into SQL (one row per enterprise ×
 * unit × dimension). This reference is the per-line reading they replaced: each planned line with
 * its earliest live case's dimension, grouped in JS. Both must give the same figures on a ledger as
 * messy as a county's.
 */
interface RefLine {
  enterpriseId: number;
  county: string;
  industry: string | null;
  town: string | null;
  capacity: number | null;
  capacityUnit: string | null;
  exitDate: string | null;
  catalogueItem: string | null;
  dimension: string | null;
}

function referenceLines(db: Db, year: number): RefLine[] {
  return db
    .prepare(
      `SELECT e.id AS "enterpriseId", e.county, e.industry, e.town, l.capacity, l.capacity_unit AS "capacityUnit", l.exit_date AS "exitDate",
         l.catalogue_item AS "catalogueItem",
         (SELECT c.dimension FROM case_lines cl JOIN cases c ON c.id = cl.case_id WHERE cl.line_id = l.id AND c.deleted_at IS NULL
           ORDER BY c.notice_date IS NULL, c.notice_date, c.id LIMIT 1) AS dimension
       FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.plan_year = ?`,
    )
    .all(year) as RefLine[];
}

function referenceGroups(lines: RefLine[], keyOf: (l: RefLine) => string[]) {
  const groups = new Map<string, { key: string[]; planned: Set<number>; exited: Set<number>; lines: number; exitedLines: number; capacity: number; exitedCapacity: number }>();
  for (const l of lines) {
    const key = keyOf(l);
    const id = JSON.stringify(key);
    const g = groups.get(id) ?? { key, planned: new Set(), exited: new Set(), lines: 0, exitedLines: 0, capacity: 0, exitedCapacity: 0 };
    groups.set(id, g);
    g.planned.add(l.enterpriseId);
    g.lines += 1;
    g.capacity += l.capacity ?? 0;
    if (l.exitDate) {
      g.exited.add(l.enterpriseId);
      g.exitedLines += 1;
      g.exitedCapacity += l.capacity ?? 0;
    }
  }
  return [...groups.values()];
}

const dimensionOf = (l: RefLine) => l.dimension ?? (l.catalogueItem ? '技术' : '未标明');
const rank = (d: string) => String((DIMENSIONS as readonly string[]).indexOf(d) + 1 || 9);

function referenceSummary(db: Db, year: number, byCounty: boolean): SummaryRow[] {
  const groups = referenceGroups(referenceLines(db, year), (l) => [
    byCounty ? l.county : '',
    l.industry ?? '未填行业',
    dimensionOf(l),
    byCounty ? '' : (l.town ?? '未填乡镇'),
    l.capacityUnit ?? '',
  ]);
  const rows = groups.map(({ key: [county, industry, dimension, town, capacityUnit], ...g }) => ({
    county: county!,
    industry: industry!,
    dimension: dimension!,
    town: town!,
    capacityUnit: capacityUnit!,
    plannedEnterprises: g.planned.size,
    plannedLines: g.lines,
    plannedCapacity: roundSum(g.capacity),
    exitedEnterprises: g.exited.size,
    exitedLines: g.exitedLines,
    exitedCapacity: roundSum(g.exitedCapacity),
    completion: roundSum(g.capacity) > 0 ? roundSum(g.exitedCapacity) / roundSum(g.capacity) : null,
  }));
  return sortByChineseKeys(rows, [(r) => r.county || null, (r) => r.industry, (r) => rank(r.dimension), (r) => r.dimension, (r) => r.town, (r) => r.capacityUnit], () => 0);
}

/** Two counties, a county with nothing planned, and every blank and odd link a county sheet brings. */
function messyCity(): Db {
  const ctx = memoryContext();
  const db = ctx.db;
  const firm = (name: string, county: string, industry: string | null, town: string | null, deleted = false) =>
    Number(
      db
        .prepare('INSERT INTO enterprises (name, county, industry, town, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(name, county, industry, town, 'a', 'a', deleted ? 'b' : null).lastInsertRowid,
    );
  const line = (enterpriseId: number, f: { capacity?: number | null; unit?: string | null; year?: number | null; exit?: string | null; item?: string | null; deleted?: boolean }) =>
    Number(
      db
        .prepare(
          `INSERT INTO capacity_lines (enterprise_id, name, capacity, capacity_unit, plan_year, exit_date, catalogue_item, created_at, updated_at, deleted_at)
           VALUES (?, '中频炉', ?, ?, ?, ?, ?, 'a', 'a', ?)`,
        )
        .run(enterpriseId, f.capacity ?? null, f.unit === undefined ? '万吨' : f.unit, f.year === undefined ? 2026 : f.year, f.exit ?? null, f.item ?? null, f.deleted ? 'b' : null).lastInsertRowid,
    );
  const a = firm('冠县宏达铸造有限公司', '冠县', '铸造', '城关镇');
  const b = firm('冠县无名厂', '冠县', null, null);
  const c = firm('莘县光明玻璃厂', '莘县', '平板玻璃', '城关镇');
  const d = firm('莘县建材水泥有限公司', '莘县', '水泥', '燕店镇');
  const gone = firm('莘县已删除企业', '莘县', '铸造', '城关镇', true);
  firm('阳谷县只登记未排查企业', '阳谷县', '铸造', '阎楼镇');

  const a1 = line(a, { capacity: 0.1, exit: '2026-03-01' });
  const a2 = line(a, { capacity: 0.2, exit: '2026-05-01' });
  const a3 = line(a, { capacity: 0.3 });
  const a4 = line(a, { capacity: null, unit: null, item: '无芯工频感应电炉' });
  line(a, { capacity: 5, year: 2025, exit: '2025-06-01' });
  line(a, { capacity: 7, deleted: true });
  line(a, { capacity: 1.1, year: null });
  const b1 = line(b, { capacity: 2.5, unit: '万吨', exit: '2026-07-01' });
  const b2 = line(b, { capacity: 3, unit: '万重量箱' });
  const c1 = line(c, { capacity: 120, unit: '万重量箱', exit: '2026-05-10' });
  const c2 = line(c, { capacity: 60, unit: '万重量箱', item: '平拉工艺平板玻璃生产线' });
  const d1 = line(d, { capacity: 30, exit: '' });
  const d2 = line(d, { capacity: 0.7, item: '' });
  line(gone, { capacity: 9, exit: '2026-03-01' });

  // a1 in two cases: the earlier notice's dimension wins; a2's earlier case is in the 回收站.
  addCase(db, { enterpriseId: a, dimension: '质量', noticeDate: '2026-05-01' }, [a1]);
  addCase(db, { enterpriseId: a, dimension: '能耗', noticeDate: '2026-04-01' }, [a1, a2]);
  const binned = addCase(db, { enterpriseId: a, dimension: '安全', noticeDate: '2026-01-01' }, [a2, a3]);
  db.prepare("UPDATE cases SET deleted_at = 'b' WHERE id = ?").run(binned);
  // A case with no notice date comes after the dated ones; one with no lines changes no line.
  addCase(db, { enterpriseId: a, dimension: '环保', noticeDate: null }, [a4, a1]);
  addCase(db, { enterpriseId: b, dimension: '安全', noticeDate: '2026-02-01' });
  addCase(db, { enterpriseId: b, dimension: '其他', noticeDate: '2026-02-01' }, [b2]);
  addCase(db, { enterpriseId: b, dimension: '技术', noticeDate: '2026-03-01' }, [b1]);
  addCase(db, { enterpriseId: c, dimension: '环保', noticeDate: '2026-03-10', status: 'closed-down' }, [c1]);
  addCase(db, { enterpriseId: d, dimension: '能耗', noticeDate: '2026-02-01' }, [d1, d2]);
  addCase(db, { enterpriseId: d, dimension: '能耗', noticeDate: '2026-02-01' }, [d2]);
  void c2;
  return db;
}

describe('the 汇总表 and 统计 sums per enterprise × unit × dimension', () => {
  const db = messyCity();

  it('gives the 汇总表 the per-line reading’s rows, a county’s by town and a city’s by county', () => {
    for (const byCounty of [false, true]) expect(summaryRows(db, 2026, byCounty).rows).toEqual(referenceSummary(db, 2026, byCounty));
    // a1 and a2 under 能耗 (a1's earliest live case; a2's earlier 安全 case is binned), a4 under 环保 though
    // it has a catalogue item, a3 (only a binned case) 未标明, d1's blank exit date no exit.
    expect(summaryRows(db, 2026).rows.map((r) => `${r.town}/${r.industry}/${r.dimension}/${r.capacityUnit}/${r.plannedLines}/${r.plannedCapacity}/${r.exitedLines}`)).toEqual([
      '城关镇/平板玻璃/环保/万重量箱/1/120/1',
      '城关镇/平板玻璃/技术/万重量箱/1/60/0',
      '燕店镇/水泥/能耗/万吨/2/30.7/0',
      '未填乡镇/未填行业/技术/万吨/1/2.5/1',
      '未填乡镇/未填行业/其他/万重量箱/1/3/0',
      '城关镇/铸造/能耗/万吨/2/0.3/2',
      '城关镇/铸造/环保//1/0/0',
      '城关镇/铸造/未标明/万吨/1/0.3/0',
    ]);
  });

  it('sums each unit apart and counts an enterprise once in 总计', () => {
    const { totals } = summaryRows(db, 2026, true);
    expect(totals.map((t) => [t.label, t.row.capacityUnit, t.row.plannedEnterprises, t.row.plannedLines, t.row.plannedCapacity, t.row.exitedEnterprises, t.row.exitedCapacity])).toEqual([
      ['合计', '万吨', 3, 6, 33.8, 2, 2.8],
      ['合计', '万重量箱', 2, 3, 183, 1, 120],
      ['合计', '', 1, 1, 0, 0, 0],
      ['总计', '', 4, 10, null, 3, null],
    ]);
  });

  it('gives 统计 the same industries and towns as the per-line sums, and a city’s 汇总表 rows', () => {
    const lines = referenceLines(db, 2026);
    for (const city of [false, true]) {
      const stats = yearStatistics(db, 2026, city);
      const industries = referenceGroups(lines, (l) => [l.industry ?? '未填行业', l.capacityUnit ?? '']).map(({ key: [industry, unit], ...g }) => ({
        industry,
        unit,
        plannedCapacity: roundSum(g.capacity),
        exitedCapacity: roundSum(g.exitedCapacity),
        plannedLines: g.lines,
        exitedLines: g.exitedLines,
      }));
      expect(stats.capacityByIndustry).toEqual(sortByChineseKeys(industries, [(r) => r.unit!, (r) => r.industry!], () => 0));
      const towns = referenceGroups(lines, (l) => [l.county, l.town ?? '未填乡镇']).map(({ key: [county, town], ...g }) => ({
        county: county!,
        town: town!,
        plannedEnterprises: g.planned.size,
        plannedLines: g.lines,
        exitedLines: g.exitedLines,
      }));
      expect(stats.byTown).toEqual(
        sortByChineseKeys(towns, [(r) => r.county, (r) => r.town], () => 0).map(({ county, ...r }) => ({ ...r, town: city ? `${county}·${r.town}` : r.town })),
      );
      expect(stats.byCounty).toEqual(city ? referenceSummary(db, 2026, true).map(({ town: _town, completion: _completion, ...r }) => r).map((r) => expect.objectContaining(r)) : []);
    }
  });
});

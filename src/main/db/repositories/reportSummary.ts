import type { Database } from 'better-sqlite3';
import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { sortByChineseKeys } from '../../../shared/reports/collate';
import type { SummaryRow } from '../../../shared/reports/listTypes';
import { groupTallies, NO_INDUSTRY, NO_TOWN, plannedLineTalliesByDimension, Tally, type DimensionTally } from './lineTallies';

/** The 汇总表's per-line lookup (migration 0013's test reads its plan). */
export { SUMMARY_LINES_SQL } from './lineTallies';

/**
 * 落后产能退出情况汇总表: the lines planned for the year, grouped by industry × dimension ×
 * town × capacity unit, each with what has left; a city's by county × industry × dimension ×
 * unit (its towns are the counties' business, and 12 counties' towns would bury the figures). Capacity is summed only within one unit.
 * A line's dimension is that of its earliest linked case; a line with no case but a 淘汰类
 * catalogue item counts as 技术; any other as 未标明.
 */

export interface SummaryTotals {
  rows: SummaryRow[];
  /** 合计 per capacity unit, then 总计 over all units when there are several. */
  totals: { label: string; row: SummaryRow }[];
}

/** `tallies`: when the caller has read them already (the 统计 screen of a city). */
export function summaryRows(db: Database, year: number, byCounty = false, tallies: readonly DimensionTally[] = plannedLineTalliesByDimension(db, year)): SummaryTotals {
  const groups = groupTallies(tallies, (t) => [
    byCounty ? t.county : '',
    t.industry ?? NO_INDUSTRY,
    t.dimension,
    byCounty ? '' : (t.town ?? NO_TOWN),
    t.capacityUnit ?? '',
  ] as const);
  const byUnit = groupTallies(tallies, (t) => [t.capacityUnit ?? ''] as const);
  const overall = groupTallies(tallies, () => [] as const)[0]?.tally ?? new Tally();

  const dimensionRank = (d: string) => String((DIMENSIONS as readonly string[]).indexOf(d) + 1 || 9);
  const rows = sortByChineseKeys(
    groups.map(({ key: [county, industry, dimension, town, capacityUnit], tally }) => tally.row({ county, industry, dimension, town, capacityUnit })),
    // A dimension outside the five (an old import's word) ranks after them, then by pinyin.
    [(r) => r.county || null, (r) => r.industry, (r) => dimensionRank(r.dimension), (r) => r.dimension, (r) => r.town, (r) => r.capacityUnit],
    () => 0,
  );

  const blank = { county: '', industry: '', dimension: '', town: '' };
  const totals = sortByChineseKeys(byUnit, [(g) => g.key[0]], () => 0).map(({ key: [unit], tally }) => ({
    label: '合计',
    row: tally.row({ ...blank, capacityUnit: unit }),
  }));
  if (byUnit.length > 1) totals.push({ label: '总计', row: overall.row({ ...blank, capacityUnit: '' }, false) });
  return { rows, totals };
}

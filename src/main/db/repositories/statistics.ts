import type { Database } from 'better-sqlite3';
import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { sortByChineseKeys } from '../../../shared/reports/collate';
import type { Statistics } from '../../../shared/reports/statistics';
import { roundSum } from '../../../shared/reports/totals';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/rules/caseStates';
import { prepared } from '../sql';
import { groupTallies, NO_INDUSTRY, NO_TOWN, plannedLineTallies, plannedLineTalliesByDimension } from './lineTallies';
import { summaryRows } from './reportSummary';

/** Statuses are stored as workflow ids (rectifying) or, from older imports, as Chinese words. */
function statusLabel(status: string): string {
  return CASE_STATUS_LABELS[status as CaseStatus] ?? status;
}

/** `city`: 本级 = 市, when the figures are also given by county × industry × dimension. */
export function yearStatistics(db: Database, year: number, city = false): Statistics {
  // Sums per enterprise and unit; a city's by dimension too, read once for its 汇总表 rows as well.
  const dimensionTallies = city ? plannedLineTalliesByDimension(db, year) : null;
  const tallies = dimensionTallies ?? plannedLineTallies(db, year);
  const capacity = groupTallies(tallies, (t) => [t.industry ?? NO_INDUSTRY, t.capacityUnit ?? ''] as const).map(({ key: [industry, unit], tally }) => ({
    industry,
    unit,
    plannedCapacity: roundSum(tally.plannedCapacity),
    exitedCapacity: roundSum(tally.exitedCapacity),
    plannedLines: tally.plannedLines,
    exitedLines: tally.exitedLines,
  }));

  const cases = prepared(
    db,
    `SELECT c.dimension, c.status, count(*) AS count FROM cases c JOIN enterprises e ON e.id = c.enterprise_id
     WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND (c.notice_date IS NULL OR substr(c.notice_date, 1, 4) = ?)
     GROUP BY 1, 2`,
  ).all(String(year)) as { dimension: string; status: string; count: number }[];

  // Towns of different counties share names (两个县都有城关镇): a city counts each county's apart.
  const towns = groupTallies(tallies, (t) => [t.county, t.town ?? NO_TOWN] as const).map(({ key: [county, town], tally }) => ({
    county,
    town,
    plannedEnterprises: tally.planned.size,
    plannedLines: tally.plannedLines,
    exitedLines: tally.exitedLines,
  }));

  const rank = (d: string) => String((DIMENSIONS as readonly string[]).indexOf(d) + 1 || 9);
  return {
    year,
    capacityByIndustry: sortByChineseKeys(
      capacity,
      [(r) => r.unit, (r) => r.industry],
      () => 0,
    ),
    casesByDimension: sortByChineseKeys(
      cases.map((r) => ({ ...r, status: statusLabel(r.status) })),
      [(r) => rank(r.dimension), (r) => r.status],
      () => 0,
    ),
    byTown: sortByChineseKeys(towns, [(r) => r.county, (r) => r.town], () => 0).map(({ county, ...r }) => ({
      ...r,
      town: city ? `${county || '本级'}·${r.town}` : r.town,
    })),
    byCounty: dimensionTallies ? summaryRows(db, year, true, dimensionTallies).rows : [],
  };
}

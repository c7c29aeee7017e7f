import type { Database } from 'better-sqlite3';
import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { sortByChineseKeys } from '../../../shared/reports/collate';
import type { Statistics } from '../../../shared/reports/statistics';
import { roundSum } from '../../../shared/reports/totals';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/rules/caseStates';
import { prepared } from '../sql';
import { summaryRows } from './reportSummary';

const LIVE_LINES = `FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id
  WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.plan_year = ?`;

/** Statuses are stored as workflow ids (rectifying) or, from older imports, as Chinese words. */
function statusLabel(status: string): string {
  return CASE_STATUS_LABELS[status as CaseStatus] ?? status;
}

/** `city`: 本级 = 市, when the figures are also given by county × industry × dimension. */
export function yearStatistics(db: Database, year: number, city = false): Statistics {
  const capacity = prepared(
    db,
    `SELECT coalesce(e.industry, '未填行业') AS industry, coalesce(l.capacity_unit, '') AS unit,
       total(l.capacity) AS plannedCapacity, total(CASE WHEN l.exit_date IS NOT NULL THEN l.capacity END) AS exitedCapacity,
       count(*) AS plannedLines, count(l.exit_date) AS exitedLines
     ${LIVE_LINES} GROUP BY 1, 2`,
  ).all(year) as Statistics['capacityByIndustry'];

  const cases = prepared(
    db,
    `SELECT c.dimension, c.status, count(*) AS count FROM cases c JOIN enterprises e ON e.id = c.enterprise_id
     WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND (c.notice_date IS NULL OR substr(c.notice_date, 1, 4) = ?)
     GROUP BY 1, 2`,
  ).all(String(year)) as { dimension: string; status: string; count: number }[];

  // Towns of different counties share names (两个县都有城关镇): a city counts each county's apart.
  const towns = prepared(
    db,
    `SELECT e.county, coalesce(e.town, '未填乡镇') AS town, count(DISTINCT e.id) AS plannedEnterprises, count(*) AS plannedLines,
       count(l.exit_date) AS exitedLines ${LIVE_LINES} GROUP BY 1, 2`,
  ).all(year) as (Statistics['byTown'][number] & { county: string })[];

  const rank = (d: string) => String((DIMENSIONS as readonly string[]).indexOf(d) + 1 || 9);
  return {
    year,
    capacityByIndustry: sortByChineseKeys(
      capacity.map((r) => ({ ...r, plannedCapacity: roundSum(r.plannedCapacity), exitedCapacity: roundSum(r.exitedCapacity) })),
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
    byCounty: city ? summaryRows(db, year, true).rows : [],
  };
}

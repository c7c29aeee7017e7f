import type { Database } from 'better-sqlite3';
import type { SummaryRow } from '../../../shared/reports/listTypes';
import { roundSum } from '../../../shared/reports/totals';
import { prepared } from '../sql';

/**
 * A year's planned lines summed per enterprise × capacity unit (× dimension): what the 汇总表 and
 * the 统计 screen group further. SQLite sums the lines; JS only groups these tallies, so a city's
 * 100,000 lines come back as a few thousand rows instead of being carried into JS one by one.
 * Lines count as planned when their plan year is the year, as exited when they carry an exit date.
 */
export interface LineTally {
  enterpriseId: number;
  county: string;
  industry: string | null;
  town: string | null;
  capacityUnit: string | null;
  lines: number;
  capacity: number;
  exitedLines: number;
  exitedCapacity: number;
}

export interface DimensionTally extends LineTally {
  /** The earliest live case's; with none, 技术 for a 淘汰类 catalogue item, else 未标明. */
  dimension: string;
}

export const NO_INDUSTRY = '未填行业';
export const NO_TOWN = '未填乡镇';
const NO_DIMENSION = '未标明';

/** A blank exit date is no exit (as the rows' JS truthiness read it before these sums moved into SQL). */
const TALLIES = `l.enterprise_id AS "enterpriseId", e.county, e.industry, e.town, l.capacity_unit AS "capacityUnit",
       count(*) AS lines, total(l.capacity) AS capacity,
       count(CASE WHEN l.exit_date <> '' THEN 1 END) AS "exitedLines", total(CASE WHEN l.exit_date <> '' THEN l.capacity END) AS "exitedCapacity"`;
/** The year's live lines, in enterprise order through capacity_lines_plan (migration 0014). */
const PLANNED = `capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id
     WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.plan_year = ?`;
const LIVE_LINKS = 'FROM case_lines cl JOIN cases c ON c.id = cl.case_id WHERE c.deleted_at IS NULL';

export const PLAIN_TALLIES_SQL = `SELECT ${TALLIES} FROM ${PLANNED} GROUP BY l.enterprise_id, l.capacity_unit`;

/**
 * The lines no live case names: their dimension comes from the catalogue item alone. Each line's
 * links are one probe of case_lines_line (migration 0013).
 */
export const SUMMARY_LINES_SQL = `SELECT ${TALLIES},
       CASE WHEN l.catalogue_item <> '' THEN '技术' ELSE '${NO_DIMENSION}' END AS dimension
     FROM ${PLANNED} AND NOT EXISTS (SELECT 1 ${LIVE_LINKS} AND cl.line_id = l.id)
     GROUP BY l.enterprise_id, l.capacity_unit, dimension`;

/**
 * The lines a live case names, each under its earliest case's dimension: one pass over the links,
 * then each linked line by its id (CROSS JOIN keeps that order; the planner would otherwise walk
 * every planned line and probe the links).
 */
const CASE_LINES_SQL = `WITH earliest AS (
       SELECT line_id, dimension FROM (
         SELECT cl.line_id, c.dimension,
           row_number() OVER (PARTITION BY cl.line_id ORDER BY c.notice_date IS NULL, c.notice_date, c.id) AS n
         ${LIVE_LINKS}) WHERE n = 1)
     SELECT ${TALLIES}, earliest.dimension
     FROM earliest CROSS JOIN ${PLANNED} AND l.id = earliest.line_id
     GROUP BY l.enterprise_id, l.capacity_unit, earliest.dimension`;

/** Per enterprise × unit: enough for the 统计 screen's industries and towns. */
export function plannedLineTallies(db: Database, year: number): LineTally[] {
  return prepared(db, PLAIN_TALLIES_SQL).all(year) as LineTally[];
}

/** Per enterprise × unit × dimension, for the 汇总表 (finding each line's dimension costs most of the time). */
export function plannedLineTalliesByDimension(db: Database, year: number): DimensionTally[] {
  return [...(prepared(db, SUMMARY_LINES_SQL).all(year) as DimensionTally[]), ...(prepared(db, CASE_LINES_SQL).all(year) as DimensionTally[])];
}

type GroupKeys = Pick<SummaryRow, 'county' | 'industry' | 'dimension' | 'town' | 'capacityUnit'>;

/** Sums tallies; an enterprise counts once per group however many of its tallies fall in it. */
export class Tally {
  readonly planned = new Set<number>();
  readonly exited = new Set<number>();
  plannedLines = 0;
  exitedLines = 0;
  plannedCapacity = 0;
  exitedCapacity = 0;

  add(t: LineTally): void {
    this.planned.add(t.enterpriseId);
    this.plannedLines += t.lines;
    this.plannedCapacity += t.capacity;
    if (t.exitedLines > 0) {
      this.exited.add(t.enterpriseId);
      this.exitedLines += t.exitedLines;
      this.exitedCapacity += t.exitedCapacity;
    }
  }

  row(keys: GroupKeys, withCapacity = true): SummaryRow {
    const planned = roundSum(this.plannedCapacity);
    const exited = roundSum(this.exitedCapacity);
    return {
      ...keys,
      plannedEnterprises: this.planned.size,
      plannedLines: this.plannedLines,
      plannedCapacity: withCapacity ? planned : null,
      exitedEnterprises: this.exited.size,
      exitedLines: this.exitedLines,
      exitedCapacity: withCapacity ? exited : null,
      completion: withCapacity && planned > 0 ? exited / planned : null,
    };
  }
}

/**
 * Sums tallies under the key each is given (a tuple of strings), one Tally per distinct key, in the
 * order the keys first appear.
 */
export function groupTallies<T extends LineTally, K extends readonly string[]>(tallies: readonly T[], keyOf: (t: T) => K): { key: K; tally: Tally }[] {
  const groups = new Map<string, { key: K; tally: Tally }>();
  for (const t of tallies) {
    const key = keyOf(t);
    const id = key.join('\u0001');
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, tally: new Tally() }));
    g.tally.add(t);
  }
  return [...groups.values()];
}

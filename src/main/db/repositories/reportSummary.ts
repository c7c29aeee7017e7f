import type { Database } from 'better-sqlite3';
import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { sortByChineseKeys } from '../../../shared/reports/collate';
import type { SummaryRow } from '../../../shared/reports/listTypes';
import { roundSum } from '../../../shared/reports/totals';
import { prepared } from '../sql';

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

interface PlannedLine {
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

const NO_INDUSTRY = '未填行业';
const NO_TOWN = '未填乡镇';
const NO_DIMENSION = '未标明';

type GroupKeys = Pick<SummaryRow, 'county' | 'industry' | 'dimension' | 'town' | 'capacityUnit'>;

class Tally {
  readonly planned = new Set<number>();
  readonly exited = new Set<number>();
  plannedLines = 0;
  exitedLines = 0;
  plannedCapacity = 0;
  exitedCapacity = 0;

  add(line: PlannedLine): void {
    this.planned.add(line.enterpriseId);
    this.plannedLines += 1;
    this.plannedCapacity += line.capacity ?? 0;
    if (line.exitDate) {
      this.exited.add(line.enterpriseId);
      this.exitedLines += 1;
      this.exitedCapacity += line.capacity ?? 0;
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

/** Each planned line with its dimension from its earliest case (one lookup through case_lines_line). */
export const SUMMARY_LINES_SQL = `SELECT e.id AS "enterpriseId", e.county, e.industry, e.town, l.capacity, l.capacity_unit AS "capacityUnit", l.exit_date AS "exitDate",
       l.catalogue_item AS "catalogueItem",
       (SELECT c.dimension FROM case_lines cl JOIN cases c ON c.id = cl.case_id
          WHERE cl.line_id = l.id AND c.deleted_at IS NULL
          ORDER BY c.notice_date IS NULL, c.notice_date, c.id LIMIT 1) AS dimension
     FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id
     WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.plan_year = ?`;

export function summaryRows(db: Database, year: number, byCounty = false): SummaryTotals {
  const lines = prepared(db, SUMMARY_LINES_SQL).all(year) as PlannedLine[];

  const groups = new Map<string, { keys: GroupKeys; tally: Tally }>();
  const byUnit = new Map<string, Tally>();
  const overall = new Tally();
  for (const line of lines) {
    const keys = {
      county: byCounty ? line.county : '',
      industry: line.industry ?? NO_INDUSTRY,
      dimension: line.dimension ?? (line.catalogueItem ? '技术' : NO_DIMENSION),
      town: byCounty ? '' : (line.town ?? NO_TOWN),
      capacityUnit: line.capacityUnit ?? '',
    };
    const key = JSON.stringify(keys);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { keys, tally: new Tally() }));
    g.tally.add(line);
    let u = byUnit.get(keys.capacityUnit);
    if (!u) byUnit.set(keys.capacityUnit, (u = new Tally()));
    u.add(line);
    overall.add(line);
  }

  const dimensionRank = (d: string) => String((DIMENSIONS as readonly string[]).indexOf(d) + 1 || 9);
  const rows = sortByChineseKeys(
    [...groups.values()].map((g) => g.tally.row(g.keys)),
    [(r) => r.county || null, (r) => r.industry, (r) => dimensionRank(r.dimension), (r) => r.town, (r) => r.capacityUnit],
    () => 0,
  );

  const blank = { county: '', industry: '', dimension: '', town: '' };
  const totals = sortByChineseKeys([...byUnit.entries()], [([unit]) => unit], () => 0).map(([unit, tally]) => ({
    label: '合计',
    row: tally.row({ ...blank, capacityUnit: unit }),
  }));
  if (byUnit.size > 1) totals.push({ label: '总计', row: overall.row({ ...blank, capacityUnit: '' }, false) });
  return { rows, totals };
}

import type { Database } from 'better-sqlite3';
import { TARGETS } from '../../../shared/import/targets';
import { sortByChineseKeys } from '../../../shared/reports/collate';
import type { TemplateOrder, TemplateRow, TemplateSource } from '../../../shared/reports/templateFill';
import { prepared, toColumn } from '../sql';

/**
 * The ledger rows a city template is filled with, every field keyed as the mapping names it
 * ('enterprise.name', 'line.capacity', 'case.noticeDate'), in the order asked: by town, enterprise and
 * entry (the lists' order), by enterprise and entry, or as entered — in a city roll-up, county by county first.
 * A case carries its first linked line, so a template of cases with equipment columns is filled too.
 */
function columns(entity: 'enterprise' | 'line' | 'case', alias: string): string {
  return TARGETS.filter((t) => t.entity === entity)
    .map((t) => `${alias}.${toColumn(t.field)} AS "${t.key}"`)
    .join(', ');
}

// The county a row was reported by: '' in a county ledger, the county's name in a city roll-up.
const ENTERPRISE = `e.id AS "enterprise.id", e.county AS "enterprise.county", ${columns('enterprise', 'e')}`;
const LINE = `l.id AS "line.id", ${columns('line', 'l')}`;
const CASE = `c.id AS "case.id", ${columns('case', 'c')}`;

const SQL: Record<TemplateSource, string> = {
  planned: `SELECT ${ENTERPRISE}, ${LINE} FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id
    WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.plan_year = @year`,
  exited: `SELECT ${ENTERPRISE}, ${LINE} FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id
    WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.exit_date BETWEEN @from AND @to`,
  cases: `SELECT ${ENTERPRISE}, ${CASE}, ${LINE} FROM cases c JOIN enterprises e ON e.id = c.enterprise_id
    LEFT JOIN capacity_lines l ON l.id = (SELECT min(cl.line_id) FROM case_lines cl WHERE cl.case_id = c.id)
    WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND (c.notice_date IS NULL OR c.notice_date BETWEEN @from AND @to)`,
  enterprises: `SELECT ${ENTERPRISE} FROM enterprises e WHERE e.deleted_at IS NULL AND (
    EXISTS (SELECT 1 FROM capacity_lines l WHERE l.enterprise_id = e.id AND l.deleted_at IS NULL AND l.plan_year = @year)
    OR EXISTS (SELECT 1 FROM cases c WHERE c.enterprise_id = e.id AND c.deleted_at IS NULL AND c.notice_date BETWEEN @from AND @to))`,
};

export function templateRows(db: Database, source: TemplateSource, year: number, order: TemplateOrder = 'town'): TemplateRow[] {
  const rows = prepared(db, SQL[source]).all({ year, from: `${year}-01-01`, to: `${year}-12-31` }) as Record<string, string | number | null>[];
  const tie = (r: TemplateRow) => Number(r['line.id'] ?? r['case.id'] ?? r['enterprise.id'] ?? 0);
  const town = (r: TemplateRow) => r['enterprise.town'] as string | null;
  const name = (r: TemplateRow) => r['enterprise.name'] as string | null;
  // A city's template lists county by county (all '' in a county ledger, so no change there).
  const county = (r: TemplateRow) => (r['enterprise.county'] as string | null) || null;
  const keys = order === 'town' ? [town, name] : order === 'enterprise' ? [name] : [];
  return sortByChineseKeys(rows, order === 'entry' ? keys : [county, ...keys], tie);
}

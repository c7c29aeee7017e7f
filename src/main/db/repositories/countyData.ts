import type { Database } from 'better-sqlite3';
import { PACKAGE_SHEETS, type PackageRow, type PackageSheetKey } from '../../../shared/countyPackage/sheets';
import { CAPACITY_LINE_TABLE } from './capacityLines';
import { CASE_TABLE } from './cases';
import { ENTERPRISE_TABLE } from './enterprises';
import { MILESTONE_TABLE } from './milestones';
import { TASK_TABLE, names } from './tasks';
import { insertRow, prepared, selectList, setDeleted, updateRow, type TableSpec } from '../sql';

/**
 * One county's rows as a 报送包 carries them (migration 0010): in a county's own ledger the
 * county is '', in a city ledger the name the package came from. Lines and cases take their
 * enterprise's county. Storage forms (JSON department lists, 0/1 flags) are decoded here.
 */
export interface HeldRow {
  id: number;
  /** The enterprise a line or case belongs to (0 for the others). */
  enterpriseId: number;
  row: PackageRow;
}

const fieldsOf = (key: PackageSheetKey) => PACKAGE_SHEETS.find((s) => s.key === key)!.columns.map((c) => c.key);
const own = (key: PackageSheetKey) => fieldsOf(key).filter((k) => k !== 'enterpriseName' && k !== 'enterpriseUscc' && k !== 'serious');

const SELECTS: Record<PackageSheetKey, string> = {
  enterprises: `SELECT id, 0 AS "enterpriseId", ${selectList(own('enterprises'))} FROM enterprises WHERE county = ? AND deleted_at IS NULL ORDER BY id`,
  lines: `SELECT l.id, l.enterprise_id AS "enterpriseId", e.name AS "enterpriseName", e.uscc AS "enterpriseUscc", ${selectList(own('lines'), 'l')}
    FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id
    WHERE e.county = ? AND l.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY l.id`,
  cases: `SELECT c.id, c.enterprise_id AS "enterpriseId", e.name AS "enterpriseName", e.uscc AS "enterpriseUscc", ${selectList(own('cases'), 'c')}, c.serious
    FROM cases c JOIN enterprises e ON e.id = c.enterprise_id
    WHERE e.county = ? AND c.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY c.id`,
  tasks: `SELECT id, 0 AS "enterpriseId", ${selectList(own('tasks'))} FROM tasks WHERE county = ? AND deleted_at IS NULL AND (? IS NULL OR year = ?) ORDER BY year, sort_order, id`,
  milestones: `SELECT id, 0 AS "enterpriseId", ${selectList(own('milestones'))} FROM milestones WHERE county = ? AND deleted_at IS NULL AND (? IS NULL OR year = ?) ORDER BY year, date, id`,
};

function decode(key: PackageSheetKey, raw: Record<string, unknown>): HeldRow {
  const { id, enterpriseId, ...rest } = raw as { id: number; enterpriseId: number } & Record<string, unknown>;
  const row = rest as PackageRow;
  if (key === 'tasks') {
    row.leadDepartments = names(String(rest.leadDepartments));
    row.cooperatingDepartments = names(String(rest.cooperatingDepartments));
    row.continuesNumber = rest.continuesNumber === 1;
  }
  if (key === 'cases') row.serious = rest.serious === 1;
  return { id, enterpriseId, row };
}

/**
 * A county's live rows of one table. `year` limits tasks and milestones to that year's plan
 * (a package is a year's); without it, all the county holds (what a roll-up replaces).
 */
export function countyRows(db: Database, key: PackageSheetKey, county: string, year: number | null = null): HeldRow[] {
  const params = key === 'tasks' || key === 'milestones' ? [county, year, year] : [county];
  return (prepared(db, SELECTS[key]).all(...params) as Record<string, unknown>[]).map((r) => decode(key, r));
}

const TABLES: Record<PackageSheetKey, TableSpec> = {
  enterprises: { table: ENTERPRISE_TABLE.table, fields: [...ENTERPRISE_TABLE.fields, 'county'] },
  lines: CAPACITY_LINE_TABLE,
  cases: CASE_TABLE,
  tasks: { table: TASK_TABLE.table, fields: [...TASK_TABLE.fields, 'county'] },
  milestones: { table: MILESTONE_TABLE.table, fields: [...MILESTONE_TABLE.fields, 'county'] },
};

/** A package row in storage form: its own columns only, lists as JSON, flags as 0/1. */
function encode(key: PackageSheetKey, row: PackageRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of own(key)) {
    const v = row[k] ?? null;
    out[k] = Array.isArray(v) ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  if (key === 'cases') out.serious = row.serious === true ? 1 : 0;
  return out;
}

/** Inserts a county's row; lines and cases name their enterprise by id, the rest carry the county. */
export function insertCountyRow(db: Database, key: PackageSheetKey, county: string, row: PackageRow, enterpriseId: number, now: string): number {
  const values = encode(key, row);
  if (key === 'lines' || key === 'cases') values.enterpriseId = enterpriseId;
  else values.county = county;
  return insertRow(db, TABLES[key], values, now);
}

export function updateCountyRow(db: Database, key: PackageSheetKey, id: number, row: PackageRow, now: string): void {
  updateRow(db, TABLES[key], id, encode(key, row), now);
}

export function deleteCountyRow(db: Database, key: PackageSheetKey, id: number, now: string): void {
  setDeleted(db, TABLES[key], id, now);
}

/** Where a county's data comes from: its package, or its filled city template. */
export interface PackageOrigin {
  county: string;
  kind: 'package' | 'template';
  year: number;
  /** When the county wrote it (a template: the file's modified time). */
  exportedAt: string;
  checksum: string | null;
  appVersion: string | null;
  fileName: string;
}

/** What the city holds from a county: the package (or filled template) its data came from. */
export interface HeldPackage extends PackageOrigin {
  receivedAt: string;
  rowCounts: Record<string, number>;
}

const SELECT_HELD = `SELECT county, kind, year, exported_at AS "exportedAt", checksum, app_version AS "appVersion", file_name AS "fileName",
  received_at AS "receivedAt", row_counts AS "rowCounts" FROM county_packages`;

function held(raw: Record<string, unknown> | undefined): HeldPackage | undefined {
  return raw ? ({ ...raw, rowCounts: JSON.parse(String(raw.rowCounts)) as Record<string, number> } as HeldPackage) : undefined;
}

export function heldPackage(db: Database, county: string): HeldPackage | undefined {
  return held(prepared(db, `${SELECT_HELD} WHERE county = ?`).get(county) as Record<string, unknown> | undefined);
}

export function heldPackages(db: Database): HeldPackage[] {
  return (prepared(db, `${SELECT_HELD} ORDER BY county`).all() as Record<string, unknown>[]).map((r) => held(r)!);
}

export function saveHeldPackage(db: Database, p: HeldPackage): void {
  prepared(
    db,
    `INSERT INTO county_packages (county, kind, year, exported_at, checksum, app_version, file_name, received_at, row_counts)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(county) DO UPDATE SET kind = excluded.kind, year = excluded.year, exported_at = excluded.exported_at, checksum = excluded.checksum,
       app_version = excluded.app_version, file_name = excluded.file_name, received_at = excluded.received_at, row_counts = excluded.row_counts`,
  ).run(p.county, p.kind, p.year, p.exportedAt, p.checksum, p.appVersion, p.fileName, p.receivedAt, JSON.stringify(p.rowCounts));
}

/** A live enterprise whose credit code another county also reports. */
export interface SharedCreditCode {
  enterpriseId: number;
  county: string;
  name: string;
  uscc: string;
  otherCounties: string[];
}

/**
 * Every enterprise whose credit code is held by more than one county: each side is flagged.
 * The codes are grouped once (a sort), not looked up per enterprise: no index serves a bare
 * uscc (migration 0010's is (county, uscc)), and a city ledger holds tens of thousands.
 */
export function sharedCreditCodes(db: Database): SharedCreditCode[] {
  const rows = prepared(
    db,
    `SELECT id AS "enterpriseId", county, name, uscc FROM enterprises
     WHERE deleted_at IS NULL AND uscc IN (
       SELECT uscc FROM enterprises WHERE deleted_at IS NULL AND uscc IS NOT NULL AND uscc <> '' GROUP BY uscc HAVING count(DISTINCT county) > 1)
     ORDER BY uscc, county, id`,
  ).all() as Omit<SharedCreditCode, 'otherCounties'>[];
  const countiesOf = new Map<string, Set<string>>();
  for (const r of rows) countiesOf.set(r.uscc, (countiesOf.get(r.uscc) ?? new Set()).add(r.county));
  return rows.map((r) => ({ ...r, otherCounties: [...countiesOf.get(r.uscc)!].filter((c) => c !== r.county).sort() }));
}

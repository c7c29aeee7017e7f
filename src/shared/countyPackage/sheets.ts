import { capacityLineEntity } from '../entities/capacityLine';
import { caseEntity } from '../entities/case';
import type { AnyEntity } from '../entities/entity';
import { enterpriseEntity } from '../entities/enterprise';
import { milestoneEntity } from '../entities/milestone';
import { splitDepartments, taskEntity } from '../entities/task';

/**
 * 报送包 (issue 16): the workbook a county sends the city. Five data sheets in the canonical
 * headers — each column is an entity field under its export label, the same header the import
 * recognises — plus 说明, which carries a SHA-256 over the data sheets' cell values so the city
 * can tell a package someone edited or broke in transit from the one the county wrote.
 *
 * The checksum is taken over a canonical serialisation, not the file's bytes: Excel or WPS
 * re-saving an untouched package changes the bytes, not the values.
 */
export const PACKAGE_SHEET_KEYS = ['enterprises', 'lines', 'cases', 'tasks', 'milestones'] as const;
export type PackageSheetKey = (typeof PACKAGE_SHEET_KEYS)[number];

/** How a column's value is written and read back: text as is, numbers as numbers, 是/否, 、-lists. */
export type PackageCellKind = 'text' | 'number' | 'bool' | 'list';

export interface PackageColumn {
  key: string;
  header: string;
  kind: PackageCellKind;
  /** Column width in characters, from the grid's width where the field has a grid column. */
  width: number;
}

/** A grid's pixels as a sheet's character widths (about 7 px a character), kept readable. */
const widthOf = (px: number | undefined, header: string) => Math.min(40, Math.max(8, px ? Math.round(px / 7) : header.length * 2 + 4));

export interface PackageSheet {
  key: PackageSheetKey;
  name: string;
  columns: readonly PackageColumn[];
}

export type PackageValue = string | number | boolean | readonly string[] | null;
export type PackageRow = Record<string, PackageValue>;

const NUMBER_FIELDS = new Set(['quantity', 'capacity', 'planYear', 'year', 'sortOrder']);
const BOOL_FIELDS = new Set(['continuesNumber', 'serious']);
const LIST_FIELDS = new Set(['leadDepartments', 'cooperatingDepartments']);

function kindOf(key: string): PackageCellKind {
  if (NUMBER_FIELDS.has(key)) return 'number';
  if (BOOL_FIELDS.has(key)) return 'bool';
  if (LIST_FIELDS.has(key)) return 'list';
  return 'text';
}

function entityColumns(entity: AnyEntity): PackageColumn[] {
  return entity.keys
    .filter((k) => !entity.fields[k]!.ref)
    .map((k) => {
      const f = entity.fields[k]!;
      const header = f.exportLabel ?? f.label;
      return { key: k, header, kind: kindOf(k), width: widthOf(f.grid?.width, header) };
    });
}

/** A line or case names its enterprise the way the import matches one: credit code, else name. */
const OWNER: PackageColumn[] = [
  { key: 'enterpriseName', header: enterpriseEntity.fields.name.label, kind: 'text', width: 32 },
  { key: 'enterpriseUscc', header: enterpriseEntity.fields.uscc.label, kind: 'text', width: 24 },
];

export const PACKAGE_SHEETS: readonly PackageSheet[] = [
  { key: 'enterprises', name: '企业', columns: entityColumns(enterpriseEntity) },
  { key: 'lines', name: '设备', columns: [...OWNER, ...entityColumns(capacityLineEntity)] },
  {
    key: 'cases',
    name: '整改事项',
    columns: [...OWNER, ...entityColumns(caseEntity), { key: 'status', header: '状态', kind: 'text', width: 12 }, { key: 'serious', header: '情节严重', kind: 'bool', width: 10 }],
  },
  { key: 'tasks', name: '重点工作', columns: entityColumns(taskEntity) },
  { key: 'milestones', name: '时间节点', columns: entityColumns(milestoneEntity) },
];

export const PACKAGE_INFO_SHEET = '说明';
/** Bumped when the sheets' columns change in a way an older reader could not follow. */
export const PACKAGE_FORMAT = 1;

export type PackageTables = Record<PackageSheetKey, PackageRow[]>;

export interface PackageInfo {
  county: string;
  year: number;
  /** ISO time the county wrote the package; a newer one replaces an older one. */
  exportedAt: string;
  appVersion: string;
}

/** A value as its cell's text: what the checksum covers and what a reader sees. */
export function canonicalCell(kind: PackageCellKind, value: PackageValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (kind === 'bool') return value === true || value === 1 ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

/** A cell's text back as the column's value ('' is null; a list splits as the import splits it). */
export function valueOfCell(kind: PackageCellKind, text: string): PackageValue {
  if (text === '') return kind === 'list' ? [] : kind === 'bool' ? false : null;
  switch (kind) {
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? n : null;
    }
    case 'bool':
      return text === '是';
    case 'list':
      return splitDepartments(text);
    default:
      return text;
  }
}

/** Each sheet's rows as cell texts, in column order. */
export function canonicalRows(sheet: PackageSheet, rows: readonly PackageRow[]): string[][] {
  return rows.map((r) => sheet.columns.map((c) => canonicalCell(c.kind, r[c.key])));
}

/**
 * The text the checksum is taken over: per data sheet its name, headers and rows of cell texts,
 * as JSON (which escapes tabs and line breaks inside cells unambiguously).
 */
export function checksumText(sheets: readonly { name: string; headers: readonly string[]; rows: readonly (readonly string[])[] }[]): string {
  return JSON.stringify(sheets.map((s) => [s.name, s.headers, s.rows]));
}

export function packageRowCounts(tables: PackageTables): Record<PackageSheetKey, number> {
  return Object.fromEntries(PACKAGE_SHEET_KEYS.map((k) => [k, tables[k].length])) as Record<PackageSheetKey, number>;
}

/** A file a roll-up takes from a folder: .xlsx or .xls, not Excel's ~$ lock file nor a hidden one. */
export function isPackageFileName(name: string): boolean {
  return /\.xlsx?$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

import { headerSignature, type Mapping, type MappableColumn } from './mapping';
import { normaliseHeader } from './synonyms';
import type { DetectedTable } from './table';
import type { TargetKey } from './targets';
import type { Cell } from './types';
import { fromExcelSerial } from '../normalise/date';

/**
 * Small pure rules the import wizard and the CLI share: which sheet to offer first, how a saved
 * profile made for one header is applied to another, which fields hold dates (shown as dates,
 * not Excel serial numbers) and which head rows are examples of the data.
 */

/** The largest file the wizard sends to main (the engine refuses bigger ones too). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface SheetLike {
  name: string;
  hidden: boolean;
  table: { dataRowCount: number } | null;
}

/** The first visible sheet with data rows, else the first sheet with a table, else none. */
export function defaultSheet(sheets: readonly SheetLike[]): string | null {
  const withData = sheets.find((s) => !s.hidden && (s.table?.dataRowCount ?? 0) > 0) ?? sheets.find((s) => (s.table?.dataRowCount ?? 0) > 0);
  return (withData ?? sheets.find((s) => s.table !== null))?.name ?? null;
}

/** The header names a profile was saved for, by column index, read back from its signature. */
export function signatureColumns(signature: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const part of signature.split(/\|(?=\d+:)/)) {
    const m = /^(\d+):(.*)$/s.exec(part);
    if (m) out.set(Number(m[1]), m[2]!);
  }
  return out;
}

export interface AppliedProfile {
  mapping: Mapping;
  /** Header names of the profile that this sheet does not have: their fields were dropped. */
  missing: string[];
}

/**
 * Applies a profile saved for another header: each mapped column is found again by its header
 * text (a city moving 联系电话 one column to the right does not break the profile); constants
 * are kept; a column this sheet lacks drops its field and is named in `missing`.
 */
export function applyProfile(profile: { signature: string; mapping: Mapping }, columns: readonly MappableColumn[]): AppliedProfile {
  const saved = signatureColumns(profile.signature);
  const byName = new Map<string, number>();
  const here = new Map<number, string>();
  for (const c of columns) {
    const n = normaliseHeader(c.name);
    here.set(c.index, n);
    if (!byName.has(n)) byName.set(n, c.index);
  }
  const fields: Mapping['fields'] = [];
  const missing: string[] = [];
  for (const f of profile.mapping.fields) {
    if (!('column' in f)) {
      fields.push(f);
      continue;
    }
    const name = saved.get(f.column);
    if (name === undefined) continue;
    const index = here.get(f.column) === name ? f.column : byName.get(name);
    if (index === undefined) missing.push(name);
    else fields.push({ target: f.target, column: index });
  }
  return { mapping: { fields }, missing };
}

/** Whether a profile was saved for exactly this header. */
export function profileFits(signature: string, columns: readonly MappableColumn[]): boolean {
  return headerSignature(columns) === signature;
}

const DATE_FIELDS = new Set(['noticeDate', 'deadlineOverride', 'reinspectionDate', 'closedDate', 'plannedExitDate', 'exitDate', 'acceptanceDate', 'date']);

export function isDateTarget(key: TargetKey): boolean {
  return DATE_FIELDS.has(key.slice(key.indexOf('.') + 1));
}

/** A cell as the wizard shows it: dates that Excel stored as serial numbers shown as the dates they mean. */
export function displayCell(value: Cell | undefined, target: TargetKey | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && target && isDateTarget(target)) return fromExcelSerial(value) ?? String(value);
  return String(value);
}

/** Where a detected table's data starts and which rows below its header are not data. */
export type TableLayout = Pick<DetectedTable, 'firstDataRow' | 'blankRows' | 'totalRows' | 'subtotalRows' | 'sectionRows' | 'repeatedHeaderRows' | 'footnoteRows'>;

/** Up to `n` of the first data rows among a sheet's head rows, as 1-based row numbers. */
export function sampleRowNumbers(head: readonly (readonly Cell[])[], t: TableLayout, n = 3): number[] {
  if (t.firstDataRow === null) return [];
  const skip = new Set([...t.blankRows, ...t.totalRows, ...t.subtotalRows, ...t.sectionRows, ...t.repeatedHeaderRows, ...t.footnoteRows]);
  const out: number[] = [];
  for (let r = t.firstDataRow; r <= head.length && out.length < n; r++) if (!skip.has(r)) out.push(r);
  return out;
}

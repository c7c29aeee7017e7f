import { matchKey } from '../normalise/text';
import { PACKAGE_SHEETS, canonicalCell, type PackageRow, type PackageSheetKey } from './sheets';

/**
 * What a county's new data changes in the city's copy of it, per table: rows added, rows
 * updated (same identity, some cell different) and rows deleted (held, no longer reported).
 * Identity is what a person would call "the same row": an enterprise by its credit code, else its
 * name; a line by its enterprise, name and 型号规格; a case by its enterprise, 维度, notice date
 * and description; a task by year, 部分 and content; a milestone by year, name and date. Two rows
 * with one identity are told apart by their order.
 */
export interface HeldRowRef {
  id: number;
  row: PackageRow;
}

export interface TableDiff {
  added: PackageRow[];
  updated: { id: number; row: PackageRow; fields: string[] }[];
  deleted: HeldRowRef[];
  unchanged: HeldRowRef[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The enterprise a row names: 'c:' + credit code, else 'n:' + its name in match form. */
export function ownerKey(uscc: unknown, name: unknown): string {
  const code = text(uscc).trim().toUpperCase();
  return code ? `c:${code}` : `n:${matchKey(text(name))}`;
}

const IDENTITY: Record<PackageSheetKey, (r: PackageRow) => string> = {
  enterprises: (r) => ownerKey(r.uscc, r.name),
  lines: (r) => [ownerKey(r.enterpriseUscc, r.enterpriseName), matchKey(text(r.name)), matchKey(text(r.spec))].join('|'),
  cases: (r) => [ownerKey(r.enterpriseUscc, r.enterpriseName), r.dimension, text(r.noticeDate), text(r.description)].join('|'),
  tasks: (r) => [text(r.year), text(r.section), text(r.content)].join('|'),
  milestones: (r) => [text(r.year), text(r.name), text(r.date)].join('|'),
};

function keyed<T>(rows: readonly T[], rowOf: (t: T) => PackageRow, identity: (r: PackageRow) => string): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const t of rows) {
    const k = identity(rowOf(t));
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(`${k}#${n}`, t);
  }
  return out;
}

export function diffTable(key: PackageSheetKey, held: readonly HeldRowRef[], incoming: readonly PackageRow[]): TableDiff {
  const columns = PACKAGE_SHEETS.find((s) => s.key === key)!.columns;
  const identity = IDENTITY[key];
  const old = keyed(held, (h) => h.row, identity);
  const diff: TableDiff = { added: [], updated: [], deleted: [], unchanged: [] };
  for (const [k, row] of keyed(incoming, (r) => r, identity)) {
    const h = old.get(k);
    if (!h) {
      diff.added.push(row);
      continue;
    }
    old.delete(k);
    const fields = columns.filter((c) => canonicalCell(c.kind, h.row[c.key]) !== canonicalCell(c.kind, row[c.key])).map((c) => c.key);
    if (fields.length) diff.updated.push({ id: h.id, row, fields });
    else diff.unchanged.push(h);
  }
  diff.deleted = [...old.values()];
  return diff;
}

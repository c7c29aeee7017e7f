import { LedgerError } from '../../shared/errors';
import type { Mapping } from '../../shared/import/mapping';
import type { DetectedTable, TableRow } from '../../shared/import/table';
import type { TargetKey } from '../../shared/import/targets';
import { columnLetter, type Cell } from '../../shared/import/types';
import { displayCell } from '../../shared/import/wizard';

/**
 * Cells the user corrected in 预览 (issue 11 item 6). The file is never changed: a correction
 * lies over its cell, every preview of the sheet reads the table with the corrections laid over
 * it (so the row goes through exactly the import's rules again), and the commit records each one
 * that reached the ledger as an edit of the value the file had.
 */
export interface CellCorrection {
  sourceRow: number;
  /** 0-based column index in the table's rows. */
  column: number;
  /** What the user typed. */
  value: string;
  /** The cell as the file has it. */
  original: Cell;
}

/** A correction as the commit records it: the field it went to and the file's value as the wizard showed it. */
export interface AppliedCorrection {
  sourceRow: number;
  target: TargetKey;
  columnName: string;
  original: string;
  value: string;
}

export class PreviewCorrections {
  private sheet: string | null = null;
  private readonly byRow = new Map<number, Map<number, CellCorrection>>();

  /** Sets (or, back to the file's value, removes) one cell's correction; the sheet must be the previewed one. */
  set(table: DetectedTable, sourceRow: number, column: number, value: string): void {
    if (this.sheet !== table.sheetName) this.clear(table.sheetName);
    const row = table.rows.find((r) => r.sourceRow === sourceRow);
    if (!row) throw new LedgerError('BAD_REQUEST', `第 ${sourceRow} 行不是这张表的数据行，不能更正；请重新预览`);
    const col = table.columns.find((c) => c.index === column);
    if (!col) throw new LedgerError('BAD_REQUEST', `第 ${sourceRow} 行没有第 ${columnLetter(column)} 列，不能更正；请重新预览`);
    const original = row.cells[column] ?? null;
    const cells = this.byRow.get(sourceRow) ?? new Map<number, CellCorrection>();
    if (value === displayCell(original, null) || (value === '' && original === null)) cells.delete(column);
    else cells.set(column, { sourceRow, column, value, original });
    if (cells.size > 0) this.byRow.set(sourceRow, cells);
    else this.byRow.delete(sourceRow);
  }

  /** The table as previewed: corrected rows get new cells, the parsed table is left as read. */
  apply(table: DetectedTable): DetectedTable {
    if (this.sheet !== table.sheetName) this.clear(table.sheetName);
    if (this.byRow.size === 0) return table;
    const rows = table.rows.map((r): TableRow => {
      const fixes = this.byRow.get(r.sourceRow);
      return fixes ? this.laid(r, fixes) : r;
    });
    return { ...table, rows };
  }

  /** One row of the table with its corrections laid over it, or null when the table has no such row. */
  row(table: DetectedTable, sourceRow: number): TableRow | null {
    const row = table.rows.find((r) => r.sourceRow === sourceRow);
    if (!row) return null;
    const fixes = this.sheet === table.sheetName ? this.byRow.get(sourceRow) : undefined;
    return fixes ? this.laid(row, fixes) : row;
  }

  private laid(r: TableRow, fixes: Map<number, CellCorrection>): TableRow {
    const cells = [...r.cells];
    for (const f of fixes.values()) cells[f.column] = f.value === '' ? null : f.value;
    return { ...r, cells };
  }

  /** A row's corrected cells and what the file had in each, as the preview grid shows it. */
  of(sourceRow: number, mapping: Mapping): { column: number; original: string }[] {
    const fixes = this.byRow.get(sourceRow);
    if (!fixes) return [];
    return [...fixes.values()].map((f) => ({ column: f.column, original: displayCell(f.original, targetAt(mapping, f.column)) }));
  }

  /** Every correction on a mapped column, in the sheet's order, for the commit's audit entries. */
  applied(table: DetectedTable, mapping: Mapping): AppliedCorrection[] {
    const names = new Map(table.columns.map((c) => [c.index, c.name]));
    const all = [...this.byRow.values()].flatMap((fixes) => [...fixes.values()]);
    all.sort((a, b) => a.sourceRow - b.sourceRow || a.column - b.column);
    return all.flatMap((f) => {
        const target = targetAt(mapping, f.column);
      return target ? [{ sourceRow: f.sourceRow, target, columnName: names.get(f.column) ?? columnLetter(f.column), original: displayCell(f.original, target), value: f.value }] : [];
    });
  }

  clear(sheet: string | null = null): void {
    this.sheet = sheet;
    this.byRow.clear();
  }
}

function targetAt(mapping: Mapping, column: number): TargetKey | null {
  for (const f of mapping.fields) if ('column' in f && f.column === column) return f.target;
  return null;
}

import type { DetectedTable } from '../import/table';
import type { SheetData } from '../import/types';

/**
 * Where a city template takes the county's rows, from the import engine's table detection
 * (rows 1-based as Excel shows them):
 *   header rows → the body starts under them; the template's own rows (blank, or numbered
 *   1…15 in 序号) run to its 合计 row or its first footnote, whichever comes first; rows beyond
 *   those are inserted above that row, so 合计 and the notes stay under the data.
 * A template with neither 合计 nor notes takes its rows straight under the header.
 */
export interface TemplateArea {
  headerFirst: number;
  headerLast: number;
  dataStart: number;
  /** Rows the template leaves for data before its 合计 or notes. */
  templateRows: number;
  /** The row rows are inserted above (合计, or the first footnote), or null. */
  stopRow: number | null;
  totalRow: number | null;
  footnoteRows: number[];
  /** Columns of the table, counted from A. */
  width: number;
}

export function templateArea(table: DetectedTable, sheet: SheetData): TemplateArea {
  const dataStart = table.bodyStartRow;
  const after = (rows: readonly number[]) => rows.find((r) => r >= dataStart) ?? null;
  const totalRow = after(table.totalRows);
  const footnote = after(table.footnoteRows);
  const stopRow = [totalRow, footnote].filter((r): r is number => r !== null).sort((a, b) => a - b)[0] ?? null;
  const headerWidth = Math.max(
    0,
    ...sheet.rows.slice(table.header.firstRow - 1, table.header.lastRow).map((row) => row.reduce<number>((w, v, c) => (v === null ? w : c + 1), 0)),
    ...sheet.merges.filter((m) => m.s.r + 1 >= table.header.firstRow && m.e.r + 1 <= table.header.lastRow).map((m) => m.e.c + 1),
  );
  return {
    headerFirst: table.header.firstRow,
    headerLast: table.header.lastRow,
    dataStart,
    templateRows: stopRow === null ? Math.max(0, sheet.rows.length - dataStart + 1) : stopRow - dataStart,
    stopRow,
    totalRow,
    footnoteRows: table.footnoteRows.filter((r) => r >= dataStart),
    width: Math.max(headerWidth, ...table.columns.map((c) => c.index + 1)),
  };
}

import { z } from '../schemas/zod';

/**
 * What a spreadsheet file becomes once read: plain rows of plain values, so that the table
 * detection, mapping and preview never see a file format. Dates stay as Excel serial numbers
 * or as the text the user typed; the normalisers turn them into ISO dates per target field.
 */
export const Cell = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.output<typeof Cell>;

/** A merged range, 0-based and inclusive, as Excel stores it (A1:C2 → r 0..1, c 0..2). */
export interface MergeRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface SheetData {
  name: string;
  /** Dense rows; row i is Excel row i + 1. Trailing empty rows and columns are dropped. */
  rows: Cell[][];
  merges: MergeRange[];
  hidden: boolean;
}

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'csv';

export interface ParsedWorkbook {
  fileName: string;
  format: SpreadsheetFormat;
  /** For CSV: the encoding it was decoded with (utf-8, gb18030, utf-16le). */
  encoding: string | null;
  sheets: SheetData[];
}

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

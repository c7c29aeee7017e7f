import type ExcelJS from 'exceljs';
import { isFormulaLike } from '../../shared/reports/cellSafety';

/**
 * Cell writing shared by every .xlsx export. Values go in as plain strings and numbers, never
 * as formula objects: ExcelJS stores a JS string as a string cell (t="s"), so text beginning
 * with '=' is not evaluated when the file opens. Such text also gets the Text number format
 * ('@', numFmtId 49) so Excel, WPS and LibreOffice keep it literal when a user edits the cell.
 * (Excel's own answer is the quotePrefix flag of the cell format; ExcelJS 4.4 has no way to
 * write it, and '@' gives the same protection on edit.)
 */
export type CellValue = string | number | null | undefined;

export const THIN_BORDER: Partial<ExcelJS.Borders> = Object.freeze({
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}) as Partial<ExcelJS.Borders>;

/** GB2312 character set, so Excel picks the Chinese face even where the name is unknown. */
const GB2312_CHARSET = 134;

export function font(name: string, size: number, bold = false): Partial<ExcelJS.Font> {
  return { name, size, bold, charset: GB2312_CHARSET };
}

/**
 * A style per (base style, is-text-format) pair, reused across cells: ExcelJS keys its style
 * table by object identity, so sharing objects keeps the styles part small for 100 000 rows.
 */
const textFormatted = new WeakMap<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();

function withTextFormat(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  let s = textFormatted.get(style);
  if (!s) textFormatted.set(style, (s = { ...style, numFmt: '@' }));
  return s;
}

/** Writes a value with its style; formula-like text is kept literal (see above). */
export function setCell(cell: ExcelJS.Cell, value: CellValue, style: Partial<ExcelJS.Style>): void {
  if (value === null || value === undefined || value === '') {
    cell.style = style;
    return;
  }
  if (typeof value === 'number') {
    cell.value = Number.isFinite(value) ? value : null;
    cell.style = style;
    return;
  }
  cell.value = value;
  cell.style = isFormulaLike(value) ? withTextFormat(style) : style;
}

import ExcelJS from 'exceljs';
import type { Cell } from '../../shared/import/types';
import { writeFileAtomic } from '../fs/atomicWrite';
import { THIN_BORDER, font, setCell } from '../export/xlsxCells';

/**
 * The rows an import refused, as a workbook the user can correct and import again:
 *   1. one header row — 原行号, the source columns under their own names, 错误说明;
 *   2. each refused row with its cells as read, the cells at fault filled red, and every reason
 *      in 错误说明 (「列名」原因；…);
 *   3. written beside the target and renamed over it, so a failed write leaves nothing half-done.
 * The extra columns (原行号, 错误说明) are not mapped when the file is imported again.
 */
export interface ErrorRow {
  sourceRow: number;
  cells: Cell[];
  errors: { column: string | null; reason: string }[];
}

export interface ErrorsWorkbookInput {
  sheetName: string;
  columns: { index: number; name: string }[];
  rows: ErrorRow[];
  /** Columns mapped to a date field: an Excel serial number there is shown as a date. */
  dateColumns: ReadonlySet<number>;
}

export const ERROR_COLUMN = '错误说明';
const ROW_COLUMN = '原行号';
const REASON_WIDTH = 60;

export function errorText(errors: ErrorRow['errors']): string {
  return errors.map((e) => (e.column ? `「${e.column}」${e.reason}` : e.reason)).join('；');
}

export async function writeImportErrorsXlsx(file: string, input: ErrorsWorkbookInput): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '落后产能退出台账';
  const ws = wb.addWorksheet(safeSheetName(input.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const body = font('宋体', 11);
  const plain: Partial<ExcelJS.Style> = { font: body, border: THIN_BORDER, alignment: { vertical: 'top', wrapText: true } };
  const bad: Partial<ExcelJS.Style> = { ...plain, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } };
  const badDate: Partial<ExcelJS.Style> = { ...bad, numFmt: 'yyyy-mm-dd' };
  const date: Partial<ExcelJS.Style> = { ...plain, numFmt: 'yyyy-mm-dd' };
  const header: Partial<ExcelJS.Style> = { font: font('黑体', 11), border: THIN_BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const reason: Partial<ExcelJS.Style> = { ...plain, font: { ...body, color: { argb: 'FFB91C1C' } } };

  const titles = [ROW_COLUMN, ...input.columns.map((c) => c.name), ERROR_COLUMN];
  titles.forEach((t, i) => setCell(ws.getCell(1, i + 1), t, header));
  input.rows.forEach((row, r) => {
    const at = r + 2;
    const faulty = new Set(row.errors.map((e) => e.column));
    setCell(ws.getCell(at, 1), row.sourceRow, plain);
    input.columns.forEach((c, i) => {
      const value = row.cells[c.index] ?? null;
      const isDate = input.dateColumns.has(c.index) && typeof value === 'number';
      const wrong = faulty.has(c.name);
      setCell(ws.getCell(at, i + 2), value, wrong ? (isDate ? badDate : bad) : isDate ? date : plain);
    });
    const text = errorText(row.errors);
    setCell(ws.getCell(at, titles.length), text, reason);
    // Neither ExcelJS nor LibreOffice fits a wrapped row on its own: give it the lines it needs.
    ws.getRow(at).height = 15 * Math.max(1, Math.ceil(textWidth(text) / (REASON_WIDTH - 2)));
  });
  ws.getColumn(1).width = 8;
  input.columns.forEach((c, i) => {
    const longest = Math.max(textWidth(c.name), ...input.rows.slice(0, 200).map((r) => textWidth(r.cells[c.index])));
    ws.getColumn(i + 2).width = Math.min(36, Math.max(8, longest + 2));
  });
  ws.getColumn(titles.length).width = REASON_WIDTH;
  // Printed on landscape A4, all columns on one page wide, the header row repeated.
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } };
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(file, new Uint8Array(buffer as ArrayBuffer));
}

/** Column width in Excel's units: a CJK character takes two. */
export function textWidth(v: Cell | string | undefined): number {
  if (v === null || v === undefined) return 0;
  return [...String(v)].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function safeSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31).trim();
  return clean || '错误行';
}

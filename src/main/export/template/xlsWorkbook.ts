import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { TemplateArea } from '../../../shared/reports/templateArea';
import { FONT } from '../../../shared/reports/officialLayout';
import { THIN_BORDER, font } from '../xlsxCells';

/**
 * An Excel 97-2003 (.xls) template as an ExcelJS workbook, to be filled and saved as .xlsx:
 * the same sheets, text, numbers with their number formats, merged ranges, column widths and
 * row heights. SheetJS does not read an .xls file's fonts, borders or page setup, so the table
 * (header to the last data row, across its columns) gets plain thin borders, headers and
 * titles are centred, and the page is A4 fitted to one page wide — landscape for a wide table.
 */
export function workbookFromXls(data: Uint8Array, filledSheet: string, area: TemplateArea): ExcelJS.Workbook {
  const book = XLSX.read(data, { type: 'buffer', cellStyles: true, cellNF: true, dense: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = '落后产能退出台账';
  for (const name of book.SheetNames) {
    const src = book.Sheets[name]!;
    const ws = wb.addWorksheet(name);
    copySheet(src, ws);
    if (name === filledSheet) styleTable(ws, area);
  }
  return wb;
}

function copySheet(src: XLSX.WorkSheet, ws: ExcelJS.Worksheet): void {
  const data = (src['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const plain = { font: font(FONT.titleFallback, 11), alignment: { vertical: 'middle', wrapText: true } } satisfies Partial<ExcelJS.Style>;
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || cell.t === 'z') return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.t === 'n' && typeof cell.v === 'number') target.value = cell.v;
      else if (cell.t === 'b') target.value = Boolean(cell.v);
      else if (cell.v !== undefined && cell.v !== null) target.value = String(cell.w ?? cell.v);
      target.style = { ...plain, ...(cell.t === 'n' && typeof cell.z === 'string' && cell.z !== 'General' ? { numFmt: cell.z } : {}) };
    });
  });
  for (const m of src['!merges'] ?? []) ws.mergeCells(m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1);
  (src['!cols'] ?? []).forEach((col, c) => {
    if (!col) return;
    const width = col.wch ?? (col.wpx !== undefined ? (col.wpx - 5) / 7 : col.width);
    if (width !== undefined) ws.getColumn(c + 1).width = Math.max(1, Math.round(width * 100) / 100);
    if (col.hidden) ws.getColumn(c + 1).hidden = true;
  });
  (src['!rows'] ?? []).forEach((row, r) => {
    if (!row) return;
    const pt = row.hpt ?? (row.hpx !== undefined ? (row.hpx * 72) / 96 : undefined);
    if (pt !== undefined) ws.getRow(r + 1).height = pt;
    if (row.hidden) ws.getRow(r + 1).hidden = true;
  });
}

function styleTable(ws: ExcelJS.Worksheet, area: TemplateArea): void {
  const lastTableRow = Math.max(area.headerLast, (area.stopRow ?? area.dataStart + area.templateRows) - 1, area.totalRow ?? 0);
  for (let r = area.headerFirst; r <= lastTableRow; r++) {
    for (let c = 1; c <= area.width; c++) {
      const cell = ws.getCell(r, c);
      const header = r <= area.headerLast || r === area.totalRow;
      cell.style = {
        ...cell.style,
        border: THIN_BORDER,
        alignment: { vertical: 'middle', wrapText: true, horizontal: header ? 'center' : (cell.style.alignment?.horizontal ?? 'center') },
        ...(header ? { font: font(FONT.titleFallback, 11, true) } : {}),
      };
    }
  }
  // Titles above the header: the first line large and bold, merged lines centred; 填报单位/日期 lines stay left.
  for (let r = 1; r < area.headerFirst; r++) {
    const cell = ws.getCell(r, 1);
    const info = typeof cell.value === 'string' && /^\s*(填报|报送|制表|单位)/.test(cell.value);
    if (info) continue;
    if (cell.isMerged || r === 1) cell.style = { ...cell.style, font: font(FONT.titleFallback, r === 1 ? 16 : 11, r === 1), alignment: { horizontal: cell.isMerged ? 'center' : 'left', vertical: 'middle' } };
  }
  const widthChars = Array.from({ length: area.width }, (_, i) => ws.getColumn(i + 1).width ?? 8.43).reduce((a, b) => a + b, 0);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: widthChars > 100 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${area.headerFirst}:${area.headerLast}`,
  };
}

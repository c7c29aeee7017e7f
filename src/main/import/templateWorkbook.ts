import ExcelJS from 'exceljs';
import type { TemplateColumn } from '../../shared/import/template';
import { THIN_BORDER, font, setCell } from '../export/xlsxCells';
import { textWidth } from './errorsWorkbook';

/**
 * The import template as a workbook:
 *   1. 台账 — the header row in the import's own words, then the example row (dates as dates);
 *   2. 填写说明 — what each column takes and that the example row is to be replaced.
 */
export async function importTemplateXlsx(columns: readonly TemplateColumn[], notes: readonly string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '落后产能退出台账';
  const ws = wb.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const header: Partial<ExcelJS.Style> = {
    font: font('黑体', 11),
    border: THIN_BORDER,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } },
  };
  const body: Partial<ExcelJS.Style> = { font: font('宋体', 11), border: THIN_BORDER, alignment: { vertical: 'top', wrapText: true } };
  const date: Partial<ExcelJS.Style> = { ...body, numFmt: 'yyyy-mm-dd' };
  columns.forEach((c, i) => {
    setCell(ws.getCell(1, i + 1), c.header, header);
    const cell = ws.getCell(2, i + 1);
    if (c.isDate && typeof c.example === 'string') {
      cell.value = new Date(`${c.example}T00:00:00Z`);
      cell.style = date;
    } else setCell(cell, c.example, body);
    ws.getColumn(i + 1).width = Math.min(30, Math.max(10, textWidth(c.header) + 2, textWidth(c.example) + 2));
  });
  ws.getRow(1).height = 30;
  ws.getRow(2).height = 20;
  // 41 columns squeezed onto one page would be unreadable: printed, it runs across pages at full size.
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' };

  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  notes.forEach((line, i) => setCell(help.getCell(i + 1, 1), line, i === 0 ? { font: font('黑体', 12) } : { font: font('宋体', 11), alignment: { wrapText: true } }));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

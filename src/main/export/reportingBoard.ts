import ExcelJS from 'exceljs';
import { writeFileAtomic } from '../fs/atomicWrite';
import type { BoardRow } from '../services/reportingBoard';
import { THIN_BORDER, font, setCell } from './xlsxCells';

/** 报送情况 for the 领导小组: one row per county, A4 portrait, fitted to the page width. */
export async function writeReportingBoard(file: string, title: string, rows: readonly BoardRow[], stamp: (iso: string) => string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报送情况', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' } });
  const headers = ['序号', '县（市、区）', '报送情况', '导出时间', '收到时间', '行数', '文件'];
  // 「2026年3月10日 02:00」 needs 24 characters in 宋体 11: narrower, it wraps and LibreOffice/WPS overprint the row.
  ws.columns = [6, 16, 10, 24, 24, 8, 32].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, headers.length);
  setCell(ws.getCell(1, 1), title, { font: font('黑体', 16), alignment: { horizontal: 'center', vertical: 'middle' } });
  ws.getRow(1).height = 32;
  const head: Partial<ExcelJS.Style> = { font: font('黑体', 11), alignment: { horizontal: 'center', vertical: 'middle' }, border: THIN_BORDER };
  const body: Partial<ExcelJS.Style> = { font: font('宋体', 11), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: THIN_BORDER };
  headers.forEach((h, i) => setCell(ws.getCell(2, i + 1), h, head));
  rows.forEach((r, i) => {
    const values = [i + 1, r.county, r.state, r.exportedAt ? stamp(r.exportedAt) : '', r.receivedAt ? stamp(r.receivedAt) : '', r.rows ?? '', r.fileName ?? ''];
    values.forEach((v, c) => setCell(ws.getCell(i + 3, c + 1), v, body));
  });
  const n = rows.length + 4;
  const count = (s: string) => rows.filter((r) => r.state === s).length;
  setCell(ws.getCell(n, 1), `共 ${rows.length} 个县（市、区）：已报送 ${count('已报送')}，未报送 ${count('未报送')}，已过期 ${count('已过期')}。`, { font: font('宋体', 11) });
  await writeFileAtomic(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

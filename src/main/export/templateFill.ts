import ExcelJS from 'exceljs';
import { LedgerError } from '../../shared/errors';
import { proposeMapping, type Mapping } from '../../shared/import/mapping';
import { detectTable, type DetectedTable } from '../../shared/import/table';
import type { SheetData } from '../../shared/import/types';
import type { ListMeta } from '../../shared/reports/listTypes';
import { templateArea, type TemplateArea } from '../../shared/reports/templateArea';
import type { TemplateRow } from '../../shared/reports/templateFill';
import { throwIfCancelled, writeFileAtomic } from '../fs/atomicWrite';
import { readSpreadsheet } from '../import/read';
import { fillSheet } from './template/fillSheet';
import { workbookFromXls } from './template/xlsWorkbook';

/**
 * The city's own template, filled with the county's rows:
 *   1. read the template with the import engine (the same reader and table detection as an
 *      import: title rows, multi-row merged headers, blank rows, 合计, footnotes) and pick the
 *      sheet whose header names the most ledger fields;
 *   2. work out where rows go (templateArea.ts);
 *   3. open the file for writing with its layout: an .xlsx as it is, through ExcelJS, which keeps
 *      styles, merges, widths and print setup; an .xls rebuilt as an .xlsx (xlsWorkbook.ts);
 *   4. fill the sheet (template/fillSheet.ts) and write the .xlsx atomically.
 */
export interface InspectedTemplate {
  fileName: string;
  format: 'xlsx' | 'xls';
  data: Uint8Array;
  sheet: SheetData;
  table: DetectedTable;
  area: TemplateArea;
}

export function inspectTemplate(data: Uint8Array, fileName: string): InspectedTemplate {
  const book = readSpreadsheet(data, fileName);
  if (book.format === 'csv') throw new LedgerError('VALIDATION', `「${fileName}」不是 Excel 文件：模板须为 .xlsx 或 .xls`);
  const candidates = book.sheets
    .filter((s) => !s.hidden && s.rows.length > 0)
    .map((sheet) => {
      const table = detectTable(sheet);
      return { sheet, table, score: proposeMapping(table.columns).mapping.fields.length };
    });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (!best || best.table.columns.length === 0) throw new LedgerError('VALIDATION', `没有在「${fileName}」中找到表头：请确认模板中有“企业名称”“设备”“产能”等列名`);
  return { fileName, format: book.format, data, sheet: best.sheet, table: best.table, area: templateArea(best.table, best.sheet) };
}

export interface TemplateFillOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export async function buildFilledWorkbook(
  template: InspectedTemplate,
  mapping: Mapping,
  rows: readonly TemplateRow[],
  meta: ListMeta,
  opts: TemplateFillOptions = {},
): Promise<ExcelJS.Workbook> {
  let wb: ExcelJS.Workbook;
  if (template.format === 'xls') {
    wb = workbookFromXls(template.data, template.sheet.name, template.area);
  } else {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template.data) as unknown as ArrayBuffer);
  }
  const ws = wb.getWorksheet(template.sheet.name);
  if (!ws) throw new LedgerError('VALIDATION', `模板中找不到工作表「${template.sheet.name}」`);
  fillSheet(ws, {
    area: template.area,
    serialColumns: template.table.serialColumns.map((c) => c.index),
    infoRows: template.table.infoRows,
    mapping,
    rows,
    meta,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return wb;
}

export async function writeFilledTemplate(
  file: string,
  template: InspectedTemplate,
  mapping: Mapping,
  rows: readonly TemplateRow[],
  meta: ListMeta,
  opts: TemplateFillOptions = {},
): Promise<{ rows: number }> {
  throwIfCancelled(opts.signal);
  const wb = await buildFilledWorkbook(template, mapping, rows, meta, opts);
  throwIfCancelled(opts.signal);
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(file, new Uint8Array(buffer as ArrayBuffer), opts.signal ? { signal: opts.signal } : {});
  return { rows: rows.length };
}

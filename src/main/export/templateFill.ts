import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { LedgerError } from '../../shared/errors';
import { proposeMapping, type Mapping } from '../../shared/import/mapping';
import { detectTable, type DetectedTable } from '../../shared/import/table';
import type { SheetData } from '../../shared/import/types';
import type { ListMeta } from '../../shared/reports/listTypes';
import { templateArea, type TemplateArea } from '../../shared/reports/templateArea';
import { planYearOf } from '../../shared/reports/planYear';
import { allowedValuesInNotes, allowedValuesInValidation, isCountyColumn, translateRows, type AllowedColumn, type UntranslatedValue } from '../../shared/reports/templateColumns';
import type { TemplateRow } from '../../shared/reports/templateFill';
import { throwIfCancelled, writeFileAtomic } from '../fs/atomicWrite';
import { MESSAGES } from '../import/limits';
import { readSpreadsheet } from '../import/read';
import { clipTemplateRanges } from './template/rangeClip';
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
 *   4. translate the values of a column whose words the notes or a validation list
 *      (templateColumns.ts), fill the sheet (template/fillSheet.ts), the county's name in its
 *      县（市、区） column, and write the .xlsx atomically.
 */
export interface InspectedTemplate {
  fileName: string;
  format: 'xlsx' | 'xls';
  data: Uint8Array;
  sheet: SheetData;
  table: DetectedTable;
  area: TemplateArea;
  /** 0-based columns that take the county's name (县（市、区）, 县区, 填报单位). */
  countyColumns: number[];
  /** The year the title names (「聊城市2022年…」), else null. */
  year: number | null;
  /** The text under the table (填报说明…), where allowed values are listed. */
  notes: string;
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
  const { sheet, table } = best;
  const area = templateArea(table, sheet);
  const lineText = (r: number) => (sheet.rows[r - 1] ?? []).filter((v) => v !== null && v !== '').map(String).join(' ');
  return {
    fileName,
    format: book.format,
    data,
    sheet,
    table,
    area,
    countyColumns: table.columns.filter((c) => isCountyColumn(c.name)).map((c) => c.index),
    year: table.titleRows.map((r) => planYearOf(lineText(r))).find((y) => y !== null) ?? null,
    notes: area.footnoteRows.map(lineText).join('\n'),
  };
}

/** The mapped columns whose words the template's notes list, and the rows translated into them. */
export function allowedColumns(template: InspectedTemplate, mapping: Mapping, validations: ReadonlyMap<number, string[]> = new Map()): AllowedColumn[] {
  return mapping.fields.flatMap((f) => {
    if (!('column' in f)) return [];
    const header = template.table.columns.find((c) => c.index === f.column)?.name ?? '';
    const allowed = validations.get(f.column) ?? allowedValuesInNotes(template.notes, header);
    return allowed ? [{ target: f.target, column: f.column, header: header.split('/').pop()!, allowed }] : [];
  });
}

/** List validations on the first data row, by 0-based column: "拆除,封存,关停". */
function listValidations(ws: ExcelJS.Worksheet, row: number, width: number): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (let c = 1; c <= width; c++) {
    const v = ws.getCell(row, c).dataValidation;
    const list = v?.type === 'list' && v.formulae?.[0] ? allowedValuesInValidation(String(v.formulae[0])) : null;
    if (list) found.set(c - 1, list);
  }
  return found;
}

/**
 * The template as an ExcelJS workbook with its layout, ready for `rows` more rows: an .xlsx with its
 * ranges clipped to what the fill can reach (rangeClip.ts), an .xls rebuilt (xlsWorkbook.ts). A
 * file the import reader took but ExcelJS cannot open (a hyperlink without its relationship,
 * overlapping merges…) is refused in Chinese; the English reason goes to the log.
 */
export async function openTemplateBook(template: InspectedTemplate, rows: number): Promise<ExcelJS.Workbook> {
  try {
    if (template.format === 'xls') return workbookFromXls(template.data, template.sheet.name, template.area);
    const widest = template.sheet.rows.reduce((w, r) => Math.max(w, r.length), template.area.width);
    const reach = { rows: template.sheet.rows.length + rows + 100, columns: widest + 10 };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(clipTemplateRanges(template.data, reach)) as unknown as ArrayBuffer);
    return wb;
  } catch (err) {
    if (err instanceof LedgerError) throw err;
    throw new LedgerError('VALIDATION', MESSAGES.templateBroken(basename(template.fileName)), undefined, err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
}

export interface TemplateFillOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** The template is open (the part of a fill whose time a crafted file controls is over). */
  onOpened?: () => void;
}

export async function buildFilledWorkbook(
  template: InspectedTemplate,
  mapping: Mapping,
  rows: readonly TemplateRow[],
  meta: ListMeta,
  opts: TemplateFillOptions = {},
): Promise<{ wb: ExcelJS.Workbook; untranslated: UntranslatedValue[] }> {
  const wb = await openTemplateBook(template, rows.length);
  opts.onOpened?.();
  const ws = wb.getWorksheet(template.sheet.name);
  if (!ws) throw new LedgerError('VALIDATION', `模板中找不到工作表「${template.sheet.name}」`);
  const allowed = allowedColumns(template, mapping, listValidations(ws, template.area.dataStart, template.area.width));
  const translated = translateRows(rows, allowed);
  const mapped = new Set(mapping.fields.flatMap((f) => ('column' in f ? [f.column] : [])));
  fillSheet(ws, {
    area: template.area,
    countyColumns: template.countyColumns.filter((c) => !mapped.has(c)),
    serialColumns: template.table.serialColumns.map((c) => c.index),
    infoRows: template.table.infoRows,
    mapping,
    rows: translated.rows,
    meta,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { wb, untranslated: translated.untranslated };
}

export async function writeFilledTemplate(
  file: string,
  template: InspectedTemplate,
  mapping: Mapping,
  rows: readonly TemplateRow[],
  meta: ListMeta,
  opts: TemplateFillOptions = {},
): Promise<{ rows: number; untranslated: UntranslatedValue[] }> {
  throwIfCancelled(opts.signal);
  const { wb, untranslated } = await buildFilledWorkbook(template, mapping, rows, meta, opts);
  throwIfCancelled(opts.signal);
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(file, new Uint8Array(buffer as ArrayBuffer), opts.signal ? { signal: opts.signal } : {});
  return { rows: rows.length, untranslated };
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { templateRows } from '../../../src/main/db/repositories/templateRows';
import { inspectTemplate, writeFilledTemplate, type InspectedTemplate } from '../../../src/main/export/templateFill';
import { proposeMapping } from '../../../src/shared/import/mapping';
import type { TemplateRow } from '../../../src/shared/reports/templateFill';
import { countyWithExits, HOSTILE } from '../../support/countyRows';
import { META } from '../../support/countyLedger';
import { hasSoffice, pdfPages, squash, toPdf } from '../../support/render';
import { cityTemplate } from '../../support/cityTemplates';
import { templateFods } from '../../support/fods';
import { convertWithLibreOffice, newProfileDir } from '../../support/libreoffice';

/**
 * The acceptance round trip: a LibreOffice-made city template (two-row merged header, 15 blank
 * rows, 合计, footnotes) filled with 40 county rows, as .xlsx and from .xls.
 */
let dir: string;
let rows: TemplateRow[];
const filled: Record<'xlsx' | 'xls', { template: InspectedTemplate; file: string; before: ExcelJS.Worksheet; after: ExcelJS.Worksheet }> = {} as never;

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('退出情况')!;
}

/** A cell's text, rich text flattened (LibreOffice writes runs where digits meet ideographs). */
const text = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v));
const merges = (ws: ExcelJS.Worksheet) => [...((ws.model as { merges: string[] }).merges ?? [])].sort();

beforeAll(async () => {
  if (!hasSoffice()) return;
  dir = mkdtempSync(join(tmpdir(), '市模板-'));
  const fods = join(dir, '某某市退出情况统计表.fods');
  writeFileSync(fods, templateFods(cityTemplate()));
  const profile = newProfileDir();
  const ctx = countyWithExits(40);
  rows = templateRows(ctx.db, 'exited', 2026);
  for (const format of ['xlsx', 'xls'] as const) {
    const source = await convertWithLibreOffice(fods, format, dir, profile);
    const template = inspectTemplate(readFileSync(source), source);
    const file = join(dir, `已填-${format}.xlsx`);
    await writeFilledTemplate(file, template, proposeMapping(template.table.columns).mapping, rows, META);
    const before = format === 'xlsx' ? await sheetOf(source) : (null as never);
    filled[format] = { template, file, before, after: await sheetOf(file) };
  }
}, 180_000);

describe.skipIf(!hasSoffice())('filling a city template', () => {
  it('finds the header, the 15 blank rows, 合计 and the footnotes', () => {
    expect(filled.xlsx.template.area).toMatchObject({ headerFirst: 3, headerLast: 4, dataStart: 5, templateRows: 15, totalRow: 20, footnoteRows: [21, 22], width: 10 });
  });

  it.each(['xlsx', 'xls'] as const)('writes all 40 rows in order (%s)', (format) => {
    const ws = filled[format].after;
    expect(rows).toHaveLength(40);
    rows.forEach((row, i) => {
      expect(ws.getCell(5 + i, 1).value).toBe(i + 1);
      expect(ws.getCell(5 + i, 2).value).toBe(row['enterprise.name']);
      expect(ws.getCell(5 + i, 5).value).toBe(row['line.name']);
      expect(ws.getCell(5 + i, 7).value).toBe(row['line.capacity']);
    });
    expect(ws.getCell(5, 9).value).toEqual(new Date(`${rows[0]!['line.exitDate']}T00:00:00Z`));
  });

  it.each(['xlsx', 'xls'] as const)('puts 合计 under the data, computed, and the footnotes below it (%s)', (format) => {
    const ws = filled[format].after;
    const capacity = Math.round(rows.reduce((s, r) => s + (r['line.capacity'] as number), 0) * 1e6) / 1e6;
    expect(ws.getCell('A45').value).toBe('合计');
    expect(ws.getCell('F45').value).toBe(40);
    expect(ws.getCell('G45').value).toBe(capacity);
    expect(ws.getCell('H45').value).toBe('万吨');
    expect(text(ws.getCell('A46').value)).toMatch(/^填报说明/);
    expect(ws.getCell('A47').value).toBe('填表人：');
    expect(ws.getCell('F47').value).toBe('联系电话：');
    expect(ws.getCell('A2').value).toBe(`填报单位（盖章）：${META.reportingUnit}`);
    expect(ws.getCell('G2').value).toBe('填报日期：2026年11月20日');
  });

  it.each(['xlsx', 'xls'] as const)('keeps every merge: header merges in place, 合计 and notes moved down with their rows (%s)', (format) => {
    expect(merges(filled[format].after)).toEqual(
      ['A1:J1', 'A2:D2', 'G2:J2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:H3', 'I3:I4', 'J3:J4', 'A45:D45', 'A46:J46', 'A47:D47', 'F47:J47'].sort(),
    );
  });

  it('keeps the .xlsx template’s styles, column widths and print setup', () => {
    const { before, after } = filled.xlsx;
    for (let c = 1; c <= 10; c++) expect(after.getColumn(c).width).toBeCloseTo(before.getColumn(c).width!, 5);
    expect(after.getCell('B3').font?.bold).toBe(true);
    expect(after.getCell('B3').fill).toEqual(before.getCell('B3').fill);
    expect(after.getCell('A1').font?.size).toBe(before.getCell('A1').font?.size);
    for (const r of [5, 19, 20, 44, 45]) expect(after.getCell(r, 2).border?.bottom?.style).toBe('thin');
    expect(after.getRow(44).height).toBeCloseTo(before.getRow(19).height!, 5);
    expect(after.getRow(46).height).toBeCloseTo(before.getRow(21).height!, 5);
    expect(after.pageSetup.orientation).toBe('landscape');
    expect(after.pageSetup.orientation).toBe(before.pageSetup.orientation);
    expect(after.pageSetup.printTitlesRow).toBe(before.pageSetup.printTitlesRow);
    expect(after.pageSetup.fitToWidth).toBe(before.pageSetup.fitToWidth);
  });

  it('turns an .xls template into an .xlsx with its widths, text and plain borders', async () => {
    const xls = XLSX.read(readFileSync(filled.xls.template.fileName), { cellStyles: true });
    const cols = xls.Sheets['退出情况']!['!cols']!;
    const ws = filled.xls.after;
    cols.slice(0, 10).forEach((col, c) => expect(ws.getColumn(c + 1).width).toBeCloseTo(col.wch ?? ((col.wpx ?? 0) - 5) / 7, 1));
    expect(ws.getCell('A1').value).toBe('某某市2026年落后产能退出情况统计表');
    expect(ws.getCell('E4').value).toBe('名称');
    for (const r of [3, 4, 5, 44, 45]) for (const c of [1, 10]) expect(ws.getCell(r, c).border?.left?.style).toBe('thin');
    expect(ws.getCell('A46').border?.left).toBeUndefined();
  });

  it('writes a formula-like enterprise name and note as literal text', () => {
    const ws = filled.xlsx.after;
    const r = rows.findIndex((x) => x['enterprise.name'] === HOSTILE);
    expect(ws.getCell(5 + r, 2).value).toBe(HOSTILE);
    expect(ws.getCell(5 + r, 2).numFmt).toBe('@');
    const raw = XLSX.read(readFileSync(filled.xlsx.file), { cellFormula: true }).Sheets['退出情况']!;
    expect(Object.keys(raw).filter((k) => !k.startsWith('!') && (raw[k] as XLSX.CellObject).f !== undefined)).toEqual([]);
  });

  it('prints all 40 rows, 合计 and then the footnotes, one page wide', async () => {
    const [pdf] = await toPdf([filled.xlsx.file], dir);
    const text = squash(pdfPages(pdf!).join(''));
    expect(text).toContain('某某市2026年落后产能退出情况统计表');
    let at = 0;
    for (const row of rows) {
      const name = squash(String(row['line.name']));
      const next = text.indexOf(name, at);
      expect(next, `${name} 应在上一行之后`).toBeGreaterThan(at - 1);
      at = next;
    }
    expect(text.indexOf('合计', at)).toBeGreaterThan(at);
    expect(text.indexOf('填报说明', at)).toBeGreaterThan(text.indexOf('合计', at));
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildFilledWorkbook, inspectTemplate } from '../../../src/main/export/templateFill';
import { shiftFormula, shiftRange } from '../../../src/main/export/template/sheetRows';
import { proposeMapping } from '../../../src/shared/import/mapping';
import type { TemplateRow } from '../../../src/shared/reports/templateFill';
import { META } from '../../support/countyLedger';

/** Templates of other shapes, made with ExcelJS: fewer rows than blank rows, none at all, no 合计. */
async function template(opts: { blank: number; total: boolean; notes: boolean; totalFormula?: boolean }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表1');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '落后产能退出情况表';
  ['序号', '企业名称', '设备名称', '产能', '产能单位', '附注项'].forEach((h, c) => {
    const cell = ws.getCell(2, c + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  let r = 3;
  for (let i = 0; i < opts.blank; i++, r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).border = { bottom: { style: 'thin' }, left: { style: 'thin' } };
  if (opts.total) {
    ws.getCell(r, 1).value = '合计';
    if (opts.totalFormula) ws.getCell(r, 6).value = { formula: `COUNTA(B3:B${r - 1})` };
    r++;
  }
  if (opts.notes) {
    ws.mergeCells(r, 1, r, 5);
    ws.getCell(r, 1).value = '填表人：';
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const rows = (n: number): TemplateRow[] =>
  Array.from({ length: n }, (_, i) => ({ 'enterprise.id': i % 3, 'enterprise.name': `企业${i % 3}`, 'line.name': `设备${i + 1}`, 'line.capacity': 1, 'line.capacityUnit': '万吨' }));

async function fill(data: Uint8Array, n: number): Promise<ExcelJS.Worksheet> {
  const t = inspectTemplate(data, '表.xlsx');
  const { wb } = await buildFilledWorkbook(t, proposeMapping(t.table.columns).mapping, rows(n), META);
  return wb.getWorksheet('表1')!;
}

describe('filling templates of other shapes', () => {
  it('leaves the unused blank rows blank and 合计 where it was when the county has fewer rows', async () => {
    const ws = await fill(await template({ blank: 10, total: true, notes: true }), 4);
    expect(ws.getCell('B6').value).toBe('企业0');
    expect(ws.getCell('C6').value).toBe('设备4');
    expect(ws.getCell('C7').value).toBeNull();
    expect(ws.getCell('A13').value).toBe('合计');
    expect(ws.getCell('D13').value).toBe(4);
    expect(ws.getCell('E13').value).toBe('万吨');
    expect(ws.getCell('A14').value).toBe('填表人：');
  });

  it('inserts every row above a 合计 that follows the header directly, bordered but not bold', async () => {
    const ws = await fill(await template({ blank: 0, total: true, notes: true }), 3);
    expect([3, 4, 5].map((r) => ws.getCell(r, 3).value)).toEqual(['设备1', '设备2', '设备3']);
    expect(ws.getCell('C4').font?.bold).toBe(false);
    expect(ws.getCell('C4').fill).toBeUndefined();
    expect(ws.getCell('C4').border?.top?.style).toBe('thin');
    expect(ws.getCell('A6').value).toBe('合计');
    expect((ws.model as { merges: string[] }).merges).toContain('A7:E7');
  });

  it('writes straight under the header when the template has neither 合计 nor notes', async () => {
    const ws = await fill(await template({ blank: 2, total: false, notes: false }), 5);
    expect([3, 4, 5, 6, 7].map((r) => ws.getCell(r, 1).value)).toEqual([1, 2, 3, 4, 5]);
    expect(ws.getCell('C7').border?.left?.style).toBe('thin');
  });

  it('moves a 合计 formula with its row and grows its range over the new rows', async () => {
    const ws = await fill(await template({ blank: 2, total: true, notes: false, totalFormula: true }), 6);
    expect(ws.getCell('A9').value).toBe('合计');
    expect(ws.getCell('E9').value).toBe('万吨');
    // 附注项 is not mapped: its formula over the two blank rows now covers all six.
    expect((ws.getCell('F9').value as ExcelJS.CellFormulaValue).formula).toBe('COUNTA(B3:B8)');
  });
});

describe('moving references when rows are inserted', () => {
  it('shifts references at or below the insertion and grows a range ending just above it', () => {
    expect(shiftFormula('SUM(D5:D19)', 20, 25)).toBe('SUM(D5:D44)');
    expect(shiftFormula('D20*2+$E$21', 20, 3)).toBe('D23*2+$E$24');
    expect(shiftFormula('SUM(D1:D4)+LOG10(D30)', 20, 3)).toBe('SUM(D1:D4)+LOG10(D33)');
    expect(shiftRange([21, 1, 21, 10], 20, 5)).toEqual([26, 1, 26, 10]);
    expect(shiftRange([3, 1, 4, 1], 20, 5)).toEqual([3, 1, 4, 1]);
    expect(shiftRange([10, 1, 25, 1], 20, 5)).toEqual([10, 1, 30, 1]);
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ServiceContext } from '../../../src/main/services/context';
import { exportReport } from '../../../src/main/services/reports';
import { updateSettings } from '../../../src/main/services/settings';
import { META, buildCountyLedger } from '../../support/countyLedger';
import { hasSoffice, pdfPageSizes, pdfPages, squash, toPdf } from '../../support/render';

const HOSTILE = '=HYPERLINK("http://x","y")';
let ctx: ServiceContext;
let dir: string;
const files: Record<string, string> = {};

async function sheet(name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files[name]!);
  return wb.worksheets[0]!;
}

/** A row's values from column A, blank cells as null. */
function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  return Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(r, c + 1).value ?? null);
}

beforeAll(async () => {
  ctx = buildCountyLedger();
  dir = mkdtempSync(join(tmpdir(), '名单-'));
  updateSettings(ctx, { countyName: META.countyName });
  // Through the service the 报表 screen's export job and `ledger export` call.
  const reports = { 责任清单: 'responsibility', 退出名单: 'exit', 黄牌名单: 'yellow', 红牌名单: 'red', 超标排放: 'emission', 未按期退出: 'overdue', 汇总: 'summary' } as const;
  for (const [name, report] of Object.entries(reports)) {
    files[name] = join(dir, `${name}.xlsx`);
    await exportReport(ctx, report, META.year, 'xlsx', files[name], { reportDate: META.reportDate });
  }
});

describe('styled lists', () => {
  it('carry the title, the 填报单位 and 填报日期 line, the units line and print setup', async () => {
    const ws = await sheet('退出名单');
    expect(ws.getCell('A1').value).toBe('示例县2026年度落后产能退出企业名单、设备（生产线）和产能情况');
    expect(ws.getCell('A2').value).toBe('填报单位（盖章）：示例县工业和信息化局');
    expect(String(ws.getCell(2, 9).value)).toBe('填报日期：2026年11月20日');
    expect(ws.getCell('A3').value).toBe('单位：数量、产能按各行所列单位计');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' });
    expect(ws.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:N1', 'A4:A5', 'H4:I4', 'J4:K4']));
  });

  it('has two header rows where columns are grouped', async () => {
    const ws = await sheet('退出名单');
    expect(rowValues(ws, 4).slice(7, 11)).toEqual(['设备数量', '设备数量', '产能', '产能']);
    expect(rowValues(ws, 5).slice(7, 11)).toEqual(['数量', '单位', '数值', '单位']);
    expect(ws.getCell('D4').value).toBe('统一社会信用代码');
    expect(ws.getCell('D6').border?.top?.style).toBe('thin');
  });

  it('writes rows with real numbers and dates, and totals capacity per unit', async () => {
    const ws = await sheet('退出名单');
    expect(rowValues(ws, 6).slice(0, 3)).toEqual([1, '白塔乡', '示例县光明玻璃厂']);
    expect(ws.getCell('J7').value).toBe(3.5);
    expect(ws.getCell('M7').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('M7').value).toEqual(new Date(Date.UTC(2026, 8, 15)));
    const total = rowValues(ws, 9);
    expect(total[0]).toBe('合计');
    expect(total[2]).toBe('3家');
    expect(total[5]).toBe('3项');
    expect(total[7]).toBe('3台\n1条');
    expect(total[9]).toBe('4.3万吨\n120万重量箱');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['H9:I9', 'J9:K9']));
  });

  it('gives a single unit its number and unit in the 合计 row', async () => {
    const ws = await sheet('未按期退出');
    const total = rowValues(ws, 8);
    expect(total.slice(0, 2)).toEqual(['合计', null]);
    expect(total.slice(5, 8)).toEqual(['2项', 31.5, '万吨']);
  });

  it('writes the summary with its per-unit totals', async () => {
    const ws = await sheet('汇总');
    expect(rowValues(ws, 4).slice(5, 11)).toEqual(['年度计划', '年度计划', '年度计划', '已退出', '已退出', '已退出']);
    expect(rowValues(ws, 10).slice(0, 11)).toEqual(['合计', null, null, null, '万吨', 2, 3, 5.8, 2, 2, 4.3]);
    expect(rowValues(ws, 12)[0]).toBe('总计');
    expect(ws.getCell('L6').numFmt).toBe('0.0%');
  });

  it('keeps formula-like text literal in every list', async () => {
    for (const name of ['责任清单', '退出名单', '黄牌名单']) {
      const ws = await sheet(name);
      const cell = ws.getColumn(3).values.includes(HOSTILE) ? ws.getCell(ws.getColumn(3).values.indexOf(HOSTILE), 3) : undefined;
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt).toBe('@');
      const raw = XLSX.read(readFileSync(files[name]!), { cellFormula: true }).Sheets[ws.name]!;
      expect(Object.keys(raw).filter((k) => !k.startsWith('!') && (raw[k] as XLSX.CellObject).f !== undefined)).toEqual([]);
    }
  });
});

describe.skipIf(!hasSoffice())('styled lists printed by LibreOffice', () => {
  let pdfs: Record<string, string[]>;
  let sizes: Record<string, { width: number; height: number }[]>;
  beforeAll(async () => {
    const names = Object.keys(files);
    const out = await toPdf(names.map((n) => files[n]!), dir);
    pdfs = Object.fromEntries(names.map((n, i) => [n, pdfPages(out[i]!)]));
    sizes = Object.fromEntries(names.map((n, i) => [n, pdfPageSizes(out[i]!)]));
  });

  it('prints every list landscape, one page wide, with title, header and totals', () => {
    const titles: Record<string, string> = {
      责任清单: '示例县2026年落后产能退出任务责任清单',
      退出名单: '示例县2026年度落后产能退出企业名单、设备（生产线）和产能情况',
      黄牌名单: '示例县2026年不达标应限期整改企业名单（黄牌名单）',
      红牌名单: '示例县2026年经整改仍不达标已依法关闭企业名单（红牌名单）',
      超标排放: '示例县2026年超标排放企业名单',
      未按期退出: '示例县2026年未按期退出落后产能企业名单',
      汇总: '示例县2026年落后产能退出情况汇总表',
    };
    for (const [name, title] of Object.entries(titles)) {
      const pages = pdfs[name]!;
      expect(pages, name).toHaveLength(1);
      expect(sizes[name]![0]!.width).toBeGreaterThan(sizes[name]![0]!.height);
      const text = squash(pages[0]!);
      expect(text).toContain(squash(title));
      expect(text).toContain('填报单位（盖章）：示例县工业和信息化局');
      expect(text).toContain('序号');
      expect(text).toMatch(/合计/);
      expect(text).toContain('第1页，共1页');
    }
  });

  it('prints the last column on the page and the hostile name as text', () => {
    expect(squash(pdfs['退出名单']![0]!)).toContain('备注');
    expect(squash(pdfs['退出名单']![0]!)).toContain('@备注');
    expect(squash(pdfs['责任清单']![0]!)).toContain('完成时限');
    // The name wraps in its column, so its two printed lines are checked apart.
    expect(squash(pdfs['退出名单']![0]!)).toContain('=HYPERLINK(');
    expect(squash(pdfs['退出名单']![0]!)).toContain('"http://x","y")');
    expect(squash(pdfs['汇总']![0]!)).toContain('74.1%');
  });

  it('prints dates as 2026-09-15, whole, never as ### for want of width', () => {
    expect(pdfs['退出名单']![0]).toContain('2026-09-15');
    expect(pdfs['责任清单']![0]).toContain('2026-10-31');
    for (const [name, pages] of Object.entries(pdfs)) expect(`${name}${pages.join('')}`).not.toContain('###');
  });
});

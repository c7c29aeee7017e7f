import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeStyledList, type ListProgress } from '../../../src/main/export/styledList';
import { exportReport } from '../../../src/main/services/reports';
import { EXIT_LIST } from '../../../src/shared/reports/listDefinitions';
import type { LineListRow } from '../../../src/shared/reports/listTypes';
import { META, addEnterprise, addLine } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';

function syntheticRow(i: number): LineListRow {
  return {
    lineId: i, enterpriseId: Math.floor(i / 3), county: '', enterpriseName: `企业${Math.floor(i / 3)}`, uscc: null, town: `镇${i % 7}`, industry: '铸造',
    lineName: '中频炉', spec: '1吨', quantity: 1, quantityUnit: '台', capacity: 0.5, capacityUnit: '万吨', exitMethod: '拆除',
    planYear: 2026, plannedExitDate: null, exitDate: '2026-06-01', acceptanceDate: null, localUnit: null, supervisingDept: null, notes: null,
  };
}

function* rows(n: number, failAt = -1): Generator<LineListRow> {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error('读取台账出错');
    yield syntheticRow(i);
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), '流式-'));
});

describe('streaming list writer', () => {
  it('streams thousands of rows, reporting progress up to the total', async () => {
    const file = join(dir, '退出名单.xlsx');
    const seen: ListProgress[] = [];
    const result = await writeStyledList(file, EXIT_LIST, META, rows(5_000), { expectedRows: 5_000, onProgress: (p) => seen.push(p) });
    expect(result.rows).toBe(5_000);
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 5_000, total: 5_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(5_005, 1).value).toBe(5_000);
    expect(ws.getCell(5_006, 1).value).toBe('合计');
    expect(ws.getCell(5_006, 10).value).toBe(2_500);
    expect(ws.autoFilter).toBeDefined();
  });

  it('leaves no file and no temporary file when cancelled midway', async () => {
    const file = join(dir, '退出名单.xlsx');
    const controller = new AbortController();
    const run = writeStyledList(file, EXIT_LIST, META, rows(20_000), { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous export whole when cancelled or when reading fails', async () => {
    const file = join(dir, '退出名单.xlsx');
    writeFileSync(file, '上次导出的完整文件');
    const controller = new AbortController();
    await expect(writeStyledList(file, EXIT_LIST, META, rows(20_000), { signal: controller.signal, onProgress: () => controller.abort() })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    await expect(writeStyledList(file, EXIT_LIST, META, rows(3_000, 2_000))).rejects.toThrow('读取台账出错');
    expect(readFileSync(file, 'utf8')).toBe('上次导出的完整文件');
    expect(readdirSync(dir)).toEqual(['退出名单.xlsx']);
  });

  it('writes the exit list from the ledger a page at a time, in list order', async () => {
    const ctx = memoryContext();
    const towns = ['城关镇', '白塔乡', '北关镇'];
    ctx.db.transaction(() => {
      for (let e = 0; e < 30; e++) {
        const id = addEnterprise(ctx, { name: `企业${String(e).padStart(2, '0')}`, town: towns[e % 3], industry: '铸造' });
        for (let l = 0; l < 100; l++) addLine(ctx.db, { enterpriseId: id, name: `炉${l}`, capacity: 1, capacityUnit: '万吨', exitDate: '2026-05-01' });
      }
    })();
    const file = join(dir, '退出名单.xlsx');
    const seen: ListProgress[] = [];
    const result = await exportReport(ctx, 'exit', META.year, 'xlsx', file, { reportDate: META.reportDate, onProgress: (done, total) => seen.push({ done, total }) });
    expect(result.rows).toBe(3_000);
    expect(seen.at(-1)).toEqual({ done: 3_000, total: 3_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const townColumn = Array.from({ length: 3_000 }, (_, i) => ws.getCell(6 + i, 2).value);
    expect(townColumn[0]).toBe('白塔乡');
    expect(townColumn[999]).toBe('白塔乡');
    expect(townColumn[1000]).toBe('北关镇');
    expect(townColumn[2999]).toBe('城关镇');
    expect(ws.getCell(3_006, 10).value).toBe(3_000);
  });
});

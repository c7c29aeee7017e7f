import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCountyPackage } from '../../../src/main/services/countyPackage';
import { rollupFiles } from '../../../src/main/services/rollupFiles';
import { updateSettings } from '../../../src/main/services/settings';
import { describeTemplate, fillHeldTemplate, holdTemplate } from '../../../src/main/services/templates';
import { addEnterprise, addLine } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'city-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function countyPackage(county: string, firms: [string, string, string, number][]): Promise<string> {
  const ctx = memoryContext();
  updateSettings(ctx, { countyName: county, year: 2026 });
  for (const [name, town, line, capacity] of firms) {
    const id = addEnterprise(ctx, { name, town, industry: '铸造' });
    addLine(ctx.db, { enterpriseId: id, name: line, capacity, capacityUnit: '万吨', planYear: 2026, exitMethod: '拆除' });
  }
  const file = join(dir, `${county}.xlsx`);
  await exportCountyPackage(ctx, 2026, file);
  return file;
}

async function cityTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('退出任务');
  ws.addRow(['聊城市2026年落后产能退出任务表']);
  ws.addRow(['序号', '县（市、区）', '企业名称', '乡镇（街道）', '设备名称', '产能', '产能单位']);
  for (let i = 0; i < 6; i++) ws.addRow([]);
  ws.addRow(['合计']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the city template filled across the counties', () => {
  it('writes every county’s rows, county by county, each with its own 县（市、区）', async () => {
    const city = memoryContext();
    updateSettings(city, { countyName: '聊城市', level: '市', year: 2026 });
    const run = await rollupFiles(city, [
      await countyPackage('阳谷县', [['阳谷县景阳铸造厂', '阿城镇', '中频炉', 1.2]]),
      await countyPackage('冠县', [['冠县宏达铸造有限公司', '城关镇', '冲天炉', 0.8], ['冠县北关铸件厂', '北关镇', '中频炉', 2]]),
    ]);
    expect(run.files.map((f) => f.verdict)).toEqual(['new', 'new']);
    const { token, template } = await holdTemplate(await cityTemplate(), '聊城市退出任务表.xlsx');
    const info = describeTemplate(city, token, template);
    expect(info.countyColumns).toEqual([1]);
    const out = join(dir, '聊城市退出任务表（汇总）.xlsx');
    const r = await fillHeldTemplate(city, template, { year: 2026, source: 'planned', mapping: info.mapping, file: out });
    expect(r.rows).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const rows = [3, 4, 5].map((n) => [1, 2, 3, 4, 5, 6].map((c) => ws.getRow(n).getCell(c).value));
    // 冠县 before 阳谷县 (pinyin G before Y); within a county by town, 北关镇 before 城关镇.
    expect(rows).toEqual([
      [1, '冠县', '冠县北关铸件厂', '北关镇', '中频炉', 2],
      [2, '冠县', '冠县宏达铸造有限公司', '城关镇', '冲天炉', 0.8],
      [3, '阳谷县', '阳谷县景阳铸造厂', '阿城镇', '中频炉', 1.2],
    ]);
  });
});

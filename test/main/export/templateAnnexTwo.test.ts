import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateRows } from '../../../src/main/db/repositories/templateRows';
import { inspectTemplate, writeFilledTemplate, type InspectedTemplate } from '../../../src/main/export/templateFill';
import { proposeMapping } from '../../../src/shared/import/mapping';
import type { UntranslatedValue } from '../../../src/shared/reports/templateColumns';
import { addEnterprise, addLine, META } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';
import { hasSoffice, pdfPages, squash, toPdf, toPng } from '../../support/render';
import { annexTwoTemplate } from '../../support/cityTemplates';
import { templateFods } from '../../support/fods';
import { convertWithLibreOffice, newProfileDir } from '../../support/libreoffice';

/**
 * Issue 13's 附件2, made in LibreOffice: 县（市、区）, 名称 and 数量（台/套） under the merged
 * 落后生产设备（生产线）, tall header rows, 15 blank rows, 合计, and a 填报说明 allowing only
 * 拆除, 封存 or 关停 — filled for the year its title names, read back with ExcelJS, rendered.
 */
const METHODS = ['关停整个企业', '断水断电·拆除动力装置·封存主体设备', '拆除', ' 拆除 ', '关停整个企业', '转型升级'];
const OUT = '/tmp/i13/annex-two';
let template: InspectedTemplate;
let before: ExcelJS.Worksheet;
let after: ExcelJS.Worksheet;
let untranslated: UntranslatedValue[];
let written: number;
let pdf: string;

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('附件2')!;
}

beforeAll(async () => {
  if (!hasSoffice()) return;
  mkdirSync(OUT, { recursive: true });
  const fods = join(OUT, '附件2.fods');
  writeFileSync(fods, templateFods(annexTwoTemplate()));
  const source = await convertWithLibreOffice(fods, 'xlsx', OUT, newProfileDir());
  template = inspectTemplate(readFileSync(source), source);

  const ctx = memoryContext();
  METHODS.forEach((exitMethod, i) => {
    const e = addEnterprise(ctx, { name: `茌平县${['信发', '华信', '鲁西', '金岳'][i % 4]}铸造有限公司${i + 1}厂`, town: ['振兴街道', '博平镇', '韩屯镇'][i % 3] });
    addLine(ctx.db, { enterpriseId: e, name: i % 2 ? '1吨中频感应炉' : '工频感应炉（地条钢）', quantity: 1 + (i % 3), quantityUnit: '台', capacity: 1.5 + i, capacityUnit: '万吨', exitMethod, planYear: 2022 });
  });
  addLine(ctx.db, { enterpriseId: 1, name: '2026年的线', capacity: 9, capacityUnit: '万吨', exitMethod: '拆除', planYear: 2026 });
  const rows = templateRows(ctx.db, 'planned', template.year ?? 2026);
  written = rows.length;
  const file = join(OUT, '附件2（已填）.xlsx');
  ({ untranslated } = await writeFilledTemplate(file, template, proposeMapping(template.table.columns).mapping, rows, META));
  before = await sheetOf(source);
  after = await sheetOf(file);
  [pdf] = await toPdf([file], OUT);
  await toPng(pdf!, join(OUT, 'page'), 80);
}, 240_000);

describe.skipIf(!hasSoffice())('filling issue 13’s 附件2 made in LibreOffice', () => {
  it('takes the year from the title and finds the county column', () => {
    expect(template.year).toBe(2022);
    expect(written).toBe(METHODS.length);
    expect(template.table.columns.filter((c) => template.countyColumns.includes(c.index)).map((c) => c.name)).toEqual(['县（市、区）']);
  });

  it('fills every data row with the county, the equipment name under the merged header and an allowed exit word', () => {
    for (let i = 0; i < METHODS.length; i++) {
      const r = 5 + i;
      expect(after.getCell(r, 1).value).toBe(i + 1);
      expect(after.getCell(r, 2).value).toBe(META.countyName);
      expect(String(after.getCell(r, 4).value)).toMatch(/感应炉/);
      expect(typeof after.getCell(r, 5).value).toBe('number');
    }
    const words = Array.from({ length: METHODS.length }, (_, i) => after.getCell(5 + i, 7).value);
    // 关停整个企业 → 关停, 断水断电·拆除动力装置·封存主体设备 → 封存; 转型升级 has no translation and is reported.
    expect(words.map(String).sort()).toEqual(['关停', '关停', '封存', '拆除', '拆除', '转型升级'].sort());
  });

  it('reports the value the 填报说明 has no word for, with its row and column', () => {
    expect(untranslated).toHaveLength(1);
    expect(untranslated[0]).toMatchObject({ header: '退出方式', value: '转型升级', allowed: ['拆除', '封存', '关停'] });
  });

  it('keeps the header row heights, the data rows’ style and the footnote', () => {
    for (const r of [1, 2, 3, 4]) expect(after.getRow(r).height).toBeCloseTo(before.getRow(r).height!, 3);
    expect(after.getRow(4).height!).toBeGreaterThan(40);
    expect(after.getRow(5).height).toBeCloseTo(before.getRow(5).height!, 3);
    expect(after.getCell('B5').border?.bottom?.style).toBe('thin');
    expect(after.getCell('A20').value).toBe('合计');
    expect(after.getCell('E20').value).toBe(METHODS.reduce((s, _m, i) => s + 1 + (i % 3), 0));
    const note = after.getCell('A21').value;
    expect(String(note && typeof note === 'object' && 'richText' in note ? note.richText.map((t) => t.text).join('') : note)).toContain('退出方式填写“拆除”“封存”或“关停”');
    expect(after.pageSetup.printTitlesRow).toBe(before.pageSetup.printTitlesRow);
  });

  it('prints the header whole and every row’s county and exit word', () => {
    const text = squash(pdfPages(pdf).join(''));
    // Each header cell's lines come out in reading order, so its words are checked one by one.
    for (const word of ['落后生产设备（生产线）', '数量', '（台/套）', '名称']) expect(text).toContain(word);
    expect(text).toContain('聊城市2022年落后产能退出情况表');
    expect(text.split(META.countyName).length - 1).toBeGreaterThanOrEqual(METHODS.length);
    expect(text).toContain('填报说明');
  });
});

describe('the order rows are written in', () => {
  it('is by town, by enterprise or as entered, as the user picks', () => {
    const ctx = memoryContext();
    const b = addEnterprise(ctx, { name: '乙公司', town: '博平镇' });
    const a = addEnterprise(ctx, { name: '甲公司', town: '振兴街道' });
    addLine(ctx.db, { enterpriseId: a, name: '先录入', planYear: 2022 });
    addLine(ctx.db, { enterpriseId: b, name: '后录入', planYear: 2022 });
    const names = (order: 'town' | 'enterprise' | 'entry') => templateRows(ctx.db, 'planned', 2022, order).map((r) => r['line.name']);
    expect(names('town')).toEqual(['后录入', '先录入']); // 博平镇 before 振兴街道
    expect(names('enterprise')).toEqual(['先录入', '后录入']); // 甲 before 乙
    expect(names('entry')).toEqual(['先录入', '后录入']);
    addLine(ctx.db, { enterpriseId: b, name: '再录入', planYear: 2022 });
    expect(names('entry')).toEqual(['先录入', '后录入', '再录入']);
    expect(names('enterprise')).toEqual(['先录入', '后录入', '再录入']);
  });
});

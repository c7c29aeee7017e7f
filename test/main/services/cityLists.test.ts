import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createContext, type ServiceContext } from '../../../src/main/services/context';
import { yearStatistics } from '../../../src/main/db/repositories/statistics';
import { exportReport, previewReport } from '../../../src/main/services/reports';
import { createTask } from '../../../src/main/services/tasks';
import { buildCountyLedger } from '../../support/countyLedger';
import { buildCityLedger } from '../../support/cityLedger';
import { zipPart } from '../../support/render';

/** The lists are drawn up on 2026-11-20, when the 能耗 and 质量 cases carry yellow cards. */
const onReportDay = (ctx: ServiceContext) => createContext(ctx.db, { dbPath: ':memory:', now: () => new Date('2026-11-20T08:00:00Z') });

describe('a city ledger’s lists by county (issue 16 item 5)', () => {
  const city = onReportDay(buildCityLedger());

  it('the yellow and red lists carry a 县（市、区） column after 序号; the yellow list runs county by county', () => {
    for (const report of ['yellow', 'red'] as const) {
      expect(previewReport(city, report, 2026).columns.slice(0, 3).map((c) => c.title)).toEqual(['序号', '县（市、区）', '乡镇（街道）']);
    }
    const p = previewReport(city, 'yellow', 2026, 100);
    const perCounty = previewReport(onReportDay(buildCountyLedger()), 'yellow', 2026, 100).total;
    expect(perCounty).toBeGreaterThan(0);
    expect(p.total).toBe(3 * perCounty);
    // Pinyin order of the counties (guān, shēn, yáng), each county's rows together.
    expect(p.rows.map((r) => r.county)).toEqual(['冠县', '莘县', '阳谷县'].flatMap((c) => Array<string>(perCounty).fill(c)));
  });

  it('the summary is by county × industry × dimension: the county takes the town’s place', () => {
    const p = previewReport(city, 'summary', 2026, 100);
    const titles = p.columns.map((c) => c.title);
    expect(titles.slice(0, 4)).toEqual(['序号', '县（市、区）', '行业', '类别']);
    expect(titles).not.toContain('乡镇（街道）');
    const guan = p.rows.filter((r) => r.county === '冠县');
    expect(guan.map((r) => `${r.industry}/${r.dimension}/${r.capacityUnit}/${r.plannedLines}/${r.exitedLines}`)).toEqual([
      '平板玻璃/环保/万重量箱/1/1',
      '铸造/能耗/万吨/1/1',
      '铸造/质量/万吨/1/1',
      '铸造/技术/万吨/1/0',
    ]);
    expect(p.rows.map((r) => r.county)).toEqual([...guan, ...guan, ...guan].map((_, i) => ['冠县', '莘县', '阳谷县'][Math.floor(i / guan.length)]));
  });

  it('统计 counts each county’s towns apart, labelled 县·镇: the counties’ same-named towns are not added together', () => {
    const perCounty = yearStatistics(buildCountyLedger().db, 2026).byTown;
    expect(perCounty.length).toBeGreaterThan(1);
    const byTown = yearStatistics(city.db, 2026, true).byTown;
    expect(byTown).toEqual(['冠县', '莘县', '阳谷县'].flatMap((c) => perCounty.map((t) => ({ ...t, town: `${c}·${t.town}` }))));
  });

  it('a county ledger’s lists are unchanged: no county column, the summary by town', () => {
    const county = onReportDay(buildCountyLedger());
    expect(previewReport(county, 'yellow', 2026).columns.map((c) => c.title)).not.toContain('县（市、区）');
    const summary = previewReport(county, 'summary', 2026).columns.map((c) => c.title);
    expect(summary).toContain('乡镇（街道）');
    expect(summary).not.toContain('县（市、区）');
  });
});

describe('a city ledger’s annex (issue 16 item 5)', () => {
  it('puts the city’s own tasks first under 市本级, then each county’s under its name, in pinyin order', async () => {
    const city = buildCityLedger();
    const add = (county: string, content: string) => {
      const id = createTask(city, { year: 2026, section: '重点任务', category: '强化产能退出', content, leadDepartments: ['县工信局'], completionText: '12月底' }).row.id;
      city.db.prepare('UPDATE tasks SET county = ? WHERE id = ?').run(county, id);
    };
    add('阳谷县', '关停阳谷县2吨以下中频炉');
    add('冠县', '淘汰冠县落后水泥粉磨站');
    add('', '督导各县（市、区）退出进度');
    add('冠县', '开展冠县能耗专项监察');
    const dir = mkdtempSync(join(tmpdir(), 'city-annex-'));
    const file = join(dir, 'annex.xlsx');
    await exportReport(city, 'annex', 2026, 'xlsx', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const firstColumn: string[] = [];
    ws.eachRow((row) => firstColumn.push(String(row.getCell(1).value ?? '')));
    const body = firstColumn.slice(firstColumn.indexOf('序号') + 1);
    expect(body).toEqual(['市本级', '一、重点任务', '1', '冠县', '一、重点任务', '1', '2', '阳谷县', '一、重点任务', '1']);
    // A county's heading is shaded, so it does not read as one more section row; in Word too.
    const shaded: string[] = [];
    ws.eachRow((row) => (row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFE7E6E6' && shaded.push(String(row.getCell(1).value)));
    expect(shaded).toEqual(['市本级', '冠县', '阳谷县']);
    const docx = join(dir, 'annex.docx');
    await exportReport(city, 'annex', 2026, 'docx', docx);
    const shadedRows = zipPart(docx, 'word/document.xml').split('<w:tr>').filter((tr) => tr.includes('w:fill="E7E6E6"'));
    expect(shadedRows.map((tr) => [...tr.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).toEqual(['市本级', '冠县', '阳谷县']);
    rmSync(dir, { recursive: true, force: true });
    // 报表's preview shows the same order with the county first.
    const preview = previewReport(city, 'annex', 2026);
    expect(preview.columns[0]!.title).toBe('县（市、区）');
    expect(preview.rows.map((r) => `${r.county}/${r.c2}`)).toEqual([
      '市本级/督导各县（市、区）退出进度',
      '冠县/淘汰冠县落后水泥粉磨站',
      '冠县/开展冠县能耗专项监察',
      '阳谷县/关停阳谷县2吨以下中频炉',
    ]);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { insertMilestone } from '../../../src/main/db/repositories/milestones';
import { sharedCreditCodes } from '../../../src/main/db/repositories/countyData';
import { readCountyPackage, readPackageInfo } from '../../../src/main/import/countyPackageReader';
import { createContext, type ServiceContext } from '../../../src/main/services/context';
import { exportCountyPackage, packageTables } from '../../../src/main/services/countyPackage';
import { applyRollup, planRollup } from '../../../src/main/services/countyRollup';
import { createEnterprise, updateEnterprise } from '../../../src/main/services/enterprises';
import { updateCapacityLine } from '../../../src/main/services/capacityLines';
import { deleteCases } from '../../../src/main/services/cases';
import { readCountyFile, rollupFiles } from '../../../src/main/services/rollupFiles';
import { updateSettings } from '../../../src/main/services/settings';
import { createTask } from '../../../src/main/services/tasks';
import { addEnterprise, buildCountyLedger } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';
import { convertWithLibreOffice, hasSoffice, newProfileDir } from '../../support/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'rollup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shared fixture ledger as one county's: its name, a year's plan line and a milestone. */
function county(name: string): ServiceContext {
  const ctx = buildCountyLedger();
  updateSettings(ctx, { countyName: name, year: 2026 });
  createTask(ctx, { year: 2026, section: '一、重点任务', category: '强化能耗执法', content: '对铸造企业中频炉开展节能监察', leadDepartments: '县工信局', cooperatingDepartments: '县发改局、县市场监管局', completionText: '10月底前' });
  insertMilestone(ctx.db, { year: 2026, name: '完成关闭退出', kind: 'exit', dueText: '10月底', date: '2026-10-31', startDate: null, owner: '各乡镇', documentNumber: '聊经信字〔2022〕1号', sourceText: null, preset: null, doneDate: null, note: null, doneBy: null, doneNote: null }, '2026-03-01T08:00:00.000Z');
  return ctx;
}

function city(): ServiceContext {
  const ctx = memoryContext();
  updateSettings(ctx, { countyName: '聊城市', level: '市' });
  return ctx;
}

/** The same ledger seen at another moment (a later export). */
const at = (ctx: ServiceContext, iso: string) => createContext(ctx.db, { dbPath: ':memory:', now: () => new Date(iso) });

async function exportTo(ctx: ServiceContext, name: string): Promise<string> {
  const file = join(dir, name);
  await exportCountyPackage(ctx, 2026, file);
  return file;
}

describe('报送包: county → package → city', () => {
  it('round-trips every table: the city holds exactly what the county exported, under its county', async () => {
    const gx = county('冠县');
    const file = await exportTo(gx, '冠县2026年报送包.xlsx');
    const c = city();
    const plan = planRollup(c, (await readCountyFile(c, file))[0]!);
    expect(plan.verdict).toBe('new');
    expect(plan.changes.enterprises).toEqual({ added: 4, updated: 0, deleted: 0 });
    applyRollup(c, plan);
    const sent = packageTables(gx, 2026);
    const held = packageTables(c, 2026, '冠县');
    for (const key of ['enterprises', 'lines', 'cases', 'tasks', 'milestones'] as const) expect(held[key], key).toEqual(sent[key]);
    expect(sent.cases.some((r) => r.serious === true && r.status === 'closed-down')).toBe(true);
    expect(sent.tasks[0]!.cooperatingDepartments).toEqual(['县发改局', '县市场监管局']);
    // The city's own (county '') rows stay empty: a county's data is kept apart.
    expect(packageTables(c, 2026, '').enterprises).toEqual([]);
  });

  it('a newer package from the same county replaces its data after a preview of 新增/更新/删除; an older one is refused with its date', async () => {
    const gx = county('冠县');
    const first = await exportTo(gx, '冠县-第一次.xlsx');
    const c = city();
    applyRollup(c, planRollup(c, (await readCountyFile(c, first))[0]!));

    const later = at(gx, '2026-04-15T02:00:00.000Z');
    createEnterprise(later, { name: '冠县新增钢丝绳厂', town: '城关镇', industry: '钢丝绳' });
    const line = packageTables(later, 2026).lines.find((l) => l.name === '冲天炉')!;
    const lineId = (gx.db.prepare("SELECT id FROM capacity_lines WHERE name = '冲天炉'").get() as { id: number }).id;
    updateCapacityLine(later, lineId, { exitDate: '2026-04-10' });
    const caseId = (gx.db.prepare("SELECT id FROM cases WHERE description = '氮氧化物超标'").get() as { id: number }).id;
    deleteCases(later, [caseId]);
    const second = await exportTo(later, '冠县-第二次.xlsx');

    const plan = planRollup(c, (await readCountyFile(c, second))[0]!);
    expect(plan.verdict).toBe('replace');
    expect(plan.changes).toEqual({
      enterprises: { added: 1, updated: 0, deleted: 0 },
      lines: { added: 0, updated: 1, deleted: 0 },
      cases: { added: 0, updated: 0, deleted: 1 },
      tasks: { added: 0, updated: 0, deleted: 0 },
      milestones: { added: 0, updated: 0, deleted: 0 },
    });
    expect(line.exitDate).toBeNull();
    applyRollup(c, plan);
    const held = packageTables(c, 2026, '冠县');
    expect(held).toEqual(packageTables(later, 2026));
    expect(held.lines.find((l) => l.name === '冲天炉')!.exitDate).toBe('2026-04-10');

    const older = planRollup(c, (await readCountyFile(c, first))[0]!);
    expect(older.verdict).toBe('refused');
    expect(older.reason).toMatch(/冠县已报送 2026年4月15日 \d\d:00 导出的「冠县-第二次\.xlsx」，此文件导出于 2026年3月1日 \d\d:00，较旧，已拒收/);
    expect(() => applyRollup(c, older)).toThrow(/较旧/);
    expect(packageTables(c, 2026, '冠县')).toEqual(packageTables(later, 2026));
  });

  it('refuses a package whose checksum does not match (a cell changed after export)', async () => {
    const file = await exportTo(county('冠县'), '冠县-改动.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('设备')!.getCell('G2').value = 99;
    const tampered = join(dir, '冠县-改动后.xlsx');
    writeFileSync(tampered, new Uint8Array(await wb.xlsx.writeBuffer()));
    await expect(readCountyPackage(readFileSync(tampered), '冠县-改动后.xlsx')).rejects.toThrow(/「冠县-改动后\.xlsx」的校验码不符：数据表在导出后被改动过或文件已损坏，已拒收/);
    const c = city();
    const run = await rollupFiles(c, [tampered, file]);
    expect(run.files.map((f) => f.verdict)).toEqual(['unreadable', 'new']);
    expect(run.files[0]!.reason).toMatch(/校验码不符/);
  });

  it('takes one county\'s packages oldest first whatever the order of the files, so the newest stands', async () => {
    const gx = county('冠县');
    const first = await exportTo(gx, 'b-冠县-三月.xlsx');
    const later = at(gx, '2026-04-15T02:00:00.000Z');
    createEnterprise(later, { name: '冠县新增钢丝绳厂', town: '城关镇', industry: '钢丝绳' });
    const second = await exportTo(later, 'a-冠县-四月.xlsx');
    // 说明 alone orders the batch: its tables are not read (a cell changed after export goes unnoticed here).
    expect(readPackageInfo(readFileSync(second), 'a-冠县-四月.xlsx')).toMatchObject({ county: '冠县', year: 2026, exportedAt: '2026-04-15T02:00:00.000Z' });
    const c = city();
    const run = await rollupFiles(c, [second, first]);
    expect(run.files.map((f) => [f.file, f.verdict])).toEqual([
      [second, 'replace'],
      [first, 'new'],
    ]);
    expect(packageTables(c, 2026, '冠县')).toEqual(packageTables(later, 2026));
  });

  // A clerk opens the package and saves it again: another program writes the same values its own way.
  it.skipIf(!hasSoffice())('takes a package saved again by another office program (LibreOffice): same cells, same checksum', async () => {
    const gx = county('冠县');
    const file = await exportTo(gx, '冠县-原件.xlsx');
    const outDir = mkdtempSync(join(dir, 'resaved-'));
    const resaved = await convertWithLibreOffice(file, 'xlsx', outDir, newProfileDir());
    expect(readFileSync(resaved).equals(readFileSync(file))).toBe(false);
    const c = city();
    const run = await rollupFiles(c, [resaved]);
    expect(run.files.map((f) => [f.county, f.verdict, f.reason])).toEqual([['冠县', 'new', null]]);
    expect(packageTables(c, 2026, '冠县')).toEqual(packageTables(gx, 2026));
  }, 180_000);

  it('flags a credit code reported by two counties on both', async () => {
    const gx = county('冠县');
    const yg = memoryContext();
    updateSettings(yg, { countyName: '阳谷县' });
    addEnterprise(yg, { name: '阳谷县宏达铸造分厂', uscc: '91330100MA27XL1X4F', town: '阿城镇', industry: '铸造' });
    addEnterprise(yg, { name: '阳谷县景阳冈酒厂', town: '张秋镇', industry: '酒类' });
    const c = city();
    const run = await rollupFiles(c, [await exportTo(gx, 'a-冠县.xlsx'), await exportTo(yg, 'b-阳谷县.xlsx')]);
    expect(run.files.map((f) => [f.county, f.verdict])).toEqual([['冠县', 'new'], ['阳谷县', 'new']]);
    expect(run.sharedCreditCodes.map((s) => [s.county, s.name, s.otherCounties])).toEqual([
      ['冠县', '示例县宏达铸造有限公司', ['阳谷县']],
      ['阳谷县', '阳谷县宏达铸造分厂', ['冠县']],
    ]);
    // Fixed in 阳谷县's ledger and sent again: the flag goes from both.
    updateEnterprise(at(yg, '2026-05-01T00:00:00.000Z'), 1, { uscc: '91371521MA3MXQ8H2K' });
    await rollupFiles(c, [await exportTo(at(yg, '2026-05-01T00:00:00.000Z'), 'c-阳谷县.xlsx')]);
    expect(sharedCreditCodes(c.db)).toEqual([]);
  });

  it("rolls a county's filled city template up with its county from the 县（市、区） column or from the file name", async () => {
    // As counties fill the city's sheet by hand: a title, a two-row header, 序号, 50万吨 in one
    // cell, a blank row and a 合计 row; one file has the county column, the other only its name.
    async function filled(name: string, withCounty: boolean, rows: (string | number | null)[][]): Promise<string> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('退出情况');
      const head = ['序号', ...(withCounty ? ['县（市、区）'] : []), '企业名称', '统一社会信用代码', '乡镇（街道）', '落后设备（生产线）', null, '退出日期'];
      ws.addRow(['聊城市2026年落后产能退出情况统计表']);
      ws.addRow(head);
      ws.addRow([null, ...(withCounty ? [null] : []), null, null, null, '名称', '产能', null]);
      const c = withCounty ? 1 : 0;
      ws.mergeCells(2, 5 + c, 2, 6 + c);
      for (const r of rows) ws.addRow(r);
      ws.addRow([]);
      ws.addRow(['合计']);
      const file = join(dir, name);
      writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
      return file;
    }
    const withColumn = await filled('市级模板-东阿.xlsx', true, [
      [1, '东阿县', '东阿县鑫源铸造厂', '91371524MA3D5R7K0E', '铜城街道', '中频炉', '1.5万吨', '2026年9月30日'],
      [2, '东阿县', '东阿县鑫源铸造厂', '91371524MA3D5R7K0E', '铜城街道', '冲天炉', '0.8万吨', '2026.10.15'],
    ]);
    const byName = await filled('附件2（高唐县）2026.xlsx', false, [[1, '高唐县琉璃寺水泥厂', null, '琉璃寺镇', '水泥磨机', '30万吨', null]]);
    const c = city();
    const run = await rollupFiles(c, [withColumn, byName]);
    expect(run.files.map((f) => [f.county, f.kind, f.verdict])).toEqual([['东阿县', 'template', 'new'], ['高唐县', 'template', 'new']]);
    const da = packageTables(c, 2026, '东阿县');
    expect(da.enterprises.map((e) => [e.name, e.uscc, e.town])).toEqual([['东阿县鑫源铸造厂', '91371524MA3D5R7K0E', '铜城街道']]);
    expect(da.lines.map((l) => [l.enterpriseName, l.name, l.capacity, l.capacityUnit, l.exitDate])).toEqual([
      ['东阿县鑫源铸造厂', '中频炉', 1.5, '万吨', '2026-09-30'],
      ['东阿县鑫源铸造厂', '冲天炉', 0.8, '万吨', '2026-10-15'],
    ]);
    expect(packageTables(c, 2026, '高唐县').lines.map((l) => [l.enterpriseName, l.name, l.capacity])).toEqual([['高唐县琉璃寺水泥厂', '水泥磨机', 30]]);
    expect(packageTables(c, 2026, '聊城市').enterprises).toEqual([]);
  });

  it('takes a county from a file name, never the city itself', async () => {
    const { countyFromFileName } = await import('../../../src/main/services/countyTemplate');
    expect(countyFromFileName('聊城市落后产能退出情况（莘县）.xlsx', '聊城市')).toBe('莘县');
    expect(countyFromFileName('2026-临清市.xls', '聊城市')).toBe('临清市');
    expect(countyFromFileName('东昌府区_退出台账.xlsx', '聊城市')).toBe('东昌府区');
    expect(countyFromFileName('退出情况统计表.xlsx', '聊城市')).toBeNull();
  });

  it('refuses to roll up into a county-level ledger', async () => {
    const file = await exportTo(county('冠县'), '冠县-县级.xlsx');
    const c = memoryContext();
    await expect(rollupFiles(c, [file])).rejects.toThrow(/本级为「县」/);
  });
});

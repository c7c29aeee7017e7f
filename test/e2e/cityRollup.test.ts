import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { harnessShell } from '../../src/main/harness/shellPort';
import { createContext, type ServiceContext } from '../../src/main/services/context';
import { setCityCounties } from '../../src/main/services/reportingBoard';
import { readSettings, updateSettings } from '../../src/main/services/settings';
import { addEnterprise, addLine } from '../support/countyLedger';
import { memoryContext } from '../support/db';
import { hasSoffice, toPdf, toPng } from '../support/render';
import { SCREENSHOT_DIR, screenshot, startE2E, type E2E } from './support';

/**
 * The city's side of issue 16 in the page: three counties' 报送包 (written by the real export
 * channel from three county ledgers) rolled up through 导入 → 汇总报送包 with a tampered file
 * refused, an older one dropped later and refused with its date, the 报送情况 board and its
 * export, and the city template filled across the counties.
 */
type Firm = { name: string; uscc?: string; town: string; line: string; capacity: number };

// 冠县 and 莘县 both report 鲁西铸造 under one credit code: the preview flags it on both.
const SHARED = '91330100MA27XL1X4F';
const COUNTIES: Record<string, Firm[]> = {
  冠县: [
    { name: '冠县宏达铸造有限公司', town: '城关镇', line: '冲天炉', capacity: 0.8 },
    { name: '冠县北关铸件厂 ', town: '北关镇', line: '中频炉（1吨）', capacity: 2 },
    { name: '鲁西铸造有限公司', uscc: SHARED, town: '柳林镇', line: '中频炉', capacity: 1.5 },
  ],
  阳谷县: [
    { name: '阳谷县景阳铸造厂', town: '阿城镇', line: '中频炉', capacity: 1.2 },
    { name: '阳谷祥光水泥有限公司', town: '石佛镇', line: 'Φ3.2m水泥磨机', capacity: 30 },
  ],
  莘县: [{ name: '莘县鲁西铸造分厂', uscc: SHARED, town: '燕店镇', line: '工频炉', capacity: 0.5 }],
};

/** A county ledger at a moment, exported through the 报送包 channel into `dir`/导出文件. */
async function exportPackage(dir: string, county: string, iso: string, firms: Firm[]): Promise<string> {
  const base = memoryContext();
  updateSettings(base, { countyName: county, year: 2026 });
  for (const f of firms) {
    const id = addEnterprise(base, { name: f.name, town: f.town, industry: '铸造', ...(f.uscc ? { uscc: f.uscc } : {}) });
    addLine(base.db, { enterpriseId: id, name: f.line, capacity: f.capacity, capacityUnit: '万吨', planYear: 2026, exitMethod: '拆除' });
  }
  const ctx: ServiceContext = createContext(base.db, { dbPath: ':memory:', now: () => new Date(iso), shell: harnessShell(join(dir, iso.slice(0, 10))) });
  const r = await createDispatcher(ctx, { checkOutput: true })('packages:export', { year: 2026 });
  if (!r.ok) throw new Error(r.error.message);
  const { jobId, file } = r.value as { jobId: string; file: string };
  expect((await ctx.jobs.wait(jobId)).state).toBe('done');
  return file;
}

async function tamper(file: string, out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  wb.getWorksheet('设备')!.getCell('G2').value = 99;
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  return out;
}

async function cityTemplate(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('退出任务');
  ws.columns = [6, 14, 30, 14, 18, 10, 10].map((width) => ({ width }));
  ws.addRow(['聊城市2026年落后产能退出任务表']);
  ws.addRow(['填报单位：（盖章）', '', '', '', '填报日期：']);
  ws.addRow(['序号', '县（市、区）', '企业名称', '乡镇（街道）', '设备名称', '产能', '产能单位']);
  for (let i = 0; i < 8; i++) ws.addRow([]);
  ws.addRow(['合计']);
  ws.addRow(['注：各县（市、区）于每月5日前报送。']);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

async function rendered(file: string, name: string): Promise<void> {
  const [pdf] = await toPdf([file], SCREENSHOT_DIR);
  await toPng(pdf!, join(SCREENSHOT_DIR, name), 80);
}

describe('汇总报送包, 报送情况 and the city template across counties in the browser harness', () => {
  let e: E2E;
  const packages: Record<string, string> = {};
  beforeAll(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1366, height: 768 });
    for (const [county, firms] of Object.entries(COUNTIES)) packages[county] = await exportPackage(e.dir, county, '2026-03-10T02:00:00.000Z', firms);
    packages.older = await exportPackage(e.dir, '冠县', '2026-02-01T02:00:00.000Z', COUNTIES['冠县']!.slice(0, 1));
    packages.tampered = await tamper(packages['阳谷县']!, join(e.dir, '阳谷县报送包（改过）.xlsx'));
    updateSettings(e.ctx, { countyName: '聊城市', level: '市', year: 2026 });
    setCityCounties(e.ctx, ['冠县', '阳谷县', '莘县', '东阿县']);
    await e.page.reload();
  }, 120_000);
  afterAll(async () => {
    await e?.close();
  });

  it('previews three packages and a tampered one per county, imports them, and shows what it did', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.getByRole('tab', { name: '汇总报送包' }).click();
    const wizard = page.getByTestId('rollup-wizard');
    await wizard.locator('.import-drop input[type=file]').setInputFiles([packages['冠县']!, packages['阳谷县']!, packages['莘县']!, packages.tampered!]);
    const list = page.getByTestId('rollup-files');
    await expect.poll(() => list.textContent()).toContain('校验码不符');
    await expect.poll(() => list.locator('.ant-tag', { hasText: '读取中' }).count()).toBe(0);
    expect(await list.textContent()).toMatch(/冠县.*阳谷县.*莘县/s);

    await wizard.getByRole('button', { name: '下一步：预览' }).click();
    const preview = page.getByTestId('rollup-preview');
    await preview.waitFor();
    const rows = await preview.locator('tbody tr.ant-table-row').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/冠县2026年报送包\.xlsx冠县2026-03-10 \d\d:00新收新增 3新增 3/);
    expect(rows[1]).toMatch(/阳谷县.*新收新增 2新增 2/);
    expect(rows[3]).toMatch(/阳谷县报送包（改过）\.xlsx.*拒收.*校验码不符.*已拒收/);
    expect(await page.getByTestId('rollup-shared').textContent()).toMatch(/1 个统一社会信用代码汇总后将同时出现在两个以上县.*91330100MA27XL1X4F：冠县「鲁西铸造有限公司」，另见莘县.*莘县「莘县鲁西铸造分厂」，另见冠县/);
    await screenshot(page, 'rollup-preview');

    await wizard.getByRole('button', { name: '导入' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '导入' }).click();
    const result = page.getByTestId('rollup-result');
    await result.waitFor();
    expect(await wizard.locator('.ant-result-title').textContent()).toBe('已汇总 3 个县（市、区）：冠县、阳谷县、莘县');
    expect(e.opened.db.prepare('SELECT county, COUNT(*) AS n FROM enterprises GROUP BY county ORDER BY county').all()).toEqual([
      { county: '冠县', n: 3 },
      { county: '莘县', n: 1 },
      { county: '阳谷县', n: 2 },
    ]);
    await screenshot(page, 'rollup-result');
  });

  it('shows the 报送情况 board: received with date and rows, a county missing; exports it for the 领导小组', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '查看报送情况' }).click();
    const board = page.getByTestId('board-table');
    await expect.poll(() => board.locator('tbody tr.ant-table-row').count()).toBe(4);
    const rows = await board.locator('tbody tr.ant-table-row').allTextContents();
    // Pinyin order: 东阿县 (D), 冠县 (G), 莘县 (Shen), 阳谷县 (Y).
    expect(rows[0]).toMatch(/^1东阿县未报送/);
    expect(rows[1]).toMatch(/^2冠县已报送报送包2026-03-10 \d\d:00.*冠县2026年报送包\.xlsx$/);
    expect(rows[2]).toMatch(/^3莘县已报送/);
    expect(await page.locator('.board-body .muted').first().textContent()).toContain('共 4 个县（市、区），已报送 3，未报送 1，已过期 0');
    await screenshot(page, 'board');

    // Written as a clerk writes it; read when the field is left with Enter.
    await page.getByLabel('本轮起始日期').fill('2026年3月15日');
    await page.getByLabel('本轮起始日期').press('Enter');
    await expect.poll(() => page.locator('.board-body .muted').first().textContent()).toContain('已报送 0，未报送 1，已过期 3');
    await page.getByRole('button', { name: '导出' }).click();
    const file = join(e.dir, '导出文件', '聊城市2026年各县（市、区）报送情况.xlsx');
    await expect.poll(() => page.getByTestId('saved-file').textContent()).toBe(file);
    expect(statSync(file).size).toBeGreaterThan(0);
    if (hasSoffice()) await rendered(file, 'board-export');
  }, 120_000);

  it('asks before discarding a chosen package, and refuses a dropped older one with its date', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.getByRole('tab', { name: '汇总报送包' }).click();
    const wizard = page.getByTestId('rollup-wizard');
    // The wizard starts afresh after the board. Dropped onto the area, as from the file manager.
    const bytes = readFileSync(packages.older!).toString('base64');
    const drop = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], '冠县（二月）报送包.xlsx'));
      return dt;
    }, bytes);
    await wizard.locator('.import-drop .ant-upload-btn').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => page.getByTestId('rollup-files').textContent()).toContain('冠县（二月）报送包.xlsx');

    await page.getByRole('menuitem', { name: '工作台' }).click();
    const ask = page.getByRole('dialog');
    expect(await ask.textContent()).toContain('已选的 1 个报送包还没有导入，离开将放弃已选的文件。');
    await screenshot(page, 'rollup-leave');
    await ask.getByRole('button', { name: '继续导入' }).click();

    await wizard.getByRole('button', { name: '下一步：预览' }).click();
    const row = page.getByTestId('rollup-preview').locator('tbody tr.ant-table-row');
    await expect.poll(() => row.textContent()).toMatch(/拒收冠县已报送 2026年3月10日 \d\d:00 导出的「冠县2026年报送包\.xlsx」，此文件导出于 2026年2月1日 \d\d:00，较旧，已拒收；台账未改动/);
    expect(await wizard.getByRole('button', { name: '导入' }).isDisabled()).toBe(true);
    await screenshot(page, 'rollup-refused-older');
    await wizard.getByRole('button', { name: '上一步' }).click();
    await wizard.getByRole('button', { name: '重新选择' }).click();
  });

  it('fills the city template across the counties, each row carrying its county', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('tab', { name: '报送包' }).click();
    await page.getByRole('button', { name: '导出报送包' }).waitFor();
    await screenshot(page, 'package-tab');
    await page.getByRole('tab', { name: '按上级模板填报' }).click();
    await page.locator('.template-fill input[type=file]').setInputFiles(await cityTemplate(join(e.dir, '聊城市退出任务表.xlsx')));
    await expect.poll(() => page.locator('.template-fill .report-count').textContent()).toMatch(/将填写 6 行/);
    // The mapping says what the template's 县（市、区） gets in a city ledger: each row's own county.
    expect(await page.locator('.template-columns').textContent()).toContain('各行所属县（市、区）');
    expect(await page.locator('.template-columns').textContent()).not.toContain('本县名称');
    expect(await page.getByRole('combobox', { name: '行的顺序' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').textContent()).toBe('按县、乡镇');
    await screenshot(page, 'city-template');
    await page.getByRole('button', { name: '填报并保存' }).click();
    const saved = page.locator('.template-fill [data-testid=saved-file]');
    await saved.waitFor();
    const file = (await saved.textContent())!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const rows = [4, 5, 6, 7, 8, 9].map((n) => [2, 3, 5].map((c) => ws.getRow(n).getCell(c).value));
    expect(rows).toEqual([
      ['冠县', '冠县北关铸件厂', '中频炉（1吨）'],
      ['冠县', '冠县宏达铸造有限公司', '冲天炉'],
      ['冠县', '鲁西铸造有限公司', '中频炉'],
      ['莘县', '莘县鲁西铸造分厂', '工频炉'],
      ['阳谷县', '阳谷县景阳铸造厂', '中频炉'],
      ['阳谷县', '阳谷祥光水泥有限公司', 'Φ3.2m水泥磨机'],
    ]);
    if (hasSoffice()) await rendered(file, 'city-template-filled');
  }, 120_000);

  it('as a county ledger again (设置 → 本级): hides 报送情况, explains 汇总报送包, exports its own 报送包 from 报表', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByLabel('县（市、区）名称').fill('东阿县');
    await page.getByRole('combobox', { name: '本级' }).click();
    await page.getByTitle('县', { exact: true }).click();
    await page.getByRole('button', { name: /保存$/ }).click();
    // The counties' rows stay but stop being told apart: asked first, naming them; 取消 keeps 市.
    const ask = page.getByRole('dialog').filter({ hasText: '改为县级台账？' });
    await expect.poll(() => ask.textContent()).toContain('本台账存有 冠县、莘县、阳谷县汇总来的数据');
    await expect.poll(() => page.locator('.ant-modal[class*="zoom-"]').count()).toBe(0); // opened, not opening
    // 设置 scrolls inside its tab: the window itself never moves (it once hid the title bar).
    expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.scrollingElement!.scrollHeight <= innerHeight])).toEqual([0, true]);
    await screenshot(page, 'settings-level-ask');
    await ask.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(readSettings(e.ctx).level).toBe('市');
    await page.getByRole('button', { name: /保存$/ }).click();
    await ask.getByRole('button', { name: '改为县级' }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: '报送情况' }).count()).toBe(0);
    expect(readSettings(e.ctx).level).toBe('县');
    await screenshot(page, 'settings-level');

    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.getByRole('tab', { name: '汇总报送包' }).click();
    await expect.poll(() => page.getByRole('tabpanel', { name: '汇总报送包' }).textContent()).toContain('汇总报送包用于市级台账');

    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('tab', { name: '报送包' }).click();
    await page.getByRole('button', { name: '导出报送包' }).click();
    const info = page.getByTestId('package-info');
    await info.waitFor();
    expect(await info.textContent()).toMatch(/县（市、区）东阿县年度2026.*校验码（SHA-256）[0-9a-f]{64}/);
    expect(statSync(join(e.dir, '导出文件', '东阿县2026年报送包.xlsx')).size).toBeGreaterThan(0);
    await screenshot(page, 'package-exported');
  });
});

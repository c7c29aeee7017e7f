import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTasks } from '../../src/main/db/repositories/tasks';
import { updateSettings } from '../../src/main/services/settings';
import { adoptTasks, loadPreset, previewAdoption } from '../../src/main/services/taskAdoption';
import { addEnterprise, addLine, buildCountyLedger } from '../support/countyLedger';
import { hasSoffice } from '../support/render';
import { cityTemplate } from '../support/cityTemplates';
import { templateFods } from '../support/fods';
import { convertWithLibreOffice, newProfileDir } from '../support/libreoffice';
import { screenshot, startE2E, type E2E } from './support';

/** A county with a plan adopted from seed 001 and lines in several towns and industries. */
async function seed(e: E2E): Promise<void> {
  updateSettings(e.ctx, { countyName: '示例县', year: 2026 });
  buildCountyLedger(e.ctx);
  const towns = ['城关镇', '北关镇', '柳林镇', '白塔乡', '王庄镇'];
  const industries: [string, string][] = [['铸造', '万吨'], ['水泥', '万吨'], ['平板玻璃', '万重量箱'], ['印染', '亿米']];
  for (let i = 0; i < 12; i++) {
    const [industry, unit] = industries[i % 4]!;
    const id = addEnterprise(e.ctx, { name: `示例县${towns[i % 5]}第${i + 1}${industry}厂`, town: towns[i % 5], industry });
    addLine(e.ctx.db, { enterpriseId: id, name: `${industry}设备${i + 1}`, capacity: 2 + (i % 3), capacityUnit: unit, planYear: 2026, exitDate: i % 3 === 0 ? null : `2026-0${1 + (i % 8)}-15` });
  }
  const preset = await loadPreset('nantong-2017');
  const p = previewAdoption(e.ctx, preset);
  adoptTasks(e.ctx, { year: 2026, tasks: preset.tasks, mapping: Object.fromEntries(p.departments.map((d) => [d.source, d.proposed])), replace: false });
}

describe('重点工作, 报表 and 统计 in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await seed(e);
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows the year’s tasks with departments, dates and countdowns, and saves an edit', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '重点工作' }).click();
    await page.getByRole('gridcell', { name: '强化绩效评价' }).waitFor();
    expect(await page.getByTestId('task-grid').textContent()).toContain('县工信局、县财政局');
    await screenshot(page, 'tasks');

    const first = listTasks(e.opened.db, 2026)[0]!;
    const cell = page.locator(`.ag-row[row-id="${first.id}"] [col-id="completionText"]`);
    await cell.dblclick();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4月底');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toBe('已保存');
    await expect.poll(() => page.locator(`.ag-row[row-id="${first.id}"] [col-id="completionDate"]`).textContent()).toBe('2026-04-30');
    expect(listTasks(e.opened.db, 2026)[0]).toMatchObject({ completionText: '4月底', completionDate: '2026-04-30' });
  });

  it('adopts a superior plan through the dialog with its departments mapped, and adds a task', async () => {
    const { page } = e;
    await page.getByLabel('年度').fill('2027');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '采用上级方案…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '预置方案' }).click();
    await page.getByTitle(/利用综合标准依法依规推动落后产能退出工作方案重点工作与职责分工（2017年/).click();
    await expect.poll(() => dialog.getByLabel('省经济和信息化委对应的本县部门').inputValue()).toBe('县工信局');
    await screenshot(page, 'tasks-adopt');
    await dialog.getByRole('button', { name: /^采用 \d+ 项$/ }).click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('已采用上级方案');
    await expect.poll(() => listTasks(e.opened.db, 2027).length).toBe(24);
    expect(listTasks(e.opened.db, 2027).flatMap((t) => t.leadDepartments)).not.toContain('省经济和信息化委');

    await page.getByRole('button', { name: '新增' }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('主要内容').fill('县级补充：组织开展落后产能摸排。');
    await add.getByLabel('完成时间').fill('10月30日前');
    await add.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => listTasks(e.opened.db, 2027).find((t) => t.content.startsWith('县级补充'))?.completionDate).toBe('2027-10-30');
  });

  it('previews a list from the same rows it exports, exports it as a job and offers the folder', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('menuitem', { name: '年度落后产能退出企业名单' }).click();
    const preview = page.getByTestId('report-preview');
    await expect.poll(() => preview.textContent()).toContain('示例县光明玻璃厂');
    expect(await preview.textContent()).toContain('=HYPERLINK("http://x","y")');
    expect(await page.locator('.report-count').textContent()).toMatch(/共 \d+ 行/);
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await page.getByTestId('saved-file').waitFor();
    const file = join(e.dir, '导出文件', '示例县2026年度落后产能退出企业名单.xlsx');
    expect(await page.getByTestId('saved-file').textContent()).toBe(file);
    expect(existsSync(file)).toBe(true);
    await expect(page.getByRole('button', { name: '打开文件夹' }).count()).resolves.toBe(1);
    await screenshot(page, 'reports');

    await page.getByRole('menuitem', { name: '附件：重点工作与职责分工' }).click();
    await expect.poll(() => preview.textContent()).toContain('强化绩效评价');
    await page.getByRole('button', { name: '导出 Word' }).click();
    await expect.poll(() => page.getByTestId('saved-file').textContent()).toMatch(/重点工作与职责分工\.docx$/);
  });

  it.skipIf(!hasSoffice())('fills a city template chosen in the page', async () => {
    const { page } = e;
    const fods = join(e.dir, '某某市退出情况统计表.fods');
    writeFileSync(fods, templateFods(cityTemplate()));
    const template = await convertWithLibreOffice(fods, 'xlsx', e.dir, newProfileDir());
    await page.getByRole('tab', { name: '按上级模板填报' }).click();
    await page.locator('.template-fill input[type=file]').setInputFiles(template);
    await expect.poll(() => page.getByTestId('template-area').textContent()).toContain('模板留有 15 行');
    await page.getByLabel('填报内容').click();
    await page.getByTitle('本年度已退出的设备（生产线）').click();
    await expect.poll(() => page.locator('.template-fill .report-count').textContent()).toMatch(/将填写 \d+ 行/);
    await screenshot(page, 'reports-template');
    await page.getByRole('button', { name: '填报并保存' }).click();
    await page.locator('.template-fill [data-testid=saved-file]').waitFor();
    expect(existsSync(join(e.dir, '导出文件', '某某市退出情况统计表（示例县2026年填报）.xlsx'))).toBe(true);
  });

  it('draws the statistics and saves a chart as PNG', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '统计' }).click();
    await page.getByTestId('chart-分行业退出产能与计划').locator('canvas').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'statistics');
    await page.getByRole('button', { name: '保存图片' }).first().click();
    await page.getByTestId('saved-file').waitFor();
    expect(existsSync(join(e.dir, '导出文件', '2026年分行业退出产能与计划.png'))).toBe(true);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/main/services/settings';
import { screenshot, startE2E, type E2E } from './support';

/** Issue 14, item 10: the first day — the first-run card, the import template, 使用说明 and F1. */
describe('the first day with a new ledger', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.goto(`${e.harness.url}#workbench`);
  });
  afterAll(async () => {
    await e?.close();
  });

  it('a new ledger opens on a card asking 县名, 年度 and 操作人, then 「导入已有台账」 goes to 导入 with them saved', async () => {
    const { page } = e;
    const card = page.getByTestId('first-run');
    await card.waitFor();
    await screenshot(page, 'first-day-card');
    // Nothing is saved without a county name.
    await card.getByLabel('操作人').fill('王芳');
    await card.getByRole('button', { name: '导入已有台账' }).click();
    await expect.poll(() => card.textContent()).toContain('请填写县（市、区）名称');
    expect(readSettings(e.ctx).countyName).toBe('');

    await card.getByLabel('县（市、区）名称').fill('阳谷县');
    await card.getByLabel('当前年度').fill('2026');
    await card.getByRole('button', { name: '导入已有台账' }).click();
    await expect.poll(() => page.url()).toMatch(/#import$/);
    expect(readSettings(e.ctx)).toMatchObject({ countyName: '阳谷县', year: 2026, operatorName: '王芳' });
    await expect.poll(() => page.locator('.ant-layout-header').textContent()).toContain('阳谷县 · 2026年度');
    // Once the county is named, 工作台 no longer shows the card.
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    expect(await card.count()).toBe(0);
  });

  it('导入 offers 下载导入模板, saved as an .xlsx the user is told about', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.getByRole('button', { name: '下载导入模板' }).click();
    const file = join(e.dir, '导出文件', '落后产能台账导入模板.xlsx');
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toContain('已保存导入模板');
    expect(existsSync(file)).toBe(true);
    await screenshot(page, 'first-day-template');
  });

  it('使用说明 covers the year’s work, the grids’ keys and where the files are', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '使用说明' }).click();
    const help = page.getByTestId('help-page');
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    for (const words of ['一年的工作', '排查摸底', '制定工作方案', '采用上级方案', '表格的按键', 'Ctrl+D', '文件存放位置', e.dbPath, join(e.dir, 'backups')]) {
      expect(text).toContain(words);
    }
    await screenshot(page, 'first-day-help');
  });

  it('F1 lists the shortcuts anywhere in the app; Esc closes the list', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    await page.keyboard.press('F1');
    const list = page.getByTestId('shortcuts');
    await expect.poll(() => list.textContent()).toContain('Ctrl+V');
    expect(await list.textContent()).toContain('向下填充');
    await screenshot(page, 'first-day-shortcuts');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnterprise } from '../../src/main/services/enterprises';
import { sampleEnterprises } from '../support/sampleLedger';
import { grid, pasteText, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 14, item 5, at 1366×768: the last row is fully visible above the horizontal scrollbar;
 * 新增行 in a long grid scrolls to the new row and focuses its first cell (so Ctrl+V pastes
 * there). Frozen columns saved with the layout: see contextMenu.test.ts.
 */
describe('the grid layout at 1366×768', () => {
  let e: E2E;
  const enterprises = sampleEnterprises(80, 5);

  beforeAll(async () => {
    e = await startE2E();
    for (const x of enterprises) createEnterprise(e.ctx, x);
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.reload();
    await e.page.getByRole('menuitem', { name: '企业名录' }).click();
    await grid(e.page, 'enterprises').locator('.ag-row').first().waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('scrolled to the end, the last row ends above the horizontal scrollbar', async () => {
    const { page } = e;
    const body = grid(page, 'enterprises');
    await body.locator('.ag-row[row-index="0"] [col-id="town"]').click();
    await page.keyboard.press('Control+ArrowDown');
    const last = body.locator(`.ag-row[row-index="${enterprises.length - 1}"]`);
    await last.waitFor();
    await page.waitForTimeout(300);
    const row = (await last.locator('[col-id="town"]').boundingBox())!;
    const scrollbar = (await body.locator('.ag-body-horizontal-scroll').boundingBox())!;
    const statusBar = (await page.locator('.status-bar').first().boundingBox())!;
    await screenshot(page, 'layout-last-row');
    expect(scrollbar.height).toBeGreaterThan(0);
    expect(row.y + row.height).toBeLessThanOrEqual(scrollbar.y + 0.5);
    expect(scrollbar.y + scrollbar.height).toBeLessThanOrEqual(statusBar.y + 0.5);
    expect(statusBar.y + statusBar.height).toBeLessThanOrEqual(768);
  });

  it('新增行 scrolls to the new row and focuses its first cell; Ctrl+V then pastes there', async () => {
    const { page } = e;
    const body = grid(page, 'enterprises');
    await body.locator('.ag-row').first().hover();
    await page.mouse.wheel(0, -100_000);
    await page.getByRole('button', { name: '新增行' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[col-id]')?.getAttribute('col-id') ?? null)).toBe('name');
    const rowId = await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id'));
    expect(rowId).toMatch(/^d\d+$/);
    const focused = (await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON())) as DOMRect;
    const viewport = (await body.locator('.ag-body-vertical-scroll').boundingBox())!;
    expect(focused.y).toBeGreaterThanOrEqual(viewport.y);
    expect(focused.y + focused.height).toBeLessThanOrEqual(viewport.y + viewport.height);
    await pasteText(page, '新建铸造厂\t\t城关镇\t铸造\r\n');
    await expect.poll(() => statusText(page)).toContain('已粘贴 1 行 × 4 列');
    await screenshot(page, 'layout-new-row-focused');
  });
});

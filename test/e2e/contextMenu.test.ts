import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { readGridLayout } from '../../src/main/services/gridLayouts';
import { addEnterprise } from '../support/countyLedger';
import { cell, countsText, grid, shownRowIds, statusText, openGridAt1366 } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 14, item 3 (and item 5's frozen columns): the right-click menu on cells and headers of
 * 企业名录 at 1366×768.
 */
describe('the grid’s right-click menu', () => {
  let e: E2E;
  const byName = (name: string) => listEnterprises(e.opened.db).find((x) => x.name === name);

  beforeAll(async () => {
    e = await startE2E();
    addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造', legalRep: '赵建国' });
    addEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' });
    addEnterprise(e.ctx, { name: '恒昌印染有限公司', town: '城关镇', industry: '印染' });
    addEnterprise(e.ctx, { name: '永兴钢丝绳厂', town: '王庄镇', industry: '钢丝绳' });
    await openGridAt1366(e.page, e.harness.url, 'enterprises');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('a cell’s menu offers the ten actions; 向下填充 fills the selected cells from the top one', async () => {
    const { page } = e;
    const ids = await shownRowIds(page, 'enterprises');
    await cell(page, 'enterprises', ids[0]!, 'legalRep').click();
    await cell(page, 'enterprises', ids[2]!, 'legalRep').click({ modifiers: ['Shift'] });
    await cell(page, 'enterprises', ids[1]!, 'legalRep').click({ button: 'right' });
    const items = page.locator('.ant-dropdown-menu-item');
    await expect.poll(() => items.allTextContents()).toEqual([
      '复制Ctrl+C', '粘贴Ctrl+V', '插入行', '删除行', '向下填充Ctrl+D', '清除内容Delete', '冻结至此列', '取消冻结', '按此列排序', '筛选此值',
    ]);
    await screenshot(page, 'menu-cell');
    await page.getByRole('menuitem', { name: /向下填充/ }).click();
    await expect.poll(() => ['华通水泥有限责任公司', '恒昌印染有限公司'].map((n) => byName(n)?.legalRep)).toEqual(['赵建国', '赵建国']);
  });

  it('清除内容 clears the selected cells; 按此列排序 and 筛选此值 sort and filter by the clicked cell', async () => {
    const { page } = e;
    const ids = await shownRowIds(page, 'enterprises');
    await cell(page, 'enterprises', ids[1]!, 'legalRep').click();
    await cell(page, 'enterprises', ids[1]!, 'legalRep').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /清除内容/ }).click();
    await expect.poll(() => byName('华通水泥有限责任公司')?.legalRep).toBeNull();

    await cell(page, 'enterprises', ids[0]!, 'town').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '按此列排序' }).click();
    await expect.poll(() => grid(page, 'enterprises').locator('.ag-header-cell[col-id="town"]').getAttribute('aria-sort')).toBe('ascending');

    const first = (await shownRowIds(page, 'enterprises'))[0]!;
    expect(await cell(page, 'enterprises', first, 'town').textContent()).toBe('城关镇');
    await cell(page, 'enterprises', first, 'town').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '筛选此值' }).click();
    await expect.poll(() => countsText(page)).toContain('筛选后 2 家');
    expect(await statusText(page)).toContain('已筛选「乡镇（街道）」为「城关镇」');
  });

  it('插入行 adds a row ready for typing; 删除行 asks, then moves the row to the 回收站', async () => {
    const { page } = e;
    const [only] = await shownRowIds(page, 'enterprises');
    await cell(page, 'enterprises', only!, 'name').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '删除行' }).click();
    await page.getByRole('button', { name: '删除' }).last().click();
    await expect.poll(() => listEnterprises(e.opened.db).length).toBe(3);
    // The 城关镇 filter of the test before still holds and its only row is gone: show every row again.
    await expect.poll(async () => (await shownRowIds(page, 'enterprises')).includes(only!)).toBe(false);
    const town = grid(page, 'enterprises').locator('.ag-header-cell[col-id="town"]');
    await town.hover();
    await town.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click();
    await page.getByTestId('set-filter').getByRole('button', { name: '全选' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shownRowIds(page, 'enterprises')).length).toBe(3);
    await cell(page, 'enterprises', (await shownRowIds(page, 'enterprises'))[0]!, 'name').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '插入行' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') ?? '')).toMatch(/^d\d+$/);
  });
  it('冻结至此列 on a header freezes the columns up to it, kept in the saved layout and frozen again after a reload', async () => {
    const { page } = e;
    await grid(page, 'enterprises').locator('.ag-header-cell[col-id="town"]').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '冻结至此列' }).click();
    await expect.poll(() => readGridLayout(e.ctx, 'enterprises')?.find((c) => c.colId === 'town')?.pinned).toBe('left');
    expect(readGridLayout(e.ctx, 'enterprises')?.find((c) => c.colId === 'uscc')?.pinned).toBe('left');
    expect(readGridLayout(e.ctx, 'enterprises')?.find((c) => c.colId === 'industry')?.pinned).toBeNull();
    await page.reload();
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    // The last frozen column's cells carry AG Grid's mark of the frozen edge.
    const town = grid(page, 'enterprises').locator('.ag-row [col-id="town"]').first();
    await expect.poll(() => town.getAttribute('class')).toContain('ag-cell-last-left-pinned');
    await screenshot(page, 'layout-frozen');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGridLayout } from '../../src/main/services/gridLayouts';
import { addEnterprise } from '../support/countyLedger';
import { cell, countsText, grid, shownRowIds, statusText, openGridAt1366 } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 14, item 4: an option column (乡镇, 行业, 状态…) is filtered by ticking its values, with
 * counts, a search box that takes pinyin initials, 全选 and 清除; a free-text column keeps the
 * text filter. At 1366×768, on 企业名录.
 */
describe('the set filter of an option column', () => {
  let e: E2E;
  const filterOf = (colId: string) => readGridLayout(e.ctx, 'enterprises')?.find((c) => c.colId === colId)?.filter;
  const openFilter = async (colId: string) => {
    const header = grid(e.page, 'enterprises').locator(`.ag-header-cell[col-id="${colId}"]`);
    await header.hover();
    await header.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click();
  };
  const item = (value: string) => e.page.getByTestId('set-filter').locator('.set-filter-item').filter({ hasText: value });

  beforeAll(async () => {
    e = await startE2E();
    // Towns as a county sheet has them: most in 城关镇, one blank, one written with a stray space.
    addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造', legalRep: '赵建国' });
    addEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' });
    addEnterprise(e.ctx, { name: '恒昌印染有限公司', town: '城关镇', industry: '印染' });
    addEnterprise(e.ctx, { name: '永兴钢丝绳厂', town: '王庄镇', industry: '钢丝绳' });
    addEnterprise(e.ctx, { name: '城南砖瓦厂', town: null, industry: '砖瓦' });
    addEnterprise(e.ctx, { name: '宏远化工有限公司', town: '城关镇', industry: '化工' });
    await openGridAt1366(e.page, e.harness.url, 'enterprises');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('lists the towns with their counts, blanks as （空白）; unticking one filters at once and is kept with the layout', async () => {
    const { page } = e;
    await openFilter('town');
    const list = page.getByTestId('set-filter');
    await expect.poll(() => list.locator('.set-filter-item').allTextContents()).toEqual(['城关镇3', '柳林镇1', '王庄镇1', '（空白）1']);
    await item('柳林镇').locator('input[type=checkbox]').uncheck();
    await item('（空白）').locator('input[type=checkbox]').uncheck();
    await expect.poll(() => countsText(page)).toContain('筛选后 4 家');
    await screenshot(page, 'set-filter-town');
    await expect.poll(() => filterOf('town')).toEqual({ filterType: 'set', values: ['城关镇', '王庄镇'] });
  });

  it('the search box finds values by pinyin initials; 清除 then 全选 keeps only the values found', async () => {
    const { page } = e;
    const search = page.getByTestId('set-filter').getByPlaceholder('搜索（可输入拼音首字母）');
    await search.fill('wzz');
    await expect.poll(() => page.getByTestId('set-filter').locator('.set-filter-item').allTextContents()).toEqual(['王庄镇1']);
    await search.fill('');
    await page.getByTestId('set-filter').getByRole('button', { name: '清除' }).click();
    await expect.poll(() => countsText(page)).toContain('筛选后 0 家');
    await search.fill('wzz');
    await page.getByTestId('set-filter').getByRole('button', { name: '全选' }).click();
    await expect.poll(async () => (await shownRowIds(page, 'enterprises')).length).toBe(1);
    await page.keyboard.press('Escape');
    const [only] = await shownRowIds(page, 'enterprises');
    expect(await cell(page, 'enterprises', only!, 'name').textContent()).toContain('永兴钢丝绳厂');
  });

  it('the filter is back after a reload; a free-text column keeps the text filter', async () => {
    const { page } = e;
    await expect.poll(() => filterOf('town')).toEqual({ filterType: 'set', values: ['王庄镇'] });
    await page.reload();
    await grid(page, 'enterprises').locator('.ag-row').first().waitFor();
    await expect.poll(() => countsText(page)).toContain('筛选后 1 家');
    await openFilter('legalRep');
    await page.locator('.ag-filter .ag-text-field-input').first().waitFor();
    expect(await page.getByTestId('set-filter').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('筛选此值 on a 行业 cell ticks that value only in the set filter', async () => {
    const { page } = e;
    await openFilter('town');
    await page.getByTestId('set-filter').getByRole('button', { name: '全选' }).click();
    await expect.poll(() => countsText(page)).not.toContain('筛选后');
    await page.keyboard.press('Escape');
    const ids = await shownRowIds(page, 'enterprises');
    const target = (await Promise.all(ids.map(async (id) => [id, await cell(page, 'enterprises', id, 'industry').textContent()] as const))).find(([, t]) => t === '水泥')!;
    await cell(page, 'enterprises', target[0], 'industry').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '筛选此值' }).click();
    await expect.poll(() => countsText(page)).toContain('筛选后 1 家');
    await expect.poll(() => filterOf('industry')).toEqual({ filterType: 'set', values: ['水泥'] });
    await openFilter('industry');
    await expect.poll(() => page.getByTestId('set-filter').locator('.ant-checkbox-checked').count()).toBe(1);
    await screenshot(page, 'set-filter-industry');
    await page.keyboard.press('Escape');
  });

  it('恢复默认列 lays the columns out again and, as WPS does, leaves the 筛选 as it is, saying so', async () => {
    const { page } = e;
    const widthOf = () => grid(page, 'enterprises').locator('.ag-header-cell[col-id="industry"]').evaluate((h) => h.getBoundingClientRect().width);
    const before = await widthOf();
    await page.getByRole('button', { name: '列' }).click();
    await page.getByRole('checkbox', { name: '法定代表人' }).uncheck();
    await expect.poll(() => grid(page, 'enterprises').locator('.ag-header-cell[col-id="legalRep"]').count()).toBe(0);
    await page.getByRole('button', { name: '恢复默认列宽、顺序和显示' }).click();
    await expect.poll(() => grid(page, 'enterprises').locator('.ag-header-cell[col-id="legalRep"]').count()).toBe(1);
    expect(await widthOf()).toBe(before);
    await expect.poll(() => statusText(page)).toBe('已恢复默认列宽、顺序和显示；筛选条件未变，可在列标题的筛选中清除');
    expect(await countsText(page)).toContain('筛选后 1 家');
    await expect.poll(() => filterOf('industry')).toEqual({ filterType: 'set', values: ['水泥'] });
    await page.keyboard.press('Escape');
  });

  it('恢复默认列 leaves a sort as it is too (the header keeps its arrow), and the message names both', async () => {
    const { page } = e;
    const header = grid(page, 'enterprises').locator('.ag-header-cell[col-id="name"]');
    await header.locator('.ag-header-cell-label').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    // The click on the header closed the 列 panel left open by the test before.
    const reset = page.getByRole('button', { name: '恢复默认列宽、顺序和显示' });
    await reset.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '列' }).click();
    await reset.click();
    await expect.poll(() => statusText(page)).toBe('已恢复默认列宽、顺序和显示；排序和筛选条件未变，可在列标题的筛选中清除');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Escape');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnterprise } from '../../src/main/services/enterprises';
import { createTask } from '../../src/main/services/tasks';
import { fillCityLedger } from '../support/cityLedger';
import { countsText, grid, openGridAt1366 } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 16 item 2: in a city ledger (本级 = 市) with three counties, 县（市、区） is a column of the
 * grids, a set filter with counts, and a 按县分组 view; the statistics are given by county ×
 * industry × dimension. A county ledger shows none of it (the other e2e files run county ledgers).
 */
describe('a city ledger with three counties', () => {
  let e: E2E;
  /** The county cells in the order the rows are shown (the DOM keeps rows in no set order). */
  const countyColumn = () =>
    grid(e.page, 'enterprises')
      .locator('.ag-row .ag-cell[col-id="county"]')
      .evaluateAll((cells) =>
        cells
          .map((c) => ({ row: Number(c.closest('.ag-row')!.getAttribute('row-index')), text: c.textContent ?? '' }))
          .sort((a, b) => a.row - b.row)
          .map((c) => c.text),
      );

  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2026-11-20T08:00:00Z') });
    fillCityLedger(e.ctx);
    // A firm only 阳谷县 reports, so the counties' counts differ.
    createEnterprise(e.ctx, { name: '阳谷县祥光铜业有限公司', town: '阿城镇', industry: '有色' });
    e.ctx.db.prepare("UPDATE enterprises SET county = '阳谷县' WHERE county = ''").run();
    // The counties' 重点工作 as the roll-up leaves them: 莘县 sent two, the others one each.
    for (const [county, content] of [['冠县', '关停2吨以下中频炉'], ['莘县', '淘汰落后水泥粉磨站'], ['莘县', '开展能耗专项监察'], ['阳谷县', '报送年度工作总结']]) {
      const id = createTask(e.ctx, { year: 2026, section: '重点任务', content, completionText: '12月底' }).row.id;
      e.ctx.db.prepare('UPDATE tasks SET county = ? WHERE id = ?').run(county, id);
    }
    await openGridAt1366(e.page, e.harness.url, 'enterprises');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows 县（市、区） as a column, filtered by ticking counties with their counts', async () => {
    const { page } = e;
    const header = grid(page, 'enterprises').locator('.ag-header-cell[col-id="county"]');
    await expect.poll(() => header.textContent()).toContain('县（市、区）');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click();
    const list = page.getByTestId('set-filter');
    await expect.poll(() => list.locator('.set-filter-item').allTextContents()).toEqual(['冠县4', '莘县4', '阳谷县5']);
    await screenshot(page, 'city-county-filter');
    await list.locator('.set-filter-item').filter({ hasText: '莘县' }).locator('input[type=checkbox]').uncheck();
    await expect.poll(() => countsText(page)).toContain('筛选后 9 家');
    await list.getByRole('button', { name: '全选' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => countsText(page)).not.toContain('筛选后');
  });

  it('按县分组 sorts county by county and opens each county with a band giving its count', async () => {
    const { page } = e;
    await page.getByTestId('enterprises-county-groups').click();
    const bands = grid(page, 'enterprises').getByTestId('county-band');
    await expect.poll(() => bands.allTextContents()).toEqual(['冠县 · 4家', '莘县 · 4家', '阳谷县 · 5家']);
    const shown = await countyColumn();
    expect(shown.map((t) => t.replace(/ · \d+家$/, ''))).toEqual([...Array(4).fill('冠县'), ...Array(4).fill('莘县'), ...Array(5).fill('阳谷县')]);
    await screenshot(page, 'city-county-groups');
    // The rule above each band is on the band's first row only, in the pinned part and the rest.
    const ruled = () =>
      grid(page, 'enterprises')
        .locator('.ag-row.county-band')
        .evaluateAll((rows) => [...new Set(rows.map((r) => Number(r.getAttribute('row-index'))))].sort((a, b) => a - b));
    await expect.poll(ruled).toEqual([0, 4, 8]);
    // Filtered while grouped: the bands and their counts follow the rows left, drawn in place.
    const header = grid(page, 'enterprises').locator('.ag-header-cell[col-id="county"]');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click();
    const list = page.getByTestId('set-filter');
    await list.locator('.set-filter-item').filter({ hasText: '莘县' }).locator('input[type=checkbox]').uncheck();
    // In row order: rows drawn again go to the end of the DOM.
    const bandsInOrder = () =>
      bands.evaluateAll((cells) =>
        cells.map((c) => ({ row: Number(c.closest('.ag-row')!.getAttribute('row-index')), text: c.textContent })).sort((a, b) => a.row - b.row).map((c) => c.text),
      );
    await expect.poll(bandsInOrder).toEqual(['冠县 · 4家', '阳谷县 · 5家']);
    await expect.poll(ruled).toEqual([0, 4]);
    await list.getByRole('button', { name: '全选' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(bandsInOrder).toEqual(['冠县 · 4家', '莘县 · 4家', '阳谷县 · 5家']);
    await expect.poll(ruled).toEqual([0, 4, 8]);
    // Off again: the county is no longer the first sort, the bands and their rules go.
    await page.getByTestId('enterprises-county-groups').click();
    await expect.poll(() => bands.count()).toBe(0);
    await expect.poll(ruled).toEqual([]);
  });

  it('the lines and cases grids carry the county of their enterprise', async () => {
    const { page } = e;
    await page.goto(`${e.harness.url}#lines`);
    await grid(page, 'lines').locator('.ag-row').first().waitFor();
    await page.getByTestId('lines-county-groups').click();
    await expect.poll(() => grid(page, 'lines').getByTestId('county-band').allTextContents()).toEqual(['冠县 · 5条', '莘县 · 5条', '阳谷县 · 5条']);
    await screenshot(page, 'city-county-lines');
  });

  it('the 重点工作 grid carries each task’s county, filtered by ticking counties with their counts', async () => {
    const { page } = e;
    await page.goto(`${e.harness.url}#tasks`);
    const tasks = page.getByTestId('task-grid');
    await tasks.locator('.ag-row').first().waitFor();
    const header = tasks.locator('.ag-header-cell[col-id="county"]');
    await expect.poll(() => header.textContent()).toContain('县（市、区）');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click();
    const list = page.getByTestId('set-filter');
    await expect.poll(() => list.locator('.set-filter-item').allTextContents()).toEqual(['冠县1', '莘县2', '阳谷县1']);
    await screenshot(page, 'city-county-tasks');
    await list.locator('.set-filter-item').filter({ hasText: '莘县' }).locator('input[type=checkbox]').uncheck();
    await expect.poll(async () => (await tasks.locator('.ag-row .ag-cell[col-id="county"]').allTextContents()).sort()).toEqual(['冠县', '阳谷县']);
    await list.getByRole('button', { name: '全选' }).click();
    await page.keyboard.press('Escape');
  });

  it('the statistics give the city’s figures by county × industry × dimension', async () => {
    const { page } = e;
    await page.goto(`${e.harness.url}#statistics`);
    const table = page.getByTestId('statistics-by-county');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(12);
    await expect.poll(() => rows.first().locator('td').allTextContents()).toEqual(['冠县', '平板玻璃', '环保', '万重量箱', '1', '1', '120', '1', '120']);
    await expect.poll(() => table.locator('td[rowspan="4"]').allTextContents()).toEqual(['冠县', '莘县', '阳谷县']);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'city-statistics-by-county');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCapacityLines } from '../../src/main/db/repositories/capacityLines';
import { createEnterprise } from '../../src/main/services/enterprises';
import { randomFrom, sampleEnterprises, sampleLine } from '../support/sampleLedger';
import { cell, countsText, grid, pasteText, shownRowIds, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * The acceptance of issue 3: a 20 × 6 block from Excel (enterprise by credit code, equipment,
 * spec, capacity, unit, deadline) with one malformed credit code and one date written
 * 2022年7月1日: 19 rows saved, the bad one kept as a marked draft with a Chinese reason; undo
 * removes them all, redo brings them back, and undo still works after sorting.
 */
describe('pasting a block into 落后设备（生产线）', () => {
  let e: E2E;
  const enterprises = sampleEnterprises(20, 3);
  const BAD = '91370521MA3C8QXK4'; // 17 characters
  let block: string[][];

  beforeAll(async () => {
    e = await startE2E();
    for (const x of enterprises) createEnterprise(e.ctx, x);
    const rand = randomFrom(11);
    block = enterprises.map((x, i) => {
      const l = sampleLine(rand, x.industry, x.town);
      return [i === 4 ? BAD : x.uscc, l.name, l.spec, String(l.capacity), l.capacityUnit, i === 7 ? '2022年7月1日' : l.plannedExitDate];
    });
    await e.page.goto(`${e.harness.url}#lines`);
    await grid(e.page, 'lines').locator('.ag-overlay').waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('saves the 19 good rows in one step and keeps the bad one as a draft marked with the reason', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '新增行' }).click();
    await pasteText(page, block.map((r) => r.join('\t')).join('\r\n') + '\r\n');
    await expect.poll(() => statusText(page)).toContain('已粘贴 20 行 × 6 列：保存 19 行');

    const saved = listCapacityLines(e.opened.db);
    expect(saved).toHaveLength(19);
    const dated = saved.find((l) => l.enterpriseName === enterprises[7]!.name)!;
    expect(dated.plannedExitDate).toBe('2022-07-01');
    expect(saved.find((l) => l.enterpriseName === enterprises[4]!.name)).toBeUndefined();

    // The date shows as 2022-07-01 in its row (a saved draft keeps its grid row id).
    const ids = await shownRowIds(page, 'lines');
    expect(ids).toHaveLength(20);
    const datedRow = ids[7]!;
    await expect.poll(() => cell(page, 'lines', datedRow, 'plannedExitDate').textContent()).toBe('2022-07-01');

    const bad = cell(page, 'lines', ids[4]!, 'enterpriseName');
    await expect.poll(() => bad.getAttribute('class')).toContain('cell-invalid');
    await expect.poll(() => bad.textContent()).toContain(BAD);
    await bad.hover();
    const tip = page.locator('.ag-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/统一社会信用代码应为18位，当前为17位/);
    await screenshot(page, 'lines-paste-marked');
  });

  it('undo removes all of them, redo brings them back with the same ids', async () => {
    const { page } = e;
    const before = listCapacityLines(e.opened.db).map((l) => l.id);
    await cell(page, 'lines', (await shownRowIds(page, 'lines'))[0]!, 'spec').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => listCapacityLines(e.opened.db).length).toBe(0);
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual([]);
    await expect.poll(() => statusText(page)).toContain('已撤销：粘贴 20 行 × 6 列');

    await grid(page, 'lines').locator('.ag-root').click();
    await page.keyboard.press('Control+y');
    await expect.poll(() => listCapacityLines(e.opened.db).map((l) => l.id)).toEqual(before);
    await expect.poll(async () => (await shownRowIds(page, 'lines')).length).toBe(20);
    const marked = grid(page, 'lines').locator('.cell-invalid');
    await expect.poll(() => marked.count()).toBe(1);
  });

  it('after sorting by capacity, undo still removes the pasted rows', async () => {
    const { page } = e;
    await grid(page, 'lines').locator('.ag-header-cell[col-id="capacity"] .ag-header-cell-label').click();
    await expect.poll(() => grid(page, 'lines').locator('.ag-header-cell[col-id="capacity"]').getAttribute('aria-sort')).toBe('ascending');
    await cell(page, 'lines', (await shownRowIds(page, 'lines'))[3]!, 'spec').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => listCapacityLines(e.opened.db).length).toBe(0);
    await expect.poll(() => countsText(page)).toContain('共 0 条');
  });
});

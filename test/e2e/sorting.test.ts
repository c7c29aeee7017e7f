import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapacityLine } from '../../src/shared/entities/capacityLine';
import { listCapacityLines } from '../../src/main/db/repositories/capacityLines';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { createCapacityLine } from '../../src/main/services/capacityLines';
import { createEnterprise } from '../../src/main/services/enterprises';
import { randomFrom, sampleEnterprises, sampleLine } from '../support/sampleLedger';
import { cell, countsText, grid, pasteText, shownRowIds, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Sorting the 落后设备 grid (done outside AG Grid, see sortOrder.ts): by 产能 up and down with
 * blanks first, by 所属企业 in pinyin order, by two columns with Shift, and the work done on a
 * sorted grid: an edited row moves to its place, a paste lands at the focused cell, a search
 * keeps the order. Every expected order is worked out here from the database's rows.
 */
describe('sorting 落后设备（生产线）', () => {
  let e: E2E;
  /** The rows in the order the grid shows them unsorted (ids). */
  let natural: string[];
  const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true });
  const header = (colId: string) => grid(e.page, 'lines').locator(`.ag-header-cell[col-id="${colId}"]`);
  const lines = () => new Map(listCapacityLines(e.opened.db).map((l) => [String(l.id), l]));

  /** Stable, as AG Grid's sort was: rows the comparison finds equal keep the ledger's order. */
  function sorted(compare: (a: CapacityLine, b: CapacityLine) => number): string[] {
    const byId = lines();
    return [...natural].sort((a, b) => compare(byId.get(a)!, byId.get(b)!));
  }
  const capacity = (l: CapacityLine) => l.capacity ?? -Infinity;
  const byCapacity = (a: CapacityLine, b: CapacityLine) => capacity(a) - capacity(b);

  beforeAll(async () => {
    e = await startE2E();
    const rand = randomFrom(5);
    for (const x of sampleEnterprises(8, 17)) createEnterprise(e.ctx, x);
    const enterprises = listEnterprises(e.opened.db);
    for (let i = 0; i < 22; i++) {
      const ent = enterprises[i % enterprises.length]!;
      const line = sampleLine(rand, ent.industry ?? '铸造', ent.town ?? '城关镇');
      // Two without a capacity, and two equal capacities, to see where blanks and ties go.
      const cap = i === 3 || i === 11 ? null : i === 15 ? 1.25 : i === 16 ? 1.25 : line.capacity;
      createCapacityLine(e.ctx, { enterpriseId: ent.id, ...line, capacity: cap, capacityUnit: cap === null ? null : line.capacityUnit });
    }
    await e.page.goto(`${e.harness.url}#lines`);
    await grid(e.page, 'lines').locator('.ag-row[row-index="21"]').waitFor();
    natural = await shownRowIds(e.page, 'lines');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows all the lines unsorted first', () => {
    expect(natural).toHaveLength(22);
  });

  it('sorts by 产能 ascending, then descending, blanks first then last, equal rows in ledger order', async () => {
    const { page } = e;
    await header('capacity').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('capacity').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted(byCapacity));
    const up = await shownRowIds(page, 'lines');
    expect(lines().get(up[0]!)!.capacity).toBeNull();
    expect(lines().get(up[1]!)!.capacity).toBeNull();
    await expect(cell(page, 'lines', up[0]!, 'capacity').textContent()).resolves.toBe('');

    await header('capacity').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('capacity').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted((a, b) => byCapacity(b, a)));
    await expect.poll(() => header('capacity').locator('.ag-sort-descending-icon:not(.ag-hidden)').count()).toBe(1);
    await screenshot(page, 'lines-sorted-capacity-desc');

    await header('capacity').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('capacity').getAttribute('aria-sort')).toBe('none');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(natural);
  });

  it('sorts by 所属企业 in pinyin order, and with Shift by 产能 within each enterprise', async () => {
    const { page } = e;
    const byName = (a: CapacityLine, b: CapacityLine) => pinyin.compare(a.enterpriseName, b.enterpriseName);
    await header('enterpriseName').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('enterpriseName').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted(byName));

    await header('capacity').locator('.ag-header-cell-label').click({ modifiers: ['Shift'] });
    await expect.poll(() => header('capacity').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('enterpriseName').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted((a, b) => byName(a, b) || byCapacity(a, b)));
    await screenshot(page, 'lines-sorted-enterprise-capacity');

    // A plain click on 产能 sorts by it alone.
    await header('capacity').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('enterpriseName').getAttribute('aria-sort')).toBe('none');
    await expect.poll(() => header('capacity').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted((a, b) => byCapacity(b, a)));
    await header('capacity').locator('.ag-header-cell-label').click();
    await header('capacity').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('capacity').getAttribute('aria-sort')).toBe('ascending');
  });

  it('moves an edited row to its place, pastes at the focused cell, and searches within the order', async () => {
    const { page } = e;
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted(byCapacity));
    // The smallest non-blank capacity becomes the largest: the row moves to the end once saved.
    const smallest = (await shownRowIds(page, 'lines'))[2]!;
    await cell(page, 'lines', smallest, 'capacity').dblclick();
    await page.keyboard.insertText('99999');
    await page.keyboard.press('Enter');
    await expect.poll(() => lines().get(smallest)!.capacity).toBe(99999);
    await expect.poll(async () => (await shownRowIds(page, 'lines')).at(-1)).toBe(smallest);
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted(byCapacity));

    // Two specs pasted at the 4th row go to the 4th and 5th rows as sorted.
    const order = await shownRowIds(page, 'lines');
    await cell(page, 'lines', order[3]!, 'spec').click();
    await pasteText(page, '排序后A\r\n排序后B');
    await expect.poll(() => statusText(page)).toContain('已粘贴 2 行');
    await expect.poll(() => [lines().get(order[3]!)!.spec, lines().get(order[4]!)!.spec]).toEqual(['排序后A', '排序后B']);
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(order);

    // Undo puts the two specs back; the order is the same.
    await page.keyboard.press('Control+z');
    await expect.poll(() => lines().get(order[3]!)!.spec).not.toBe('排序后A');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(order);

    // A search shows the matching rows, still by capacity.
    const name = lines().get(order[5]!)!.enterpriseName;
    await page.getByTestId('lines-search').locator('input').fill(name);
    const matching = sorted(byCapacity).filter((id) => lines().get(id)!.enterpriseName === name);
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(matching);
    await expect.poll(() => countsText(page)).toContain(`筛选后 ${matching.length} 条`);
    await page.getByTestId('lines-search').locator('input').fill('');
    await expect.poll(() => shownRowIds(page, 'lines')).toEqual(sorted(byCapacity));
  });
});

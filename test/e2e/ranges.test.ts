import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCapacityLines } from '../../src/main/db/repositories/capacityLines';
import { addEnterprise, addLine } from '../support/countyLedger';
import { cell, grid, shownRowIds, statusText, openGridAt1366 } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/** What Ctrl+C puts on the clipboard, read from the copy event the grid answers. */
function copied(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = new DataTransfer();
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
}

/** The cells of the grid drawn with `style`, read as the browser shows them (the range has no classes, see rangePaint). */
function drawn(page: Page, style: 'range' | 'fill-target'): Promise<number> {
  return grid(page, 'lines')
    .locator('.ag-cell')
    .evaluateAll(
      (cells, style) =>
        cells.filter((c) => {
          const s = getComputedStyle(c);
          return style === 'range' ? s.backgroundColor === 'rgba(22, 119, 255, 0.12)' : s.outlineStyle === 'dashed';
        }).length,
      style,
    );
}

/** Whether the cell shows the fill handle: the small blue square at its bottom-right corner. */
function hasHandle(page: Page, rowId: string, col: string): Promise<boolean> {
  return cell(page, 'lines', rowId, col).evaluate((c) => getComputedStyle(c, '::after').backgroundColor === 'rgb(22, 119, 255)');
}

async function center(page: Page, rowId: string, col: string) {
  const box = (await cell(page, 'lines', rowId, col).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/**
 * Issue 14, item 2: ranges on the ledger grids. Drag, Shift+click and Shift+arrows select a
 * rectangle; Ctrl+C copies it as TSV; Delete clears it as one undo step; Ctrl+D fills down; the
 * fill handle drags a series.
 */
describe('cell ranges in 落后设备（生产线）', () => {
  let e: E2E;
  let ids: string[] = [];
  const lines = () => new Map(listCapacityLines(e.opened.db).map((l) => [String(l.id), l]));

  beforeAll(async () => {
    e = await startE2E();
    const owner = addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' });
    const rows: [string, string, number, number | null][] = [
      ['中频炉', 'GW-1.5', 3, 1],
      ['冲天炉', '5吨/时', 1.5, 2],
      ['电弧炉', 'HX-10', 2, null],
      ['工频炉', '0.5吨', 0.8, null],
      ['化铁炉', '', 1.2, null],
      ['水泥磨机', 'Φ3.2m', 30, null],
    ];
    for (const [name, spec, capacity, quantity] of rows) addLine(e.opened.db, { enterpriseId: owner, name, spec, capacity, capacityUnit: '万吨', quantity, planYear: 2026 });
    await openGridAt1366(e.page, e.harness.url, 'lines');
    ids = await shownRowIds(e.page, 'lines');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('a drag selects a rectangle, and Ctrl+C copies it as tab-separated text', async () => {
    const { page } = e;
    const from = await center(page, ids[0]!, 'name');
    const to = await center(page, ids[2]!, 'spec');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => drawn(page, 'range')).toBe(6);
    expect(await copied(page)).toBe('中频炉\tGW-1.5\r\n冲天炉\t5吨/时\r\n电弧炉\tHX-10');
    await expect.poll(() => statusText(page)).toBe('已复制所选区域，可粘贴到 Excel 或 WPS');
    await screenshot(page, 'range-drag');
  });

  it('Shift+click and Shift+arrows select a rectangle; Delete clears it in one step that one Ctrl+Z undoes', async () => {
    const { page } = e;
    await cell(page, 'lines', ids[0]!, 'capacity').click();
    await expect.poll(() => drawn(page, 'range')).toBe(0);
    await cell(page, 'lines', ids[3]!, 'capacity').click({ modifiers: ['Shift'] });
    await expect.poll(() => drawn(page, 'range')).toBe(4);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => drawn(page, 'range')).toBe(8);
    await page.keyboard.press('Delete');
    await expect.poll(() => statusText(page)).toContain('已清除 4 行 × 2 列');
    for (const id of ids.slice(0, 4)) expect(lines().get(id)).toMatchObject({ capacity: null, capacityUnit: null });
    expect(lines().get(ids[4]!)!.capacity).toBe(1.2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => lines().get(ids[0]!)!.capacity).toBe(3);
    expect(ids.slice(0, 4).map((id) => lines().get(id)!.capacity)).toEqual([3, 1.5, 2, 0.8]);
    expect(ids.slice(0, 4).every((id) => lines().get(id)!.capacityUnit === '万吨')).toBe(true);
  });

  it('Ctrl+D fills the top row of the rectangle down', async () => {
    const { page } = e;
    await cell(page, 'lines', ids[3]!, 'spec').click();
    await cell(page, 'lines', ids[5]!, 'spec').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+d');
    await expect.poll(() => [4, 5].map((i) => lines().get(ids[i]!)!.spec)).toEqual(['0.5吨', '0.5吨']);
    await expect.poll(() => statusText(page)).toContain('已向下填充');
  });

  it('the fill handle drags a series down: quantities 1, 2 go on 3, 4, 5', async () => {
    const { page } = e;
    await cell(page, 'lines', ids[0]!, 'quantity').click();
    await cell(page, 'lines', ids[1]!, 'quantity').click({ modifiers: ['Shift'] });
    await expect.poll(() => hasHandle(page, ids[1]!, 'quantity')).toBe(true);
    expect(await hasHandle(page, ids[0]!, 'quantity')).toBe(false);
    const { box } = await center(page, ids[1]!, 'quantity');
    const target = await center(page, ids[4]!, 'quantity');
    await page.mouse.move(box.x + box.width - 3, box.y + box.height - 3);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await expect.poll(() => drawn(page, 'fill-target')).toBe(3);
    await screenshot(page, 'range-fill-handle');
    await page.mouse.up();
    await expect.poll(() => [2, 3, 4].map((i) => lines().get(ids[i]!)!.quantity)).toEqual([3, 4, 5]);
    expect(lines().get(ids[5]!)!.quantity).toBeNull();
    await expect.poll(() => drawn(page, 'range')).toBe(5);
    await screenshot(page, 'range-filled');
  });
});

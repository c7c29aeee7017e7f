import type { Page } from 'playwright-core';

/**
 * Helpers for driving the ledger grids. AG Grid 36 renders a row as one `.ag-row[row-id=ID]`
 * holding its pinned and scrolling cells; cells are `[col-id=field]`.
 */
export const grid = (page: Page, key: string) => page.getByTestId(`${key}-grid`);

/** Opens a grid's screen at the 1366×768 the issues test at, once its first row is drawn. */
export async function openGridAt1366(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${baseUrl}#${key}`);
  await grid(page, key).locator('.ag-row').first().waitFor();
}

export function cell(page: Page, key: string, rowId: string | number, colId: string) {
  return grid(page, key).locator(`.ag-row[row-id="${rowId}"] [col-id="${colId}"]`);
}

/** Row ids of the rows the grid shows (rendered), top to bottom. */
export async function shownRowIds(page: Page, key: string): Promise<string[]> {
  return grid(page, key)
    .locator('.ag-row[row-id]')
    .evaluateAll((rows) =>
      rows
        .map((r) => ({ id: r.getAttribute('row-id') ?? '', index: Number(r.getAttribute('row-index')) }))
        .sort((a, b) => a.index - b.index)
        .map((r) => r.id),
    );
}

/** Pastes text the way Ctrl+V does when Excel or WPS put it on the clipboard. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export const statusText = (page: Page) => page.locator('[data-testid="status-message"]:visible').textContent();
export const countsText = (page: Page) => page.getByTestId('grid-counts').first().textContent();

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { cell, countsText, grid, pasteText, shownRowIds, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 14, item 6: a pasted row is created with its valid cells, as Excel keeps a row with one
 * wrong value; the bad cells show marked with their reason and stay unsaved.
 */
describe('pasting rows with a bad cell into 企业名录', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.goto(`${e.harness.url}#enterprises`);
    await grid(e.page, 'enterprises').locator('.ag-overlay').waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('creates every row; the malformed credit code and the unknown status stay marked and unsaved', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '新增行' }).click();
    // 企业名称, 统一社会信用代码, 乡镇, 行业, 生产状态 — as copied from a county sheet.
    const block = [
      ['鑫达铸造有限公司', '91370500MA3C8QXK43', '城关镇', '铸造', '在产'],
      ['永兴钢丝绳厂', '9137050 0MA3C', '王庄镇', '钢丝绳', '倒闭'],
      ['恒昌印染有限公司', '', '开发区', '印染', '停产整治'],
    ];
    await pasteText(page, block.map((r) => r.join('\t')).join('\r\n') + '\r\n');
    await expect.poll(() => statusText(page)).toContain('已粘贴 3 行 × 5 列：保存 3 行（新增 3 行）');
    expect(await statusText(page)).toContain('第 2 行有单元格未保存');

    const saved = listEnterprises(e.opened.db);
    expect(saved.map((x) => x.name).sort()).toEqual(['恒昌印染有限公司', '永兴钢丝绳厂', '鑫达铸造有限公司'].sort());
    expect(saved.find((x) => x.name === '永兴钢丝绳厂')).toMatchObject({ town: '王庄镇', industry: '钢丝绳', uscc: null, status: null });

    const row = (await shownRowIds(page, 'enterprises'))[1]!;
    const uscc = cell(page, 'enterprises', row, 'uscc');
    await expect.poll(() => uscc.getAttribute('class')).toContain('cell-invalid');
    expect(await uscc.textContent()).toContain('9137050 0MA3C');
    expect(await cell(page, 'enterprises', row, 'status').getAttribute('class')).toContain('cell-invalid');
    expect(await cell(page, 'enterprises', row, 'town').getAttribute('class')).not.toContain('cell-invalid');
    await expect.poll(() => countsText(page)).toContain('未保存 1 行');
    await uscc.hover();
    await page.locator('.ag-tooltip').waitFor();
    expect(await page.locator('.ag-tooltip').textContent()).toMatch(/统一社会信用代码/);
    await screenshot(page, 'paste-partial-row');

    // Fixing the cell saves it into the row that already exists.
    await uscc.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('914403001922038216');
    await page.keyboard.press('Enter');
    await expect.poll(() => listEnterprises(e.opened.db).find((x) => x.name === '永兴钢丝绳厂')?.uscc).toBe('914403001922038216');
    expect(listEnterprises(e.opened.db)).toHaveLength(3);
  });
});

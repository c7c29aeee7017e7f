import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/main/db/repositories/audit';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { createEnterprise } from '../../src/main/services/enterprises';
import { readGridLayout } from '../../src/main/services/gridLayouts';
import { updateOptionLists } from '../../src/main/services/optionLists';
import { cell, countsText, grid, shownRowIds, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

const SAMPLE = [
  { name: '鑫达铸造有限公司', uscc: '91370500MA3C8QXK43', town: '城关镇', industry: '铸造', status: '在产' },
  { name: '华通水泥有限责任公司', uscc: '913715001660123403', town: '柳林镇', industry: '水泥', status: '停产整治' },
  { name: '恒昌印染有限公司', town: '开发区', industry: '印染', status: '在产' },
  { name: '永兴钢丝绳厂', town: '王庄镇', industry: '钢丝绳', status: '已关停' },
];

const idOf = (e: E2E, name: string) => listEnterprises(e.opened.db).find((r) => r.name === name)!.id;

describe('企业名录 in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    for (const draft of SAMPLE) createEnterprise(e.ctx, draft);
    updateOptionLists(e.ctx, { towns: ['城关镇', '柳林镇', '王庄镇', '开发区'] });
    await e.page.reload();
    await e.page.getByRole('menuitem', { name: '企业名录' }).click();
    await e.page.getByRole('gridcell', { name: '鑫达铸造有限公司' }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('adds an enterprise by typing into a new row: saved as soon as it has a name', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '新增行' }).click();
    await page.keyboard.press('F2');
    await page.keyboard.insertText('华为技术有限公司');
    await page.keyboard.press('Tab');
    await page.keyboard.press('F2');
    await page.keyboard.insertText('9144 0300 1922 0382 16');
    await page.keyboard.press('Enter');
    await expect.poll(() => listEnterprises(e.opened.db).find((r) => r.name === '华为技术有限公司')?.uscc).toBe('914403001922038216');
    await expect.poll(() => statusText(page)).toBe('已保存');
  });

  it('edits a cell inline; after a reload the value is still there and an audit entry records old → new', async () => {
    const { page } = e;
    const id = idOf(e, '恒昌印染有限公司');
    const townCell = cell(page, 'enterprises', id, 'town');
    await cell(page, 'enterprises', id, 'legalRep').dblclick();
    await page.keyboard.insertText('赵建国');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toBe('已保存');
    // The town comes from a 设置 list: picked in the select editor.
    await townCell.dblclick();
    await townCell.locator('.ag-picker-field-wrapper').click();
    await page.getByRole('option', { name: '柳林镇', exact: true }).click();
    await expect.poll(() => listEnterprises(e.opened.db).find((r) => r.id === id)?.town).toBe('柳林镇');

    await page.reload();
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    await page.getByRole('gridcell', { name: '恒昌印染有限公司' }).waitFor();
    await expect.poll(() => townCell.textContent()).toBe('柳林镇');
    const audit = listAuditEntries(e.opened.db, { entity: 'enterprise', entityId: id });
    expect(audit[0]).toMatchObject({ action: 'update', field: 'town', oldValue: '开发区', newValue: '柳林镇' });
  });

  it('shows the row history: who, when, field, old → new', async () => {
    const { page } = e;
    const id = idOf(e, '恒昌印染有限公司');
    await page.getByRole('button', { name: '行历史' }).click();
    await cell(page, 'enterprises', id, 'industry').click();
    const history = page.getByTestId('row-history');
    await expect.poll(() => history.getByTestId('history-entry').first().textContent()).toContain('修改「乡镇（街道）」开发区 → 柳林镇');
    expect(await history.textContent()).toContain('修改「法定代表人」（空） → 赵建国');
    expect(await history.textContent()).toContain('新增');
    await screenshot(page, 'enterprises-history');
    await page.getByRole('button', { name: '行历史' }).click();
  });

  it('keeps a malformed credit code typed in the grid visible, marked with the Chinese reason, and saves nothing', async () => {
    const { page } = e;
    const id = idOf(e, '永兴钢丝绳厂');
    const c = cell(page, 'enterprises', id, 'uscc');
    await c.dblclick();
    await page.keyboard.type('12345');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toContain('统一社会信用代码应为18位');
    await expect.poll(() => c.getAttribute('class')).toContain('cell-invalid');
    expect(await c.textContent()).toBe('12345');
    expect(listEnterprises(e.opened.db).find((r) => r.id === id)!.uscc).toBeNull();
    // Esc on the marked cell forgets the typing and shows the saved value again.
    await c.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => c.textContent()).toBe('');
    expect(await c.getAttribute('class')).not.toContain('cell-invalid');
  });

  it('finds an enterprise by its pinyin initials, its name or its credit code', async () => {
    const { page } = e;
    const search = page.getByTestId('enterprises-search').locator('input');
    await search.fill('xdzz');
    await expect.poll(() => shownRowIds(page, 'enterprises')).toEqual([String(idOf(e, '鑫达铸造有限公司'))]);
    await expect.poll(() => countsText(page)).toContain('筛选后 1 家');
    await search.fill('水泥');
    await expect.poll(() => shownRowIds(page, 'enterprises')).toEqual([String(idOf(e, '华通水泥有限责任公司'))]);
    await search.fill('913715001660');
    await expect.poll(() => shownRowIds(page, 'enterprises')).toEqual([String(idOf(e, '华通水泥有限责任公司'))]);
    await search.fill('');
    await expect.poll(async () => (await shownRowIds(page, 'enterprises')).length).toBe(5);
  });

  it('pastes with a real Ctrl+V and copies the selected rows as tab-separated text', async () => {
    const { page } = e;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const a = idOf(e, '鑫达铸造有限公司');
    const b = idOf(e, '华通水泥有限责任公司');
    await page.evaluate(() => navigator.clipboard.writeText('张建国\t王经理\r\n李志强\t刘会计\r\n'));
    await cell(page, 'enterprises', a, 'legalRep').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => listEnterprises(e.opened.db).find((r) => r.id === b)?.contact).toBe('刘会计');
    expect(listEnterprises(e.opened.db).find((r) => r.id === a)).toMatchObject({ legalRep: '张建国', contact: '王经理' });

    await cell(page, 'enterprises', a, 'ag-Grid-SelectionColumn').locator('input').check();
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\t').slice(0, 4)).toEqual(['鑫达铸造有限公司', '91370500MA3C8QXK43', '城关镇', '铸造']);
    await cell(page, 'enterprises', a, 'ag-Grid-SelectionColumn').locator('input').uncheck();
  });

  it('deletes to the 回收站 and restores from it', async () => {
    const { page } = e;
    const id = idOf(e, '永兴钢丝绳厂');
    await cell(page, 'enterprises', id, 'ag-Grid-SelectionColumn').locator('input').check();
    await page.getByRole('button', { name: '删除' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => shownRowIds(page, 'enterprises')).not.toContain(String(id));
    expect(listEnterprises(e.opened.db, { deleted: true }).map((r) => r.name)).toEqual(['永兴钢丝绳厂']);

    await page.getByRole('button', { name: '回收站' }).click();
    const bin = page.getByRole('dialog', { name: '回收站 · 企业' });
    await bin.getByRole('row', { name: /永兴钢丝绳厂/ }).getByRole('checkbox').check();
    await screenshot(page, 'enterprises-recycle-bin');
    await bin.getByRole('button', { name: /恢复/ }).click();
    await expect.poll(() => shownRowIds(page, 'enterprises')).toContain(String(id));
    expect(listEnterprises(e.opened.db, { deleted: true })).toEqual([]);
    await expect.poll(() => statusText(page)).toContain('已从回收站恢复 1 家企业');
  });

  it('clears a cell with Delete, as in Excel, and undoes that too', async () => {
    const { page } = e;
    const id = idOf(e, '华通水泥有限责任公司');
    await cell(page, 'enterprises', id, 'industry').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => listEnterprises(e.opened.db).find((r) => r.id === id)?.industry).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => listEnterprises(e.opened.db).find((r) => r.id === id)?.industry).toBe('水泥');
  });

  it('remembers a hidden column and a column width after a reload', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '列' }).click();
    await page.getByRole('checkbox', { name: '备注' }).uncheck();
    await page.keyboard.press('Escape');
    const header = grid(page, 'enterprises').locator('.ag-header-cell[col-id="industry"]');
    const box = (await header.boundingBox())!;
    const handle = (await header.locator('.ag-header-cell-resize').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    // AG Grid applies a resize on the next frame: move in small steps, as a hand would.
    for (let dx = 4; dx <= 80; dx += 4) {
      await page.mouse.move(handle.x + handle.width / 2 + dx, handle.y + handle.height / 2);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(box.width + 40);
    // The layout is saved after a short pause; reload once it is in the data file.
    await expect
      .poll(() => {
        const saved = readGridLayout(e.ctx, 'enterprises');
        return !!saved?.find((c) => c.colId === 'notes')?.hide && (saved.find((c) => c.colId === 'industry')?.width ?? 0) > box.width + 40;
      })
      .toBe(true);
    await page.reload();
    await page.getByRole('gridcell', { name: '鑫达铸造有限公司' }).waitFor();
    expect(await grid(page, 'enterprises').locator('.ag-header-cell[col-id="notes"]').count()).toBe(0);
    const width = (await grid(page, 'enterprises').locator('.ag-header-cell[col-id="industry"]').boundingBox())!.width;
    expect(width).toBeGreaterThan(box.width + 40);
  });

  it('jumps from an enterprise to its page', async () => {
    const { page } = e;
    const id = idOf(e, '鑫达铸造有限公司');
    await cell(page, 'enterprises', id, 'name').hover();
    await page.getByRole('button', { name: '打开企业「鑫达铸造有限公司」' }).click();
    await page.getByTestId('enterprise-page').getByRole('heading', { name: '鑫达铸造有限公司' }).waitFor();
    await grid(page, 'enterpriseLines').waitFor();
  });
});

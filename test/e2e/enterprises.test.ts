import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/main/db/repositories/audit';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { createEnterprise } from '../../src/main/services/enterprises';
import { screenshot, startE2E, type E2E } from './support';

const SAMPLE = [
  { name: '鑫达铸造有限公司', uscc: '91370500MA3C8QXK43', town: '城关镇', industry: '铸造', status: '在产' },
  { name: '华通水泥有限责任公司', uscc: '913715001660123403', town: '柳林镇', industry: '水泥', status: '停产整治' },
  { name: '恒昌印染有限公司', town: '开发区', industry: '印染', status: '在产' },
  { name: '永兴钢丝绳厂', town: '王庄镇', industry: '钢丝绳', status: '已关停' },
];

describe('企业名录 in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    for (const draft of SAMPLE) createEnterprise(e.ctx, draft);
    await e.page.reload();
    await e.page.getByRole('menuitem', { name: '企业名录' }).click();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('adds an enterprise through the dialog and saves it to the database', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '新增企业' }).click();
    await page.getByLabel('企业名称').fill('华为技术有限公司');
    await page.getByLabel('统一社会信用代码').fill('9144 0300 1922 0382 16');
    await page.getByLabel('乡镇（街道）').fill('城关镇');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('已保存');
    await page.getByRole('gridcell', { name: '华为技术有限公司' }).waitFor();
    const saved = listEnterprises(e.opened.db).find((r) => r.name === '华为技术有限公司');
    expect(saved?.uscc).toBe('914403001922038216');
  });

  it('edits a cell inline; after a reload the value is still there and an audit entry records old → new', async () => {
    const { page } = e;
    const id = listEnterprises(e.opened.db).find((r) => r.name === '恒昌印染有限公司')!.id;
    const townCell = page.locator(`.ag-row[row-id="${id}"] [col-id="town"]`);
    await townCell.dblclick();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('柳林镇');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toBe('已保存');

    await page.reload();
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    await page.getByRole('gridcell', { name: '恒昌印染有限公司' }).waitFor();
    await expect.poll(() => townCell.textContent()).toBe('柳林镇');

    const audit = listAuditEntries(e.opened.db, { entity: 'enterprise', entityId: id });
    expect(audit[0]).toMatchObject({ action: 'update', field: 'town', oldValue: '开发区', newValue: '柳林镇' });
  });

  it('rejects a malformed credit code typed in the grid with a Chinese message and keeps the old value', async () => {
    const { page } = e;
    const id = listEnterprises(e.opened.db).find((r) => r.name === '永兴钢丝绳厂')!.id;
    const cell = page.locator(`.ag-row[row-id="${id}"] [col-id="uscc"]`);
    await cell.dblclick();
    await page.keyboard.type('12345');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('统一社会信用代码应为18位');
    await expect.poll(() => cell.textContent()).toBe('');
    await screenshot(page, 'enterprises-grid');
  });
});

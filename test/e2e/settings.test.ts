import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOptionLists } from '../../src/main/services/optionLists';
import { readSettings } from '../../src/main/services/settings';
import { createEnterprise } from '../../src/main/services/enterprises';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { cell, statusText } from './grid';
import { startE2E, type E2E } from './support';

/** 设置: the county, year and operator, and the lists the grids' pick lists offer. */
describe('设置', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    createEnterprise(e.ctx, { name: '鑫达铸造有限公司' });
    await e.page.goto(`${e.harness.url}#settings`);
    await e.page.getByRole('heading', { name: '设置' }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('saves the county, the year and the operator, and the header shows them', async () => {
    const { page } = e;
    await page.getByLabel('县（市、区）名称').fill('临清县');
    await page.getByLabel('操作人').fill('王科员');
    await page.getByRole('button', { name: /保存$/ }).click();
    await expect.poll(() => statusText(page)).toBe('已保存基本设置');
    expect(readSettings(e.ctx)).toMatchObject({ countyName: '临清县', operatorName: '王科员' });
    await page.getByText('临清县 · ').waitFor();
  });

  it('saves a town list that the 企业名录 then offers in its pick list', async () => {
    const { page } = e;
    await page.getByLabel('乡镇（街道）').fill('城关镇\n柳林镇\n 王庄镇 \n\n城关镇');
    await page.getByTestId('save-lists').click();
    await expect.poll(() => readOptionLists(e.ctx).towns).toEqual(['城关镇', '柳林镇', '王庄镇']);

    await page.getByRole('menuitem', { name: '企业名录' }).click();
    const id = listEnterprises(e.opened.db)[0]!.id;
    const town = cell(page, 'enterprises', id, 'town');
    await town.dblclick();
    await town.locator('.ag-picker-field-wrapper').click();
    await page.getByRole('option', { name: '王庄镇', exact: true }).click();
    await expect.poll(() => listEnterprises(e.opened.db)[0]!.town).toBe('王庄镇');
  });
});

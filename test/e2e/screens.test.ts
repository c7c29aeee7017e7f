import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { createCapacityLine } from '../../src/main/services/capacityLines';
import { createCase } from '../../src/main/services/cases';
import { createEnterprise, updateEnterprise } from '../../src/main/services/enterprises';
import { updateOptionLists } from '../../src/main/services/optionLists';
import { updateSettings } from '../../src/main/services/settings';
import { SAMPLE_CASES } from '../support/sampleCases';
import { randomFrom, sampleEnterprises, sampleLine, TOWNS } from '../support/sampleLedger';
import { cell, countsText, grid, shownRowIds } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Each screen with a county's ledger in it, entered through the services (so every row has its
 * history), then looked at: the screenshots land in test-results/screenshots/.
 */
describe('the ledger screens with realistic data', () => {
  let e: E2E;
  let xinda: number;

  beforeAll(async () => {
    e = await startE2E();
    const { ctx } = e;
    updateSettings(ctx, { countyName: '临清县', year: 2026, operatorName: '王科员' });
    updateOptionLists(ctx, { towns: TOWNS });
    const rand = randomFrom(21);
    const lead = createEnterprise(ctx, {
      name: '鑫达铸造有限公司', uscc: '91370521MA3C8QXK4X', town: '城关镇', industry: '铸造', status: '停产整治',
      legalRep: '王建国', contact: '李志强', phone: '13905301234', address: '城关镇工业园区28号', envCredit: '黄', performanceClass: 'C',
    }).row;
    xinda = lead.id;
    for (const x of sampleEnterprises(40, 9)) createEnterprise(ctx, x);
    for (const ent of listEnterprises(ctx.db)) {
      const n = ent.id === xinda ? 4 : rand.int(1, 4);
      for (let i = 0; i < n; i++) createCapacityLine(ctx, { enterpriseId: ent.id, ...sampleLine(rand, ent.industry ?? '铸造', ent.town ?? '城关镇') });
    }
    const all = listEnterprises(ctx.db);
    for (const c of SAMPLE_CASES) {
      const { industry, ...draft } = c;
      const owners = all.filter((x) => x.industry === industry).slice(0, 3);
      for (const o of owners) createCase(ctx, { ...draft, enterpriseId: o.id });
    }
    updateEnterprise(ctx, xinda, { town: '柳林镇' });
    updateEnterprise(ctx, xinda, { town: '城关镇', status: '停产整治' });
  });
  afterAll(async () => {
    await e?.close();
  });

  it('企业名录: the enterprises, with the history of the selected one', async () => {
    const { page } = e;
    await page.goto(`${e.harness.url}#enterprises`);
    await page.getByRole('gridcell', { name: '鑫达铸造有限公司' }).waitFor();
    await page.getByRole('button', { name: '行历史' }).click();
    await cell(page, 'enterprises', xinda, 'town').click();
    await page.getByTestId('row-history').getByTestId('history-entry').first().waitFor();
    expect(await countsText(page)).toContain('共 41 家');
    await screenshot(page, 'grid-enterprises');
  });

  it('落后设备: the lines, with the capacity of the selected ones added up by unit', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '落后设备' }).click();
    const ids = await (async () => {
      await grid(page, 'lines').locator('.ag-row[row-id]').first().waitFor();
      return shownRowIds(page, 'lines');
    })();
    for (const id of ids.slice(0, 3)) await cell(page, 'lines', id, 'ag-Grid-SelectionColumn').locator('input').check();
    await expect.poll(() => page.getByTestId('capacity-sum').textContent()).toContain('产能合计（已选）');
    await screenshot(page, 'grid-lines');
  });

  it('整改事项: the cases by dimension, with notice dates written the Chinese ways shown as 2026-03-02', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '整改事项' }).click();
    await grid(page, 'cases').locator('.ag-row[row-id]').first().waitFor();
    const dates = await grid(page, 'cases').locator('[col-id="noticeDate"].ag-cell').allTextContents();
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    await screenshot(page, 'grid-cases');
  });

  it('企业页: an enterprise with its lines, its cases and its history', async () => {
    const { page } = e;
    await page.goto(`${e.harness.url}#enterprise/${xinda}`);
    await page.getByTestId('enterprise-page').getByRole('heading', { name: '鑫达铸造有限公司' }).waitFor();
    await grid(page, 'enterpriseLines').locator('.ag-row[row-id]').first().waitFor();
    await page.getByTestId('enterprise-history').getByText('修改「乡镇（街道）」柳林镇 → 城关镇').waitFor();
    expect(await shownRowIds(page, 'enterpriseLines')).toHaveLength(4);
    await screenshot(page, 'enterprise-page');
  });
});

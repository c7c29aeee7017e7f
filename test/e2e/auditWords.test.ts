import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCase, transitionCase } from '../../src/main/services/caseWorkflow';
import { addEnterprise } from '../support/countyLedger';
import { cell, grid } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/** Issue 14, item 8: the row history names a case's status as the workflow does, not its code. */
describe('the row history in the ledger’s words', () => {
  let e: E2E;
  let id = 0;
  beforeAll(async () => {
    e = await startE2E();
    const enterpriseId = addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' });
    id = registerCase(e.ctx, { enterpriseId, dimension: '能耗', source: '节能监察' }).id;
    transitionCase(e.ctx, { id, transition: 'issue-notice', date: '2026-04-01', note: '节能监察整改通知书' });
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.goto(`${e.harness.url}#cases`);
    await grid(e.page, 'cases').locator('.ag-row').first().waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows 待下达整改通知 → 整改中 and 整改期限 6个月, never registered → rectifying or {"months":6}', async () => {
    const { page } = e;
    await cell(page, 'cases', id, 'dimension').click();
    await page.getByRole('button', { name: '行历史' }).click();
    const history = page.getByTestId('row-history');
    await expect.poll(() => history.textContent()).toContain('待下达整改通知 → 整改中');
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('修改「整改期限」（空） → 6个月');
    expect(text).not.toMatch(/registered|rectifying|period|\{"/);
    await screenshot(page, 'audit-words-case-history');
  });
});

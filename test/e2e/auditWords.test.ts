import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { registerCase, transitionCase } from '../../src/main/services/caseWorkflow';
import { backupNow } from '../../src/main/services/backups';
import { addEnterprise } from '../support/countyLedger';
import { importFile } from '../support/importPipeline';
import { cell, grid, openGridAt1366 } from './grid';
import { countySheetXlsx } from './importFixture';
import { screenshot, startE2E, type E2E } from './support';

/** Issue 14, item 8: histories, sources and dialogs in the ledger's words, never its codes. */
describe('the row history in the ledger’s words', () => {
  let e: E2E;
  let id = 0;
  beforeAll(async () => {
    e = await startE2E();
    const enterpriseId = addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' });
    id = registerCase(e.ctx, { enterpriseId, dimension: '能耗', source: '节能监察' }).id;
    transitionCase(e.ctx, { id, transition: 'issue-notice', date: '2026-04-01', note: '节能监察整改通知书' });
    await openGridAt1366(e.page, e.harness.url, 'cases');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows 待下达整改通知 → 限期整改中 (the grid’s word) and 整改期限 6个月, never registered → rectifying or {"months":6}', async () => {
    const { page } = e;
    await expect.poll(() => cell(page, 'cases', id, 'status').textContent()).toBe('限期整改中');
    await cell(page, 'cases', id, 'dimension').click();
    await page.getByRole('button', { name: '行历史' }).click();
    const history = page.getByTestId('row-history');
    await expect.poll(() => history.textContent()).toContain('待下达整改通知 → 限期整改中');
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('修改「整改期限」（空） → 6个月');
    expect(text).not.toMatch(/registered|rectifying|period|\{"|→ 整改中/);
    await screenshot(page, 'audit-words-case-history');
  });

  it('the 办理 panel’s history says 限期整改中 as the grid does', async () => {
    const { page } = e;
    await cell(page, 'cases', id, 'handle').locator('a').click();
    const steps = page.getByTestId('case-history');
    await expect.poll(() => steps.textContent()).toContain('下达整改通知 → 限期整改中');
    await page.keyboard.press('Escape');
    await steps.waitFor({ state: 'hidden' });
  });

  it('names an import as 导入：文件名（日期）, not import:9f28…', async () => {
    const { page } = e;
    importFile(e.ctx, countySheetXlsx(), '某县2024年落后产能台账.xlsx');
    const xinda = listEnterprises(e.opened.db).find((r) => r.name === '华通水泥有限责任公司')!;
    await page.goto(`${e.harness.url}#enterprises`);
    await cell(page, 'enterprises', xinda.id, 'name').click();
    const history = page.getByTestId('row-history');
    if (!(await history.isVisible())) await page.getByRole('button', { name: '行历史' }).click();
    await expect.poll(() => history.textContent()).toMatch(/导入：某县2024年落后产能台账\.xlsx（\d{4}-\d{2}-\d{2}）/);
    expect(await history.textContent()).not.toMatch(/import:/);
    await screenshot(page, 'audit-words-import-source');
  });

  it('refuses a backup from a newer version as 由较新版本的软件创建, with no schema numbers', async () => {
    const { page } = e;
    const file = await backupNow(e.ctx, 'manual');
    const newer = new Database(file);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.locator('.ant-table-row').first().getByRole('button', { name: '恢复…' }).click();
    const dialog = page.locator('.ant-modal-confirm');
    await expect.poll(() => dialog.textContent()).toContain('该备份由较新版本的软件创建');
    expect(await dialog.textContent()).not.toMatch(/数据结构|版本 \d|\d+，本软件/);
    await screenshot(page, 'audit-words-newer-backup');
    await dialog.getByRole('button', { name: /知道了|确定|OK/ }).click();
  });
});

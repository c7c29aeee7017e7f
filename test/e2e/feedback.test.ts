import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { importSessions } from '../../src/main/import/sessions';
import { backupNow } from '../../src/main/services/backups';
import { registerCase, transitionCase } from '../../src/main/services/caseWorkflow';
import { createEnterprise } from '../../src/main/services/enterprises';
import { cell, grid, openGridAt1366 } from './grid';
import { countySheetXlsx } from './importFixture';
import { screenshot, startE2E, type E2E } from './support';

const FILE = { name: '某县落后产能台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: countySheetXlsx() };

/** Issue 14, item 9: feedback the user sees, whatever covers the window, and across a reload. */
describe('feedback above drawers, after a restore, and before leaving 导入', () => {
  let e: E2E;
  let caseId = 0;
  beforeAll(async () => {
    e = await startE2E();
    const enterpriseId = createEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' }).row.id;
    caseId = registerCase(e.ctx, { enterpriseId, dimension: '环保', source: '执法检查' }).id;
    transitionCase(e.ctx, { id: caseId, transition: 'issue-notice', date: '2026-03-05', measure: '限制生产', period: { months: 3 } });
    await openGridAt1366(e.page, e.harness.url, 'cases');
  });
  afterAll(async () => {
    if (e) await importSessions(e.ctx).closeAll();
    await e?.close();
  });

  it('a message from inside the 办理 drawer shows on top of the drawer, not under its mask', async () => {
    const { page } = e;
    await cell(page, 'cases', caseId, 'handle').locator('a').click();
    await page.getByRole('switch', { name: '情节严重' }).click();
    const toast = page.locator('.ant-message-notice', { hasText: '已标记情节严重' });
    await toast.waitFor();
    // Once its slide-in has ended (mid-animation it is still above the window's top edge), the
    // topmost element at the toast's centre is the toast itself.
    await page.waitForFunction((el) => !String(el?.className).includes('appear') && el!.getBoundingClientRect().top >= 0, await toast.elementHandle());
    const onTop = await toast.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(onTop).toBe(true);
    await screenshot(page, 'feedback-toast-over-drawer');
    await page.keyboard.press('Escape');
  });

  it('a restore’s result is still shown after the page reloads', async () => {
    const { page } = e;
    await backupNow(e.ctx, 'manual');
    createEnterprise(e.ctx, { name: '备份之后新增的企业' });
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.locator('.ant-table-row').first().getByRole('button', { name: '恢复…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => listEnterprises(e.opened.db).map((r) => r.name)).toEqual(['华通水泥有限责任公司']);
    // After the reload: at the foot of the window and as a toast.
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent(), { timeout: 15_000 }).toContain('已从备份恢复');
    await page.locator('.ant-message-notice', { hasText: '已从备份恢复' }).waitFor();
    await screenshot(page, 'feedback-restore-after-reload');
    // Shown once: another reload does not repeat it.
    await page.reload();
    await page.getByRole('heading', { name: '备份与恢复' }).waitFor();
    expect(await page.locator('[data-testid="status-message"]:visible').textContent()).not.toContain('已从备份恢复');
  });

  it('leaving 导入 with a file chosen asks first; 继续导入 stays, 放弃并离开 leaves', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.locator('input[type=file]').setInputFiles(FILE);
    await page.getByRole('button', { name: '下一步：对应列' }).waitFor();
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    const ask = page.locator('.ant-modal-confirm', { hasText: '离开导入？' });
    await expect.poll(() => ask.textContent()).toContain('「某县落后产能台账.xlsx」还没有导入');
    await screenshot(page, 'feedback-leave-import');
    await ask.getByRole('button', { name: '继续导入' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/#import$/);
    await page.getByRole('button', { name: '下一步：对应列' }).waitFor();

    await page.getByRole('menuitem', { name: '企业名录' }).click();
    await ask.getByRole('button', { name: '放弃并离开' }).click();
    await expect.poll(() => page.url()).toMatch(/#enterprises$/);
    // Back in 导入 the wizard starts afresh, and leaving it now asks nothing.
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await expect.poll(() => page.url()).toMatch(/#workbench$/);
    expect(await ask.count()).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { createEnterprise } from '../../src/main/services/enterprises';
import { screenshot, startE2E, type E2E } from './support';

describe('备份与恢复 in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    createEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' });
    createEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' });
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('takes a backup that is listed with its counts, then restores it after a preview', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toContain('备份完成');
    const row = page.locator('.ant-table-row').first();
    await expect.poll(() => row.textContent()).toContain('手动');

    createEnterprise(e.ctx, { name: '备份之后新增的企业' });
    expect(listEnterprises(e.opened.db)).toHaveLength(3);

    await row.getByRole('button', { name: '恢复…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('企业2 家');
    await screenshot(page, 'backup-restore-preview');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => listEnterprises(e.opened.db).map((r) => r.name).sort()).toEqual(['华通水泥有限责任公司', '鑫达铸造有限公司']);
  });
});

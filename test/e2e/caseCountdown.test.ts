import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/services/cases';
import { updateThresholds } from '../../src/main/services/countdownSettings';
import { createEnterprise } from '../../src/main/services/enterprises';
import { createTask } from '../../src/main/services/tasks';
import { cell } from './grid';
import { screenshot, startE2E, type E2E } from './support';

describe('整改事项 grid: countdowns, cards and the 办理 panel', () => {
  let e: E2E;
  let overdueId = 0;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2026-11-22T09:00:00+08:00') });
    const a = createEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' }).row.id;
    const b = createEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' }).row.id;
    overdueId = createCase(e.ctx, { enterpriseId: a, dimension: '能耗', source: '节能监察', noticeDate: '2026-05-06', description: '中频炉单位产品能耗超过限额标准' }).row.id;
    createCase(e.ctx, { enterpriseId: b, dimension: '能耗', source: '节能监察', noticeDate: '2026-06-10', description: '水泥熟料综合能耗超标' });
    createCase(e.ctx, { enterpriseId: b, dimension: '质量', source: '监督抽查', description: '产品抽检不合格' });
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows each case’s status in words, its deadline and countdown with its card, and opens 办理 from the row', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '整改事项' }).click();
    const row = page.locator(`.ag-row[row-id="${overdueId}"]`);
    // 2026-05-06 + 6 months = 2026-11-06 (a Friday): overdue by 16 days on 2026-11-22, no card (not closed).
    await expect.poll(() => row.locator('[col-id="deadline"]').textContent()).toBe('2026-11-06');
    await expect.poll(() => row.locator('[col-id="countdown"]').textContent()).toContain('逾期 16 天');
    await expect.poll(() => row.locator('[col-id="status"]').textContent()).toContain('整改中');
    await screenshot(page, 'cases-countdown');
    await row.locator('[col-id="handle"]').getByText('办理').click();
    await expect.poll(() => page.locator('.ant-drawer').textContent()).toContain('鑫达铸造有限公司');
  });

  it('moves a case’s countdown with a grid edit from the edit’s answer, without fetching every case’s deadline again', async () => {
    const { page } = e;
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
    const fetched: string[] = [];
    const onRequest = (r: { url(): string }) => void (r.url().includes(encodeURIComponent('cases:deadlines')) && fetched.push(r.url()));
    page.on('request', onRequest);
    try {
      const date = cell(page, 'cases', overdueId, 'noticeDate');
      await date.dblclick();
      await page.keyboard.insertText('2026年6月1日');
      await page.keyboard.press('Enter');
      // 2026-06-01 + 6 months = 2026-12-01 (a Tuesday): 9 days left on 2026-11-22.
      await expect.poll(() => cell(page, 'cases', overdueId, 'deadline').textContent()).toBe('2026-12-01');
      await expect.poll(() => cell(page, 'cases', overdueId, 'countdown').textContent()).toContain('剩余 9 天');
      expect(fetched).toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('counts a task down in main from the ledger’s today with the user’s thresholds', async () => {
    const { page } = e;
    updateThresholds(e.ctx, { soon: 5, near: 40 });
    const id = createTask(e.ctx, { year: 2026, section: '保障措施', content: '报送年度落后产能退出工作总结', completionText: '12月底' }).row.id;
    await page.getByRole('menuitem', { name: '重点工作' }).click();
    // 2026-12-31 is 39 days after the ledger's 2026-11-22: 较近 under the user's 40 days (later by default).
    const countdown = page.getByTestId('task-grid').locator(`.ag-row[row-id="${id}"] [col-id="countdown"] .countdown`);
    await expect.poll(() => countdown.textContent()).toBe('剩余 39 天');
    expect(await countdown.getAttribute('class')).toContain('countdown-near');
    await screenshot(page, 'tasks-countdown');
  });
});

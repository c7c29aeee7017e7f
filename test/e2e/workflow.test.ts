import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnterprise } from '../../src/main/services/enterprises';
import { listWorkflowEvents } from '../../src/main/db/repositories/caseWorkflow';
import { screenshot, startE2E, type E2E } from './support';
import { seedCountyLedger } from './workbenchData';

/** The step's form: fills what is given, confirms, and waits for the form to close or refuse. */
async function takeStep(page: Page, label: string, fields: { date?: string } = {}) {
  await page.locator('.workflow-panel').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${label}：`) });
  await dialog.waitFor();
  if (fields.date) await dialog.getByLabel('日期').fill(fields.date);
  await dialog.getByRole('button', { name: '确定' }).click();
  return dialog;
}

describe('整改事项办理 in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2023-06-01T02:00:00Z') });
    createEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' });
    createEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' });
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('registers a 能耗 case, extends it once, refuses a second extension, and a failed check then closure puts it on the 红牌 list', async () => {
    const { page } = e;
    await page.getByRole('tab', { name: '整改事项' }).click();
    await page.getByRole('button', { name: '登记整改事项' }).click();
    const register = page.getByRole('dialog', { name: '登记整改事项' });
    await register.getByLabel('企业').click();
    await page.keyboard.type('鑫达');
    await page.keyboard.press('Enter');
    await register.getByLabel('维度').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="能耗"]').click();
    await register.getByRole('button', { name: '登记' }).click();

    const status = page.getByTestId('case-status');
    await expect.poll(() => status.textContent()).toBe('待下达整改通知');

    await takeStep(page, '下达整改通知', { date: '2023-04-01' });
    await expect.poll(() => status.textContent()).toBe('限期整改中');
    await expect.poll(() => page.getByTestId('case-deadline').textContent()).toBe('2023-10-07');
    expect(await page.getByTestId('case-explanation').textContent()).toBe('2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日）');
    const countdown = page.locator('.workflow-panel .countdown').first();
    expect(await countdown.textContent()).toBe('剩余 128 天');

    await takeStep(page, '申请延期');
    await expect.poll(() => status.textContent()).toBe('延期申请中');
    await takeStep(page, '批准延期');
    await expect.poll(() => status.textContent()).toBe('延期整改中');
    await expect.poll(() => page.getByTestId('case-deadline').textContent()).toBe('2024-01-08');
    expect(await countdown.textContent()).toBe('剩余 221 天');
    await screenshot(page, 'case-panel-extended');

    const second = await takeStep(page, '申请延期');
    await expect.poll(() => second.getByTestId('transition-error').textContent()).toBe('每个整改事项只能申请一次延期，已于2023年6月1日申请过');
    await screenshot(page, 'case-panel-second-extension-refused');
    await second.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => status.textContent()).toBe('延期整改中');

    await takeStep(page, '复查不达标', { date: '2023-12-20' });
    await expect.poll(() => status.textContent()).toBe('整改不达标·待依法处置');
    // The extended period runs to 2024-01-08; a failed check does not end it.
    await takeStep(page, '依法关停退出', { date: '2024-01-09' });
    await expect.poll(() => status.textContent()).toBe('已依法关停退出');
    expect(await page.locator('.ant-drawer .card-red').count()).toBe(1);
    expect(await page.getByTestId('case-history').textContent()).toContain('复查不达标');

    const caseId = (e.opened.db.prepare('SELECT id FROM cases').get() as { id: number }).id;
    expect(listWorkflowEvents(e.opened.db, caseId).map((ev) => ev.transition)).toEqual([
      null,
      'issue-notice',
      'request-extension',
      'approve-extension',
      'reinspect-fail',
      'close-down',
    ]);

    await page.locator('.ant-drawer-close').click();
    await page.getByRole('tab', { name: '黄牌·红牌名单' }).click();
    await page.getByText('红牌名单', { exact: true }).click();
    const red = page.getByTestId('card-list-red');
    await expect.poll(() => red.textContent()).toContain('鑫达铸造有限公司');
    expect(await red.textContent()).not.toContain('华通水泥');
    await screenshot(page, 'red-card-list');
  });
});

describe('工作台 with a county’s ledger', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2026-11-20T02:00:00Z') });
    seedCountyLedger(e.ctx);
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('opens on 工作台: overdue first, then due soon, the year’s milestones, counts by dimension and card', async () => {
    const { page } = e;
    const overdue = page.getByTestId('urgent-overdue');
    await overdue.waitFor();
    const first = await page.locator('.urgent-item').first().textContent();
    expect(first).toContain('聊城华通水泥有限责任公司');
    expect(first).toContain('逾期 41 天');
    expect(await overdue.textContent()).toContain('冠县永兴钢丝绳厂');
    expect(await page.getByTestId('urgent-due').textContent()).toContain('今日到期');
    expect(await page.getByTestId('stat-red').textContent()).toContain('2');
    expect(await page.getByTestId('workbench-milestones').textContent()).toContain('函告全年依法关闭退出情况和工作总结');
    // A 1080p desktop's browser area, so that the whole home screen is in the picture.
    await page.setViewportSize({ width: 1600, height: 1000 });
    const file = await screenshot(page, 'workbench');
    mkdirSync(resolve('docs/screenshots'), { recursive: true });
    copyFileSync(file, resolve('docs/screenshots/workbench.png'));

    await page.locator('.urgent-item', { hasText: '冠县永兴钢丝绳厂' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已封存·限时拆除');
    await screenshot(page, 'workbench-case-panel');
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnterprise } from '../../src/main/services/enterprises';
import { registerCase } from '../../src/main/services/caseWorkflow';
import { updateSettings } from '../../src/main/services/settings';
import { linkCaseLine } from '../../src/main/db/repositories/cases';
import { getCapacityLine } from '../../src/main/db/repositories/capacityLines';
import { getEnterprise } from '../../src/main/db/repositories/enterprises';
import { addCase, addLine } from '../support/countyLedger';
import { screenshot, startE2E, type E2E } from './support';

async function openStep(page: Page, label: string, date: string) {
  await page.locator('.workflow-panel').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${label}：`) });
  await dialog.waitFor();
  await dialog.getByLabel('日期', { exact: true }).fill(date);
  return dialog;
}

async function takeStep(page: Page, label: string, date: string) {
  const dialog = await openStep(page, label, date);
  await dialog.getByRole('button', { name: '确定' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('the law’s path to the end: a 能耗 case from notice to closure and the exit list', () => {
  let e: E2E;
  let enterpriseId: number;
  let lineId: number;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2023-06-01T02:00:00Z') });
    updateSettings(e.ctx, { countyName: '示例县', year: 2023 });
    enterpriseId = createEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造', status: '在产' }).row.id;
    lineId = addLine(e.opened.db, { enterpriseId, name: '中频炉', spec: '5t', planYear: 2023, capacity: 3, capacityUnit: '万吨' });
    const { id } = registerCase(e.ctx, { enterpriseId, dimension: '能耗', source: '节能监察', description: '中频炉单位产品电耗超过GB 32035限额' });
    linkCaseLine(e.opened.db, id, lineId);
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('refuses the closure inside the period, accepts it after, and the enterprise and line show 已关停 in the exit list', async () => {
    const { page } = e;
    await page.getByRole('tab', { name: '整改事项' }).click();
    await page.getByTestId('case-list').getByText('鑫达铸造有限公司').click();
    const status = page.getByTestId('case-status');
    await expect.poll(() => status.textContent()).toBe('待下达整改通知');

    await takeStep(page, '下达整改通知', '2023-04-01');
    await expect.poll(() => page.getByTestId('case-deadline').textContent()).toBe('2023-10-07');
    await takeStep(page, '复查不达标', '2023-05-20');
    await expect.poll(() => status.textContent()).toBe('整改不达标·待依法处置');
    expect(await page.locator('.ant-drawer .card-yellow').count()).toBe(1);

    const early = await openStep(page, '依法关停退出', '2023-06-01');
    await early.getByRole('button', { name: '确定' }).click();
    const refusal = early.getByTestId('transition-error');
    await expect.poll(() => refusal.textContent()).toMatch(/^整改期限至2023年10月7日，尚未届满，不能依法关停退出。依照“.*应在6个月内整改/);
    await screenshot(page, 'law-path-closure-refused');
    expect(getEnterprise(e.opened.db, enterpriseId)?.status).toBe('在产');
    await early.getByRole('button', { name: '取消' }).click();

    const closing = await openStep(page, '依法关停退出', '2023-10-08');
    const fields = closing.getByTestId('closure-fields');
    await expect.poll(() => fields.textContent()).toContain('中频炉 5t');
    expect(await fields.getByLabel('退出日期').inputValue()).toBe('2023-10-08');
    expect(await fields.textContent()).toContain('关停整个企业');
    expect(await fields.textContent()).toContain('已关停');
    await screenshot(page, 'law-path-closure-dialog');
    await closing.getByRole('button', { name: '确定' }).click();
    await closing.waitFor({ state: 'hidden' });
    await expect.poll(() => status.textContent()).toBe('已依法关停退出');
    expect(await page.locator('.ant-drawer .card-red').count()).toBe(1);
    await screenshot(page, 'law-path-closed');

    expect(getEnterprise(e.opened.db, enterpriseId)?.status).toBe('已关停');
    expect(getCapacityLine(e.opened.db, lineId)).toMatchObject({ exitMethod: '关停整个企业', exitDate: '2023-10-08' });

    // The steps the plans require after the closure, as a checklist with the 限时拆除 countdown.
    const checklist = page.getByTestId('obligation-checklist');
    await expect.poll(() => checklist.locator('.ant-card-head-title').textContent()).toBe('关停后续事项（已办 0/6）');
    const items = checklist.getByTestId('obligation-item');
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/^公开承诺不再恢复生产未办理/),
      expect.stringMatching(/^断水断电、拆除动力装置、封存主体设备（中频炉 5t）限时拆除 2023-12-31剩余 \d+ 天未办理/),
      expect.stringMatching(/^网站公告/),
      expect.stringMatching(/^人民政府批准/),
      expect.stringMatching(/^注销生产许可证/),
      expect.stringMatching(/^差别电价或惩罚性电价/),
    ]);
    await items.filter({ hasText: '人民政府批准' }).getByRole('button', { name: '登记' }).click();
    const approve = page.getByRole('dialog', { name: '人民政府批准' });
    await approve.getByLabel('批准日期').fill('2023-10-06');
    await approve.getByLabel('批准机关').fill('示例县人民政府');
    await approve.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => approve.getByTestId('obligation-error').textContent()).toBe('“人民政府批准”已填日期，还需填写：批准文号');
    await approve.getByLabel('批准文号').fill('示政字〔2023〕31号');
    await approve.getByRole('button', { name: '保存' }).click();
    await approve.waitFor({ state: 'hidden' });
    await expect.poll(() => checklist.locator('.ant-card-head-title').textContent()).toBe('关停后续事项（已办 1/6）');
    expect(await items.filter({ hasText: '人民政府批准' }).textContent()).toContain('2023-10-06 · 示例县人民政府 · 示政字〔2023〕31号');
    await checklist.scrollIntoViewIfNeeded();
    await screenshot(page, 'law-path-obligations');

    await page.locator('.ant-drawer-close').click();
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    await expect.poll(() => page.locator('.ag-row', { hasText: '鑫达铸造有限公司' }).first().textContent()).toContain('已关停');
    await page.getByRole('menuitem', { name: '落后设备' }).click();
    await expect.poll(() => page.locator('.ag-row', { hasText: '中频炉' }).first().textContent()).toContain('关停整个企业');
    await screenshot(page, 'law-path-lines');

    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('menuitem', { name: '年度落后产能退出企业名单' }).click();
    const preview = page.getByTestId('report-preview');
    await expect.poll(() => preview.textContent()).toContain('鑫达铸造有限公司');
    expect(await preview.textContent()).toContain('中频炉');
    expect(await preview.textContent()).toContain('2023-10-08');
    await screenshot(page, 'law-path-exit-list');
  });
});

describe('待定期限: an imported 环保 case without its order’s period', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2023-06-01T02:00:00Z') });
    updateSettings(e.ctx, { countyName: '示例县', year: 2023 });
    const enterpriseId = createEnterprise(e.ctx, { name: '恒昌印染有限公司', town: '城关镇' }).row.id;
    addCase(e.opened.db, { enterpriseId, dimension: '环保', noticeDate: '2023-05-04', measure: '限制生产' });
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('is listed on the workbench and takes the order’s period in one step', async () => {
    const { page } = e;
    const list = page.getByTestId('awaiting-period');
    await expect.poll(() => list.textContent()).toContain('恒昌印染有限公司');
    await list.getByRole('button', { name: '录入期限' }).click();
    const dialog = page.getByRole('dialog', { name: /^录入期限：恒昌印染有限公司/ });
    await dialog.getByLabel('期限', { exact: true }).fill('3');
    await screenshot(page, 'law-path-awaiting-period');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => list.count()).toBe(0);
    // 64 days left: not yet in 待办 (30 days), but counting down from the notice.
    await expect.poll(() => page.getByText('已录入“恒昌印染有限公司”的整改期限，届满日 2023-08-04').count()).toBe(1);
  });
});

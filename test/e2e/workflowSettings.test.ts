import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnterprise } from '../../src/main/services/enterprises';
import { registerCase, transitionCase } from '../../src/main/services/caseWorkflow';
import { getRuleSetRecord, listRuleSets } from '../../src/main/services/ruleSets';
import { listEvidence } from '../../src/main/services/evidence';
import { serializeRuleSet } from '../../src/shared/rules/ruleSet';
import { screenshot, startE2E, type E2E } from './support';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('设置: holidays, rule sets; evidence and milestones', () => {
  let e: E2E;
  let caseId: number;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2026-11-20T02:00:00Z') });
    const enterpriseId = createEnterprise(e.ctx, { name: '冠县新源耐火材料有限公司', town: '兰沃乡' }).row.id;
    caseId = registerCase(e.ctx, { enterpriseId, dimension: '能耗' }).id;
    transitionCase(e.ctx, { id: caseId, transition: 'issue-notice', date: '2026-08-01' });
    await e.page.reload();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('enters the 2027 notice and marks it complete: the waiting deadline is computed', async () => {
    const { page } = e;
    await page.getByText('2027年，该年节假日安排尚未录入').waitFor();
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '节假日' }).click();
    const settings = page.getByTestId('calendar-settings');
    await settings.getByText('2027年放假安排').waitFor();
    await settings.getByLabel('录入放假安排').fill('2027-01-01至2027-01-03 元旦\n2027-02-06至2027-02-12 春节\n2027-02-14 春节 上班');
    await settings.getByRole('button', { name: '录入', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toBe('已录入 11 天');
    await settings.getByLabel('通知文号').fill('国办发明电〔2026〕X号');
    await settings.getByRole('button', { name: '标记为录入完整' }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toContain('2027年节假日已标记为录入完整');
    await screenshot(page, 'settings-calendar');

    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByTestId('stat-open').waitFor();
    expect(await page.getByText('该年节假日安排尚未录入').count()).toBe(0);
    await page.getByRole('tab', { name: '整改事项' }).click();
    await expect.poll(() => page.getByTestId('case-list').locator('.ant-table-row').first().textContent()).toContain('2027-02-01');
  });

  it('imports a province’s rule set from a file and makes it the active one', async () => {
    const { page } = e;
    const province = structuredClone(getRuleSetRecord(e.ctx).ruleSet);
    province.name = '山东省规则集';
    province.region = '山东省';
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '规则集' }).click();
    await page.getByLabel('选择规则集文件').setInputFiles({ name: '山东省规则集.json', mimeType: 'application/json', buffer: Buffer.from(serializeRuleSet(province)) });
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toContain('已导入规则集');
    const row = page.locator('.ant-table-row', { hasText: '山东省规则集' });
    await row.getByRole('button', { name: '启用' }).click();
    await expect.poll(() => listRuleSets(e.ctx).find((r) => r.active)?.name).toBe('山东省规则集');
    await screenshot(page, 'settings-rule-sets');
  });

  it('attaches a photo to the case and shows it as a thumbnail; applies a milestone preset', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByRole('tab', { name: '整改事项' }).click();
    await page.getByTestId('case-list').locator('.ant-table-row').first().click();
    await page.getByTestId('evidence-list').waitFor();
    await page.getByLabel('选择佐证材料文件').setInputFiles({ name: '整改前现场.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.evidence-item img').waitFor();
    expect(listEvidence(e.ctx, 'case', caseId).map((f) => f.name)).toEqual(['整改前现场.png']);
    await page.getByLabel('选择佐证材料文件').setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('文本') });
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toContain('不支持文件“说明.txt”的类型');
    await page.locator('.ant-drawer-close').click();

    await page.getByRole('tab', { name: '时间节点' }).click();
    await page.getByLabel('时间节点预设').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '河南省' }).click();
    await page.getByRole('button', { name: /套用到2026年/ }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent()).toContain('新增 7 个时间节点');
    await screenshot(page, 'milestones');
  });
});

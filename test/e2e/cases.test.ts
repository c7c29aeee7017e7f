import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCases } from '../../src/main/db/repositories/cases';
import { createEnterprise } from '../../src/main/services/enterprises';
import { sampleEnterprises } from '../support/sampleLedger';
import { cell, grid, shownRowIds, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/** 整改事项: a case typed into a new row, its enterprise picked by pinyin initials. */
describe('整改事项 grid', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    for (const x of sampleEnterprises(12, 5)) createEnterprise(e.ctx, x);
    createEnterprise(e.ctx, { name: '鑫达铸造有限公司', industry: '铸造', town: '城关镇' });
    await e.page.goto(`${e.harness.url}#cases`);
    await grid(e.page, 'cases').locator('.ag-overlay').waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('picks the enterprise by pinyin initials; the draft waits, marked, until its dimension is given', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '新增行' }).click();
    await page.keyboard.press('F2');
    await page.waitForFunction(() => document.activeElement?.closest('.enterprise-editor') !== null);
    await page.keyboard.insertText('xdzz');
    const options = page.locator('.enterprise-editor .ant-select-item-option');
    await expect.poll(() => options.allTextContents()).toEqual(['鑫达铸造有限公司']);
    await page.keyboard.press('Enter');
    await page.locator('.enterprise-editor').waitFor({ state: 'detached' });
    const [draft] = await shownRowIds(page, 'cases');
    await expect.poll(() => cell(page, 'cases', draft!, 'enterpriseName').textContent()).toContain('鑫达铸造有限公司');
    // Not saved yet: a case needs its dimension; the reason is on the empty cell.
    await expect.poll(() => cell(page, 'cases', draft!, 'dimension').getAttribute('class')).toContain('cell-invalid');
    expect(listCases(e.opened.db)).toEqual([]);

    const dim = cell(page, 'cases', draft!, 'dimension');
    await dim.dblclick();
    await dim.locator('.ag-picker-field-wrapper').click();
    await page.getByRole('option', { name: '技术', exact: true }).click();
    await expect.poll(() => listCases(e.opened.db).map((c) => [c.enterpriseName, c.dimension])).toEqual([['鑫达铸造有限公司', '技术']]);
    await expect.poll(() => statusText(page)).toContain('已保存');

    const date = cell(page, 'cases', draft!, 'noticeDate');
    await date.dblclick();
    await page.keyboard.insertText('2026年3月2日');
    await page.keyboard.press('Enter');
    await expect.poll(() => listCases(e.opened.db)[0]?.noticeDate).toBe('2026-03-02');
    await expect.poll(() => date.textContent()).toBe('2026-03-02');
  });

  it('keeps 「2022年10月底前」 typed into 指定整改期限 as written beside the date (整改期限原文)', async () => {
    const { page } = e;
    const [id] = await shownRowIds(page, 'cases');
    // The two columns are right of the first screen: scrolled to, as a user would.
    await grid(page, 'cases').locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = 1500));
    const limit = cell(page, 'cases', id!, 'deadlineOverride');
    await limit.dblclick();
    await page.keyboard.insertText('2022年10月底前');
    await page.keyboard.press('Enter');
    await expect.poll(() => listCases(e.opened.db).map((c) => [c.deadlineOverride, c.deadlineOverrideText])).toEqual([['2022-10-31', '2022年10月底前']]);
    await expect.poll(() => limit.textContent()).toBe('2022-10-31');
    await expect.poll(() => cell(page, 'cases', id!, 'deadlineOverrideText').textContent()).toBe('2022年10月底前');
    await grid(page, 'cases').locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = 1900));
    await screenshot(page, 'cases-deadline-text');
  });
});

import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCapacityLines } from '../../src/main/db/repositories/capacityLines';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { listTasks } from '../../src/main/db/repositories/tasks';
import { listCases } from '../../src/main/db/repositories/cases';
import { updateSettings } from '../../src/main/services/settings';
import { createTask } from '../../src/main/services/tasks';
import { addCase, addEnterprise, addLine } from '../support/countyLedger';
import { cell, grid, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 14, item 1: an input method's keystroke on a focused, editable cell opens the editor and
 * the composed text lands in it; Enter saves and moves down. Driven as Chromium's input method
 * drives a page: the keystroke arrives as key "Process" (keyCode 229), then the composition
 * (Input.imeSetComposition) and its commit (Input.insertText).
 */
async function typeWithIme(cdp: CDPSession, composing: string, committed: string, whileComposing?: () => Promise<unknown>): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyQ', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
  await whileComposing?.();
  await cdp.send('Input.insertText', { text: committed });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyQ', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
}

/**
 * The commit and Enter sent together, as an input method that commits on Enter or a fast typist
 * does: Enter reaches the page before the cell's editor has opened (a frame later, drawn through
 * React) and must still save the composed text, with a character typed in the gap after it.
 */
async function typeWithImeThenEnter(cdp: CDPSession, composing: string, committed: string, typedAfter: string): Promise<void> {
  const key = (type: 'rawKeyDown' | 'keyUp' | 'char', key: string, code: string, keyCode: number, text?: string) =>
    cdp.send('Input.dispatchKeyEvent', { type, key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, ...(text ? { text } : {}) });
  await key('rawKeyDown', 'Process', 'KeyQ', 229);
  await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
  await Promise.all([
    cdp.send('Input.insertText', { text: committed }),
    key('keyUp', 'Process', 'KeyQ', 229),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: typedAfter, text: typedAfter, windowsVirtualKeyCode: 0 }),
    key('rawKeyDown', 'Enter', 'Enter', 13),
    key('char', 'Enter', 'Enter', 13, '\r'),
    key('keyUp', 'Enter', 'Enter', 13),
  ]);
}

const focusedRowIndex = (page: Page) => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index') ?? null);
const focusedColId = (page: Page) => page.evaluate(() => document.activeElement?.closest('[col-id]')?.getAttribute('col-id') ?? null);

describe('typing Chinese through an input method on every grid', () => {
  let e: E2E;
  let cdp: CDPSession;
  let firstId = 0;
  let lineId = 0;
  let caseId = 0;
  let taskId = 0;

  beforeAll(async () => {
    e = await startE2E();
    updateSettings(e.ctx, { countyName: '示例县', year: 2026 });
    firstId = addEnterprise(e.ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' });
    addEnterprise(e.ctx, { name: '华通水泥有限责任公司', town: '柳林镇', industry: '水泥' });
    lineId = addLine(e.opened.db, { enterpriseId: firstId, name: '中频炉', capacity: 3, capacityUnit: '万吨', planYear: 2026 });
    caseId = addCase(e.opened.db, { enterpriseId: firstId, dimension: '能耗', noticeDate: '2026-04-01' });
    taskId = createTask(e.ctx, { year: 2026, section: '重点任务', content: '开展排查摸底' }).row.id;
    createTask(e.ctx, { year: 2026, section: '重点任务', content: '依法依规推动落后产能退出' });
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.reload();
    cdp = await e.page.context().newCDPSession(e.page);
  });
  afterAll(async () => {
    await e?.close();
  });

  it('企业名录: the composed 法定代表人 lands in the editor, Enter saves it and moves down', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '企业名录' }).click();
    const target = cell(page, 'enterprises', firstId, 'legalRep');
    await target.click();
    const row = await focusedRowIndex(page);
    await typeWithIme(cdp, 'zhao jian', '赵建国', () => screenshot(page, 'ime-enterprises-composing'));
    await expect.poll(() => target.locator('input').inputValue()).toBe('赵建国');
    await screenshot(page, 'ime-enterprises-editing');
    await page.keyboard.press('Enter');
    await expect.poll(() => listEnterprises(e.opened.db).find((r) => r.id === firstId)?.legalRep).toBe('赵建国');
    expect(Number(await focusedRowIndex(page))).toBe(Number(row) + 1);
    expect(await focusedColId(page)).toBe('legalRep');
  });

  it('企业名录: a new row takes its name from the input method and is saved', async () => {
    const { page } = e;
    await page.getByRole('button', { name: '新增行' }).click();
    // As a user waits to see the new row's cell focused before typing: it is focused once drawn.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[col-id]')?.getAttribute('col-id') ?? null)).toBe('name');
    await typeWithIme(cdp, 'heng', '恒昌印染有限公司');
    await page.keyboard.press('Enter');
    await expect.poll(() => listEnterprises(e.opened.db).some((r) => r.name === '恒昌印染有限公司')).toBe(true);
  });

  it('落后设备: 设备名称 and the 所属企业 search both take composed text', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: /落后设备/ }).click();
    await cell(page, 'lines', lineId, 'name').click();
    await typeWithIme(cdp, 'chong', '冲天炉');
    await page.keyboard.press('Enter');
    await expect.poll(() => listCapacityLines(e.opened.db).find((l) => l.id === lineId)?.name).toBe('冲天炉');

    await cell(page, 'lines', lineId, 'enterpriseName').click();
    await typeWithIme(cdp, 'huatong', '华通');
    const search = grid(page, 'lines').locator('.enterprise-editor input');
    await expect.poll(() => search.inputValue()).toBe('华通');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['华通水泥有限责任公司']);
    await screenshot(page, 'ime-lines-enterprise-search');
    await page.keyboard.press('Enter');
    await expect.poll(() => listCapacityLines(e.opened.db).find((l) => l.id === lineId)?.enterpriseName).toBe('华通水泥有限责任公司');
  });

  it('整改事项: 违反标准 takes composed text', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '整改事项' }).click();
    await cell(page, 'cases', caseId, 'standard').click();
    await typeWithIme(cdp, 'nenghao', '能耗限额标准');
    await page.keyboard.press('Enter');
    await expect.poll(() => listCases(e.opened.db).find((c) => c.id === caseId)?.standard).toBe('能耗限额标准');
    await expect.poll(() => statusText(page)).toBe('已保存');
  });

  it('重点工作: 类别 takes composed text, with Enter pressed before the editor has opened', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '重点工作' }).click();
    const target = page.getByTestId('task-grid').locator(`.ag-row[row-id="${taskId}"] [col-id="category"]`);
    await target.click();
    const row = await focusedRowIndex(page);
    await typeWithImeThenEnter(cdp, 'qianghua', '强化环保执法', '等');
    await expect.poll(() => listTasks(e.opened.db, 2026).find((t) => t.id === taskId)?.category).toBe('强化环保执法等');
    // Enter did what Enter does after an edit: the focus went down a row, no editor left open.
    await expect.poll(() => page.getByTestId('task-grid').locator('.ag-cell-inline-editing').count()).toBe(0);
    expect(await focusedColId(page)).toBe('category');
    expect(Number(await focusedRowIndex(page))).toBe(Number(row) + 1);
    await screenshot(page, 'ime-tasks');
  });

  it('a read-only cell ignores the input method: nothing opens and nothing is saved', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '整改事项' }).click();
    await cell(page, 'cases', caseId, 'deadline').click();
    await typeWithIme(cdp, 'abc', '无效');
    expect(await grid(page, 'cases').locator('.ag-cell-inline-editing').count()).toBe(0);
    expect(await page.locator('.ime-start-active').count()).toBe(0);
  });
});

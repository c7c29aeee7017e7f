import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSettings } from '../../src/main/services/settings';
import { addEnterprise } from '../support/countyLedger';
import { countsText, grid, openGridAt1366 } from './grid';
import { screenshot, SCREENSHOT_DIR, startE2E, type E2E } from './support';
import { seedCountyLedger } from './workbenchData';

/**
 * Clicks 打印 with window.print() counted instead of opened, then prints the page as Chromium's
 * print would (print media) to a PDF, kept beside the screenshots with its pages as PNGs. With
 * `preview`, a screenshot of the page in print media, as the print preview shows it.
 * Answers pdfinfo's and pdftotext's output.
 */
async function printed(e: E2E, button: Locator, name: string, preview = false): Promise<{ info: string; text: string }> {
  const page: Page = e.page;
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await button.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  if (preview) await screenshot(page, `${name}-preview`);
  const pdf = join(e.dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });

  // Rendered before the checks, to look at when one fails.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(pdf, join(SCREENSHOT_DIR, `${name}.pdf`));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOT_DIR, name)]);
  return { info: execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }) };
}

const A4_LANDSCAPE = /Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/;

/**
 * Issue 14, item 7: 打印 on a grid puts every filtered row on A4 landscape pages, under a header
 * with the county, the year, the title and the filter, with page numbers. The grid draws only
 * the rows on screen, so 45 rows over two pages show that the sheet is built from the data. In
 * browser mode 打印 calls window.print(); the test prints the page to PDF (print media) instead.
 */
describe('打印 on a ledger grid', () => {
  let e: E2E;
  // A county sheet's towns: 45 enterprises in 城关镇 to print, 15 in 柳林镇 filtered out.
  const names = Array.from({ length: 60 }, (_, i) => `${['鑫达', '华通', '恒昌', '永兴', '宏远'][i % 5]}${['铸造', '水泥', '印染', '化工'][i % 4]}第${i + 1}厂`);

  beforeAll(async () => {
    e = await startE2E();
    updateSettings(e.ctx, { countyName: '平阴县', year: 2026 });
    names.forEach((name, i) => addEnterprise(e.ctx, { name, town: i % 4 === 3 ? '柳林镇' : '城关镇', industry: '铸造', legalRep: i === 8 ? '赵建国' : null }));
    await openGridAt1366(e.page, e.harness.url, 'enterprises');
  });
  afterAll(async () => {
    await e?.close();
  });

  it('prints all 45 filtered rows on A4 landscape with the county, year, title, filter and page numbers', async () => {
    const { page } = e;
    const header = grid(page, 'enterprises').locator('.ag-header-cell[col-id="town"]');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button').click();
    await page.getByTestId('set-filter').locator('.set-filter-item').filter({ hasText: '柳林镇' }).locator('input').uncheck();
    await expect.poll(() => countsText(page)).toContain('筛选后 45 家');
    await page.keyboard.press('Escape');
    // Fewer rows are in the page than will be printed: the grid is virtualised.
    expect(await grid(page, 'enterprises').locator('.ag-center-cols-container .ag-row').count()).toBeLessThan(45);

    const { info, text } = await printed(e, page.getByRole('button', { name: '打印' }).first(), 'print-enterprises');
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(A4_LANDSCAPE);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(2);
    for (const [i, p] of pages.entries()) {
      // The header and the column names repeat on every page.
      expect(p).toContain('平阴县落后产能退出台账 · 2026年度 · 企业名录');
      expect(p).toMatch(/筛选：乡镇（街道）：城关镇\s+共 45 家/);
      expect(p).toMatch(/企业名称\s+统一社会信用代码\s+乡镇（街道）\s+行业/);
      expect(p).toContain(`第 ${i + 1} 页，共 2 页`);
    }
    const kept = names.filter((_, i) => i % 4 !== 3);
    for (const n of kept) expect(text).toContain(n);
    for (const n of names.filter((_, i) => i % 4 === 3)) expect(text).not.toContain(n);
    expect(text).toContain('赵建国');
  });
});

/** Issue 14, item 7, on the workbench lists: 待办 and the year's 时间节点 print as the grids do. */
describe('打印 on the workbench lists', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ now: () => new Date('2026-11-20T02:00:00Z') });
    seedCountyLedger(e.ctx);
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.reload();
    await e.page.getByTestId('urgent-overdue').waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  const card = (title: string) => e.page.locator('.ant-card').filter({ has: e.page.locator('.ant-card-head-title', { hasText: title }) });

  it('待办 prints its cases, overdue first, under the county, the year, the title and which cases it holds', async () => {
    const items = await e.page.locator('.urgent-item .urgent-name').allTextContents();
    const { info, text } = await printed(e, card('待办：逾期与即将到期的整改事项').getByRole('button', { name: '打印' }), 'print-urgent', true);
    expect(info).toMatch(A4_LANDSCAPE);
    expect(text).toContain('冠县落后产能退出台账 · 2026年度 · 待办：逾期与即将到期的整改事项');
    expect(text).toMatch(new RegExp(`筛选：已逾期或\\d+天内到期\\s+共 ${items.length} 件`));
    expect(text).toMatch(/序号\s+倒计时\s+企业名称\s+维度\s+状态\s+乡镇（街道）\s+届满日/);
    expect(text).toContain('第 1 页，共 1 页');
    // In the list's order: 华通 (overdue 41 days) before the case due today.
    const at = items.map((name) => text.indexOf(name));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toMatch(/1\s+逾期 41 天\s+聊城华通水泥有限责任公司/);
  });

  it('时间节点 prints the year’s open milestones with their dates, owners and document numbers', async () => {
    const list = await e.page.getByTestId('workbench-milestones').textContent();
    const { info, text } = await printed(e, card('2026年度时间节点').getByRole('button', { name: '打印' }), 'print-milestones', true);
    expect(info).toMatch(A4_LANDSCAPE);
    expect(text).toContain('冠县落后产能退出台账 · 2026年度 · 时间节点');
    expect(text).toMatch(/筛选：未完成的时间节点\s+共 \d+ 项/);
    expect(text).toMatch(/序号\s+日期\s+倒计时\s+时间节点\s+完成时间\s+责任单位\s+文号/);
    expect(list).toContain('县级年度工作总结报市工信局');
    expect(text).toMatch(/12月20日.*县级年度工作总结报市工信局.*县工信局\s+冠工信发〔2026〕12号/);
    expect(text).toContain('函告全年依法关闭退出情况和工作总结');
  });
});

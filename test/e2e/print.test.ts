import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSettings } from '../../src/main/services/settings';
import { addEnterprise } from '../support/countyLedger';
import { countsText, grid } from './grid';
import { SCREENSHOT_DIR, startE2E, type E2E } from './support';

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
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.goto(`${e.harness.url}#enterprises`);
    await grid(e.page, 'enterprises').locator('.ag-row').first().waitFor();
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

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: '打印' }).first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const pdf = join(e.dir, 'print.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });

    // Rendered before the checks, to look at when one fails.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(pdf, join(SCREENSHOT_DIR, 'print-enterprises.pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOT_DIR, 'print-enterprises')]);

    const size = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(size).toMatch(/Pages:\s+2\b/);
    expect(size).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
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

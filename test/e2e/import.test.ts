import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnterprises } from '../../src/main/db/repositories/enterprises';
import { createCapacityLine } from '../../src/main/services/capacityLines';
import { createCase } from '../../src/main/services/cases';
import { createEnterprise } from '../../src/main/services/enterprises';
import { importSessions } from '../../src/main/import/sessions';
import { BAD_ROWS, CODES, countySheetXlsx } from './importFixture';
import { screenshot, startE2E, type E2E } from './support';

const FILE = { name: '某县落后产能台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: countySheetXlsx() };

describe('导入 wizard in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    // Already in the ledger with its line and case, under another town: its row previews as 更新.
    const { row } = createEnterprise(e.ctx, { name: '丰源造纸厂', uscc: CODES.fengyuan, town: '河口乡' });
    createCapacityLine(e.ctx, { enterpriseId: row.id, name: '造纸机', spec: '1575mm', capacity: 1, capacityUnit: '万吨', exitMethod: '拆除' });
    createCase(e.ctx, { enterpriseId: row.id, dimension: '环保', noticeDate: '2024-04-01' });
    await e.page.reload();
  });
  afterAll(async () => {
    if (e) await importSessions(e.ctx).closeAll();
    await e?.close();
  });

  it('takes a county sheet from the file to rows in 企业名录, with errors previewed and exported', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.locator('input[type=file]').setInputFiles(FILE);

    // 1 选择文件: the header found under the title lines, 合计 and footnotes skipped.
    await page.getByText('表头在第 3–4 行，数据从第 5 行开始，共 6 行；已跳过空行 1 行、合计行 1 行、说明行 2 行').waitFor();
    await screenshot(page, 'import-file');
    await page.getByRole('button', { name: '下一步：对应列' }).click();

    // 2 对应列: proposed from the column names, two-row header included.
    const mappingOf = (header: string) => page.locator('.mapping-table tr', { hasText: header }).locator('.ant-select');
    await expect.poll(() => mappingOf('统一社会信用代码').textContent(), { timeout: 10_000 }).toBe('企业 · 统一社会信用代码');
    expect(await mappingOf('退出产能/数值').textContent()).toBe('设备（生产线） · 产能');
    expect(await mappingOf('退出产能/单位').textContent()).toBe('设备（生产线） · 产能单位');
    expect(await mappingOf('整改通知下达日期').textContent()).toBe('整改事项 · 整改通知下达日期');
    await screenshot(page, 'import-mapping');

    // Saved as a profile, proposed again for the same header (checked at the end).
    await page.getByRole('button', { name: '保存为方案…' }).click();
    await page.getByLabel('方案名称').fill('县台账模板');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent(), { timeout: 20_000 }).toContain('已保存方案「县台账模板」');

    // 3 预览: every row with its status; the two bad rows red, by their row numbers in the file.
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await page.getByText('错误 2', { exact: true }).waitFor();
    for (const tag of ['新增 3', '更新 1', '无变化 0']) await page.getByText(tag, { exact: true }).waitFor();
    const row = (n: number) => page.locator(`.preview-grid .ag-row[row-id="${n}"]`);
    await row(BAD_ROWS.uscc).waitFor();
    expect(await row(BAD_ROWS.uscc).locator('.import-cell-error').textContent()).toBe('9137 0100 ABC');
    expect(await row(BAD_ROWS.date).locator('.import-cell-error').textContent()).toBe('2024-02-30');
    const issues = page.locator(`.preview-grid .ag-row[row-id="${BAD_ROWS.uscc}"] [col-id="issues"]`);
    expect(await issues.first().textContent()).toContain('统一社会信用代码：');
    await row(BAD_ROWS.uscc).locator('.import-cell-error').hover();
    await page.locator('.ag-tooltip').waitFor();
    expect(await page.locator('.ag-tooltip').textContent()).toContain('统一社会信用代码应为18位');
    await screenshot(page, 'import-preview');

    await page.getByRole('checkbox', { name: '只看错误（2）' }).check();
    await expect.poll(() => page.locator('.preview-grid .ag-row').count(), { timeout: 10_000 }).toBe(2);
    await page.getByRole('button', { name: '导出错误' }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent(), { timeout: 20_000 }).toContain('已导出 2 行错误');
    expect(existsSync(join(e.dir, '导出文件', '某县落后产能台账-错误行.xlsx'))).toBe(true);

    // 4 导入: the bad rows skipped after a confirmation, the rest written.
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '导入' }).click();
    await page.getByText('导入完成', { exact: true }).waitFor();
    const names = listEnterprises(e.opened.db).map((r) => r.name).sort();
    expect(names).toEqual(['丰源造纸厂', '华通水泥有限责任公司', '鑫达铸造有限公司']);
    expect(listEnterprises(e.opened.db).find((r) => r.name === '丰源造纸厂')?.town).toBe('河口镇');
    await screenshot(page, 'import-result');

    await page.getByRole('button', { name: '查看企业名录' }).click();
    await page.getByRole('gridcell', { name: '鑫达铸造有限公司' }).waitFor();
    await page.getByRole('gridcell', { name: '华通水泥有限责任公司' }).waitFor();
  });

  it('lists the import in 导入记录 and undoes it; the same header is then mapped by the saved profile', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.getByRole('tab', { name: '导入记录' }).click();
    const run = page.locator('.import-history .ant-table-row', { hasText: '某县落后产能台账.xlsx' });
    await run.waitFor();
    await run.getByRole('button', { name: '撤销本次导入' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '撤销导入' }).click();
    await expect.poll(() => page.locator('[data-testid="status-message"]:visible').textContent(), { timeout: 20_000 }).toContain('已撤销导入');
    await run.getByText(/已于 .* 撤销/).waitFor();
    await screenshot(page, 'import-history');
    expect(listEnterprises(e.opened.db).map((r) => [r.name, r.town])).toEqual([['丰源造纸厂', '河口乡']]);

    // Leaving the page for 企业名录 ended the last wizard run: it starts from 选择文件.
    await page.getByRole('tab', { name: '导入向导' }).click();
    await page.locator('input[type=file]').setInputFiles(FILE);
    await page.getByRole('button', { name: '下一步：对应列' }).click();
    await page.getByText('这个表头以前保存过方案「县台账模板」').waitFor();
  });
});

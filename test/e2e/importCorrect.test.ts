import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditBatch } from '../../src/main/db/repositories/audit';
import { listCapacityLines } from '../../src/main/db/repositories/capacityLines';
import { listImportRuns } from '../../src/main/db/repositories/importRuns';
import { importSessions } from '../../src/main/import/sessions';
import { cell, statusText } from './grid';
import { screenshot, startE2E, type E2E } from './support';

/**
 * Issue 11 item 6 in the built renderer at 1366×768: a county's sheet with a unit that
 * contradicts its unit column and a limit no calendar has is corrected inside 预览, each row
 * checked again at once, then imported and found in 落后设备.
 */
function messySheet(): Buffer {
  const rows: (string | number | null)[][] = [
    ['阳谷县2022年落后产能退出排查摸底台账'],
    ['填报单位：阳谷县工业和信息化局', null, null, null, null, null, '填报日期：2022年7月1日'],
    ['序号', '企业名称', '设备名称', '产能', '产能单位', '处置措施', '退出方式', '计划退出时间'],
    [1, '阳谷县鑫达铸造（集团）有限公司', '中频炉（一号）', '30万吨', '万吨/年', '限期整改', '拆除', '2022年10月底前'],
    [null, null, '中频炉（二号）', '30万条', '万吨/年', '限期整改', '拆除', '10月底前'],
    [2, '阳谷县华通水泥有限责任公司', '水泥磨机', '60万t', null, '停产整治', '关停整个企业', '2022年13月底前'],
    ['合计', null, null, null, null, null, null, null],
    ['注：产能单位按原表填写。'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [XLSX.utils.decode_range('A1:H1'), XLSX.utils.decode_range('A4:A5'), XLSX.utils.decode_range('B4:B5'), XLSX.utils.decode_range('A8:H8')];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const FILE = { name: '阳谷县排查摸底台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: messySheet() };

describe('预览 corrects a refused cell in the browser harness', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    if (e) await importSessions(e.ctx).closeAll();
    await e?.close();
  });

  it('edits the red cells, the rows turn 新增 at once, and 导入 writes them as corrected', async () => {
    const { page } = e;
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.locator('input[type=file]').setInputFiles(FILE);
    await page.getByRole('button', { name: '下一步：对应列' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await page.getByText('错误 2', { exact: true }).waitFor();
    await page.getByText('新增 1', { exact: true }).waitFor();

    const row = (n: number) => page.locator(`.preview-grid .ag-row[row-id="${n}"]`);
    const status = (n: number) => row(n).locator('[col-id="status"]').textContent();
    const limit = row(6).locator('[col-id="c7"]');
    expect(await limit.getAttribute('class')).toContain('import-cell-error');
    expect(await row(6).locator('[col-id="issues"]').textContent()).toContain('2022年13月底前');

    // The limit no calendar has: double-click, type, Enter.
    await limit.dblclick();
    const editor = row(6).locator('[col-id="c7"] input');
    await editor.fill('2022年11月底前');
    await editor.press('Enter');
    await page.getByText('错误 1', { exact: true }).waitFor();
    await expect.poll(() => status(6), { timeout: 15_000 }).toBe('新增');
    await expect.poll(() => limit.getAttribute('class'), { timeout: 15_000 }).toContain('import-cell-corrected');
    expect(await statusText(page)).toContain('已更正第 6 行「计划退出时间」');

    // The unit that contradicts 万吨/年: corrected the same way, by typing over the cell.
    const capacity = row(5).locator('[col-id="c3"]');
    expect(await row(5).locator('[col-id="issues"]').textContent()).toContain('万条');
    await capacity.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30万吨');
    await page.keyboard.press('Enter');
    await page.getByText('错误 0', { exact: true }).waitFor();
    await page.getByText('新增 3', { exact: true }).waitFor();
    await expect.poll(() => status(5), { timeout: 15_000 }).toBe('新增');
    await capacity.hover();
    await expect.poll(() => page.locator('.ag-tooltip').textContent(), { timeout: 15_000 }).toContain('原表为「30万条」');
    await screenshot(page, 'import-correct-preview');

    // 导入 takes every row valid now: no rows left to skip, so no confirmation.
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByText('导入完成', { exact: true }).waitFor();
    const lines = listCapacityLines(e.opened.db).map((l) => [l.name, l.capacity, l.capacityUnit, l.plannedExitDate]);
    expect(lines).toEqual([
      ['中频炉（一号）', 30, '万吨', '2022-10-31'],
      ['中频炉（二号）', 30, '万吨', '2022-10-31'],
      ['水泥磨机', 60, '万吨', '2022-11-30'],
    ]);
    const run = listImportRuns(e.opened.db)[0]!;
    const fixes = listAuditBatch(e.opened.db, run.id).filter((a) => a.source?.startsWith('import-correction:'));
    expect(fixes.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ['capacity', '30万条', 30],
      ['plannedExitDate', '2022年13月底前', '2022-11-30'],
    ]);

    // In 落后设备 the corrected line, with its history saying where the value came from.
    await page.getByRole('menuitem', { name: /落后设备/ }).click();
    const mill = listCapacityLines(e.opened.db).find((l) => l.name === '水泥磨机')!;
    await expect.poll(() => cell(page, 'lines', mill.id, 'plannedExitDate').textContent(), { timeout: 15_000 }).toBe('2022-11-30');
    await cell(page, 'lines', mill.id, 'name').click();
    await page.getByRole('button', { name: '行历史' }).click();
    const fix = page.getByTestId('history-entry').filter({ hasText: '导入时在预览中更正' });
    await fix.waitFor();
    expect(await fix.textContent()).toContain('2022年13月底前 → 2022-11-30');
    await screenshot(page, 'import-correct-lines');
  });
});

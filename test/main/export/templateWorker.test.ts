import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplateInWorker, inspectTemplateInWorker } from '../../../src/main/export/template/inWorker';
import { LedgerError } from '../../../src/shared/errors';
import { proposeMapping } from '../../../src/shared/import/mapping';
import type { TemplateRow } from '../../../src/shared/reports/templateFill';
import { META } from '../../support/countyLedger';
import { HOSTILE_FILES, MEMORY_BOMBS, inline, sheetXml, type HostileFile } from '../../support/hostileCorpus';
import { writeZip, xlsxParts } from '../../support/zipWriter';

/**
 * The city template is read and filled in a worker with the import's bounds. Every file the
 * import refuses, the template reader refuses with the same Chinese reason; a template the import
 * takes but ExcelJS cannot open is refused in Chinese (the English goes to the log, as `detail`);
 * ranges set over a whole sheet are clipped and fill like any template. None of them is an
 * internal error.
 */
const dir = mkdtempSync(join(tmpdir(), '模板进程-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(data: Uint8Array, fileName: string): Promise<LedgerError> {
  try {
    await inspectTemplateInWorker(data, fileName);
  } catch (err) {
    expect(err).toBeInstanceOf(LedgerError);
    return err as LedgerError;
  }
  throw new Error(`模板「${fileName}」应被拒绝，却读取成功`);
}

/** A refusal the user can read: not internal, Chinese, no English exception text. */
function expectChineseRefusal(err: LedgerError): void {
  expect(err.code).toBe('VALIDATION');
  expect(err.message).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(err.message).not.toMatch(/Error|Cannot|undefined|Invalid|stack/);
}

const head = `<row r="1">${inline('A1', '某某市落后产能退出情况表')}</row><row r="2">${inline('A2', '序号')}${inline('B2', '企业名称')}${inline('C2', '设备名称')}${inline('D2', '退出方式')}</row><row r="3">${inline('A3', '')}</row>`;
const crafted = (tail: string, sheetHead = '') => writeZip(xlsxParts(sheetXml(head, tail, sheetHead)));

const ROWS: TemplateRow[] = Array.from({ length: 30 }, (_, i) => ({ 'enterprise.name': `示例${i + 1}铸造有限公司`, 'line.name': '中频炉', 'line.exitMethod': '拆除' }));

describe('every file the import refuses, the template reader refuses with the same reason', () => {
  let internal = 0;
  const run = (f: HostileFile, reason: RegExp) => async () => {
    const err = await refusal(f.build(), f.fileName);
    if (err.code === 'INTERNAL') internal++;
    expectChineseRefusal(err);
    expect(err.message).toMatch(reason);
  };
  for (const f of HOSTILE_FILES) it(f.name, run(f, f.reason), 60_000);
  // Scanning a million entries takes seconds; on a loaded machine the time bound may stop it
  // first, which is the same refusal by its other reason.
  for (const f of MEMORY_BOMBS) it(f.name, run(f, new RegExp(`${f.reason.source}|超过 10 秒仍未完成，已停止`)), 180_000);
  it('… and none of the corpus is an internal error', () => expect(internal).toBe(0));
});

describe('a template the import takes but ExcelJS cannot open is refused in Chinese, the English kept for the log', () => {
  it.each([
    ['a hyperlink whose relationship is missing', crafted('<hyperlinks><hyperlink ref="B2" r:id="rId9"/></hyperlinks>')],
    ['a drawing whose relationship is missing', crafted('<drawing r:id="rId7"/>')],
    ['a merged range with an impossible column', crafted('<mergeCells count="1"><mergeCell ref="ZZZ:1"/></mergeCells>')],
    ['merged ranges that overlap', crafted('<mergeCells count="2"><mergeCell ref="A3:B4"/><mergeCell ref="B4:C5"/></mergeCells>')],
    ['a conditional format whose style is missing', crafted('<conditionalFormatting sqref="B3:B20"><cfRule type="containsBlanks" dxfId="0" priority="1"><formula>LEN(TRIM(B3))=0</formula></cfRule></conditionalFormatting>')],
  ])('%s', async (_name, data) => {
    const err = await refusal(data, '市模板.xlsx');
    expectChineseRefusal(err);
    expect(err.message).toMatch(/模板「市模板.xlsx」的文件结构有误.*另存为 .xlsx/);
    expect(err.detail).toMatch(/Error/);
  }, 60_000);
});

describe('ranges set over a whole sheet or column are clipped to the reach of the fill', () => {
  it.each([
    ['a drop-down over A1:XFD1048576', crafted('<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"拆除,封存,关停"</formula1></dataValidation></dataValidations>')],
    ['a drop-down on the whole column D (D:D)', crafted('<dataValidations count="1"><dataValidation type="list" sqref="D:D"><formula1>"拆除,封存,关停"</formula1></dataValidation></dataValidations>')],
    ['a drop-down from D3 to the last row of the sheet', crafted('<dataValidations count="1"><dataValidation type="list" sqref="D3:D1048576"><formula1>"拆除,封存,关停"</formula1></dataValidation></dataValidations>')],
    ['a conditional format over the whole sheet', crafted('<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>')],
    ['a merged range down to the last row', crafted('<mergeCells count="1"><mergeCell ref="F3:F1048576"/></mergeCells>')],
  ])('%s: read, filled with 30 rows, the drop-down kept on them', async (name, data) => {
    const template = await inspectTemplateInWorker(data, '市模板.xlsx');
    const file = join(dir, `${name}.xlsx`);
    const r = await fillTemplateInWorker(file, template, proposeMapping(template.table.columns).mapping, ROWS, META);
    expect(r.rows).toBe(30);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B3').value).toBe('示例1铸造有限公司');
    expect(ws.getCell('B32').value).toBe('示例30铸造有限公司');
    if (name.includes('drop-down')) expect(ws.getCell('D32').dataValidation?.type).toBe('list');
  }, 60_000);
});

describe('the bounds and 取消', () => {
  it('reading that takes longer than the bound is stopped with its reason', async () => {
    const err = await inspectTemplateInWorker(crafted(''), '市模板.xlsx', { timeoutMs: 1 }).catch((e: unknown) => e as LedgerError);
    expect(err).toBeInstanceOf(LedgerError);
    expect((err as LedgerError).message).toMatch(/读取模板「市模板.xlsx」超过 1 秒仍未完成，已停止/);
  }, 60_000);

  it('a fill cancelled while it writes leaves no file and no temporary file', async () => {
    const template = await inspectTemplateInWorker(crafted(''), '市模板.xlsx');
    const many: TemplateRow[] = Array.from({ length: 20_000 }, (_, i) => ({ 'enterprise.name': `企业${i}`, 'line.name': '中频炉' }));
    const folder = mkdtempSync(join(dir, 'cancel-'));
    const controller = new AbortController();
    const err = await fillTemplateInWorker(join(folder, '填好的.xlsx'), template, proposeMapping(template.table.columns).mapping, many, META, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e as LedgerError);
    expect(err).toBeInstanceOf(LedgerError);
    expect((err as LedgerError).code).toBe('CANCELLED');
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);
});

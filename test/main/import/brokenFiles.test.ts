import { deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError } from '../../../src/shared/errors';
import { columnLetter } from '../../../src/shared/import/types';
import { parseFileData } from '../../../src/main/import/parse';
import { hashDatabaseFile, openTempLedger } from '../../support/db';
import { importFile } from '../../support/importPipeline';
import { writeZip, xlsxParts, type ZipFixtureEntry } from '../../support/zipWriter';

/**
 * Files that must be refused with a message the user can act on, without a crash or a hang,
 * and without a single byte of the ledger changing.
 */
let led: ReturnType<typeof openTempLedger>;
let before: string;
beforeEach(() => {
  led = openTempLedger();
  before = hashDatabaseFile(led.ctx.db, led.file);
});
afterEach(() => {
  expect(hashDatabaseFile(led.ctx.db, led.file)).toBe(before);
  led.close();
});

function refusal(data: Uint8Array, fileName: string): LedgerError {
  try {
    importFile(led.ctx, data, fileName);
  } catch (err) {
    expect(err).toBeInstanceOf(LedgerError);
    expect((err as LedgerError).code).toBe('VALIDATION');
    return err as LedgerError;
  }
  throw new Error(`「${fileName}」应被拒绝，却导入成功`);
}

const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const withSheet = (sheet: ZipFixtureEntry) => xlsxParts('').map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? sheet : e));
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const smallXlsx = () => writeZip(xlsxParts(sheetXml(`<row r="1">${inline('A1', '企业名称')}</row><row r="2">${inline('A2', '甲公司')}</row>`)));

describe('a broken or hostile file is refused with its own message and the ledger is untouched', () => {
  it('an empty file', () => {
    expect(refusal(new Uint8Array(0), '台账.xlsx').message).toMatch(/空文件/);
  });

  it('a truncated .xlsx', () => {
    const whole = smallXlsx();
    expect(refusal(whole.subarray(0, Math.floor(whole.length / 2)), '台账.xlsx').message).toMatch(/不完整或已损坏/);
  });

  it('a truncated .xls', () => {
    const ws = XLSX.utils.aoa_to_sheet([['企业名称'], ['甲公司']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const xls = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
    expect(refusal(xls.subarray(0, 700), '台账.xls').message).toMatch(/不完整或已损坏/);
  });

  it('a picture renamed to .xlsx, a PDF renamed to .csv, a Word document', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refusal(png, '台账.xlsx').message).toMatch(/不是电子表格/);
    expect(refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '台账.csv').message).toMatch(/不是电子表格/);
    const docx = writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    expect(refusal(docx, '台账.xlsx').message).toMatch(/Word 文档/);
  });

  it('a password-protected .xlsx (an encrypted package in a compound file)', () => {
    const cfbApi = XLSX.CFB as unknown as {
      utils: { cfb_new(): unknown; cfb_add(c: unknown, path: string, data: Buffer): void };
      write(c: unknown, o: { type: 'buffer' }): Buffer;
    };
    const cfb = cfbApi.utils.cfb_new();
    cfbApi.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    cfbApi.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
    expect(refusal(cfbApi.write(cfb, { type: 'buffer' }), '台账.xlsx').message).toMatch(/设置了打开密码/);
  });

  it('a password-protected .xls (a FILEPASS record after the workbook BOF)', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['企业名称'], ['甲公司']]), 'Sheet1');
    const cfbApi = XLSX.CFB as unknown as {
      read(d: Buffer, o: { type: 'buffer' }): unknown;
      find(c: unknown, path: string): { content: Buffer; size: number };
      write(c: unknown, o: { type: 'buffer' }): Buffer;
    };
    const cfb = cfbApi.read(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer, { type: 'buffer' });
    const stream = cfbApi.find(cfb, 'Workbook');
    const content = Buffer.from(stream.content);
    const bof = 4 + content.readUInt16LE(2);
    // FILEPASS, XOR obfuscation: type 0, key and verifier.
    const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
    stream.content = Buffer.concat([content.subarray(0, bof), filePass, content.subarray(bof)]);
    stream.size = stream.content.length;
    expect(refusal(cfbApi.write(cfb, { type: 'buffer' }), '台账.xls').message).toMatch(/设置了打开密码/);
  });

  it('a file over 50 MB', () => {
    expect(refusal(Buffer.alloc(50 * 1024 * 1024 + 1, 0x20), '台账.csv').message).toMatch(/超过 50 MB/);
  });

  it('a CSV of more than 2,500,000 cells', () => {
    const line = Array.from({ length: 1000 }, () => '1').join(',');
    const csv = Buffer.from(`企业名称\n${Array.from({ length: 2501 }, () => line).join('\n')}`);
    expect(refusal(csv, '台账.csv').message).toMatch(/超过 2,500,000 个单元格/);
  });

  it('an .xlsx whose used range reaches past 2,500,000 cells', () => {
    const far = `${columnLetter(999)}2501`;
    const data = writeZip(xlsxParts(sheetXml(`<row r="1">${inline('A1', '企业名称')}</row><row r="2501">${inline(far, 'x')}</row>`)));
    expect(refusal(data, '台账.xlsx').message).toMatch(/2501 行 × 1000 列/);
  });

  it('a zip bomb: a part declared (truthfully) far larger than its compressed bytes', () => {
    const spaces = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const bomb: ZipFixtureEntry = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: spaces.length, deflated: deflateRawSync(spaces) };
    expect(refusal(writeZip(withSheet(bomb)), '台账.xlsx').message).toMatch(/解压后的体积异常/);
  });

  it('a zip bomb that lies: it declares a small part and inflates to a large one', () => {
    const spaces = Buffer.alloc(8 * 1024 * 1024, 0x20);
    const liar: ZipFixtureEntry = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: 2000, deflated: deflateRawSync(spaces) };
    expect(refusal(writeZip(withSheet(liar)), '台账.xlsx').message).toMatch(/解压后的体积异常/);
  });

  it('a part that declares more than the limit is refused before it is inflated', () => {
    const huge: ZipFixtureEntry = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: 0xfffffff0, deflated: Buffer.from([3, 0]) };
    expect(refusal(writeZip(withSheet(huge)), '台账.xlsx').message).toMatch(/解压后的体积异常/);
  });

  it('headers named __proto__ and constructor pollute nothing and map to nothing', () => {
    const csv = Buffer.from('__proto__,constructor,prototype\n{"polluted":1},x,y\n');
    const parsed = parseFileData(csv, 'proto.csv');
    expect(parsed.sheets[0]!.table!.columns.map((c) => c.name)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(refusal(csv, 'proto.csv').message).toMatch(/还没有对应任何字段/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('a cell of megabytes in a CSV names its row and column', () => {
    const csv = Buffer.from(`企业名称,备注\n甲公司,"${'很长'.repeat(2_000_000)}"\n`);
    expect(refusal(csv, '台账.csv').message).toMatch(/第 2 行 B 列的内容长达 4,000,000 个字符/);
  });

  it('a quote never closed, at the end of the file, names the row and column where it opened', () => {
    const csv = Buffer.from('企业名称,乡镇,设备名称,数量,单位\n甲钢铁有限公司,城关镇,中频炉,2,台\n"乙钢铁有限公司,,工频炉,3,万吨\n');
    expect(refusal(csv, '台账.csv').message).toMatch(/第 3 行 A 列开头的引号（"）没有闭合/);
  });

  it('a quote left open before rows of the table, instead of swallowing them into one name', () => {
    const tail = Array.from({ length: 17 }, (_, i) => `丙${i}铸造厂,城关镇,冲天炉,1,台`).join('\n');
    const csv = Buffer.from(`企业名称,乡镇,设备名称,数量,单位\n甲钢铁有限公司,城关镇,中频炉,2,台\n"乙钢铁有限公司,,工频炉,3,万吨\n${tail}\n`);
    expect(refusal(csv, '台账.csv').message).toMatch(/第 3 行 A 列开头的引号（"）没有闭合/);
  });

  it('a quote left open and "closed" by the opening quote of a later cell', () => {
    const csv = Buffer.from('企业名称,乡镇,设备名称,数量,单位\n"乙钢铁有限公司,,工频炉,3,万吨\n丁公司,"城关,镇",中频炉,2,台\n');
    expect(refusal(csv, '台账.csv').message).toMatch(/第 2 行 A 列开头的引号（"）没有闭合/);
  });

  it('a row number of 3.5 is refused by name instead of losing the row', () => {
    const data = writeZip(xlsxParts(sheetXml(`<row r="1">${inline('A1', '企业名称')}</row><row r="3.5"><c t="inlineStr"><is><t>甲公司</t></is></c></row>`)));
    expect(refusal(data, '台账.xlsx').message).toMatch(/异常的行号「3.5」/);
  });

  it('a cell of megabytes in an .xlsx names its row and column', () => {
    const big = 'x'.repeat(3_000_000);
    const data = writeZip(xlsxParts(sheetXml(`<row r="1">${inline('A1', '企业名称')}${inline('B1', '备注')}</row><row r="2">${inline('A2', '甲公司')}${inline('B2', big)}</row>`)));
    expect(refusal(data, '台账.xlsx').message).toMatch(/第 2 行 B 列的内容长达 3,000,000 个字符/);
  });
});

describe('headers that look like object keys', () => {
  it('import like any other column beside real ones', () => {
    const ctx = openTempLedger();
    try {
      const csv = Buffer.from('__proto__,企业名称,constructor\nx,甲公司,y\n');
      const { plan, result } = importFile(ctx.ctx, csv, 'proto.csv');
      expect(plan.counts.enterprisesCreated).toBe(1);
      expect(result.importId).not.toBeNull();
    } finally {
      ctx.close();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError } from '../../../src/shared/errors';
import { parseFileData } from '../../../src/main/import/parse';
import { hashDatabaseFile, openTempLedger } from '../../support/db';
import { importFile } from '../../support/importPipeline';
import { HOSTILE_FILES } from '../../support/hostileCorpus';

/**
 * Files that must be refused with a message the user can act on, without a crash or a hang,
 * and without a single byte of the ledger changing: the shared hostile corpus (also run through
 * the template reader) and the CSV-only cases.
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

describe('a broken or hostile file is refused with its own message and the ledger is untouched', () => {
  for (const f of HOSTILE_FILES) {
    it(f.name, () => {
      expect(refusal(f.build(), f.fileName).message).toMatch(f.reason);
    });
  }

  it('a PDF renamed to .csv', () => {
    expect(refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '台账.csv').message).toMatch(/不是电子表格/);
  });

  it('a CSV of more than 2,500,000 cells', () => {
    const line = Array.from({ length: 1000 }, () => '1').join(',');
    const csv = Buffer.from(`企业名称\n${Array.from({ length: 2501 }, () => line).join('\n')}`);
    expect(refusal(csv, '台账.csv').message).toMatch(/超过 2,500,000 个单元格/);
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

import { describe, expect, it } from 'vitest';
import { IMPORT_DAY, memoryContext, tickingClock } from '../../support/db';
import { previewFile } from '../../support/importPipeline';

/** Values no ledger holds are errors naming their cell; a column the reader cannot place is reported. */
describe('plausible values only', () => {
  it.each([
    ['0000-01-01', /不在 1949-10-01 至 2100-12-31 之间/],
    ['0001-01-01', /不在 1949-10-01 至 2100-12-31 之间/],
    ['1899-12-30', /不在 1949-10-01 至 2100-12-31 之间/],
    ['1949-09-30', /不在 1949-10-01 至 2100-12-31 之间/],
    ['9999-12-31', /不在 1949-10-01 至 2100-12-31 之间/],
    ['2101-01-01', /不在 1949-10-01 至 2100-12-31 之间/],
    ['2024-02-29T25:61:61', /不是有效日期/],
    ['2024-02-29 24:00', /不是有效日期/],
  ])('the date %s is an error naming its row and column', (date, reason) => {
    const csv = Buffer.from(`企业名称,存在问题维度,整改通知下达日期\n甲钢铁有限公司,能耗,2024-03-05\n乙水泥有限公司,环保,${date}\n`);
    const plan = previewFile(memoryContext(tickingClock(IMPORT_DAY)), csv, '台账.csv');
    expect(plan.counts).toMatchObject({ new: 1, error: 1 });
    const bad = plan.rows.find((r) => r.status === 'error')!;
    expect(bad.errors).toEqual([expect.objectContaining({ row: 3, column: '整改通知下达日期', reason: expect.stringMatching(reason) })]);
  });

  it('keeps the first and last plausible days and a real time of day', () => {
    const csv = Buffer.from('企业名称,存在问题维度,整改通知下达日期\n甲,能耗,1949-10-01\n乙,能耗,2100-12-31\n丙,能耗,2024-02-29 23:59:59\n');
    const plan = previewFile(memoryContext(tickingClock(IMPORT_DAY)), csv, '台账.csv');
    expect(plan.counts).toMatchObject({ new: 3, error: 0 });
    expect(plan.cases.map((c) => c.values.noticeDate)).toEqual(['1949-10-01', '2100-12-31', '2024-02-29']);
  });
});

describe('a header written twice', () => {
  const csv = Buffer.from('企业名称,乡镇,企业名称\n甲钢铁有限公司,城关镇,甲钢铁有限公司\n乙水泥有限公司,北关镇,\n丙玻璃厂,北关镇,丁玻璃厂\n');

  it('imports the mapped column, and a row whose other column differs is an error naming both cells', () => {
    const plan = previewFile(memoryContext(tickingClock(IMPORT_DAY)), csv, '台账.csv');
    expect(plan.counts).toMatchObject({ new: 2, error: 1 });
    const bad = plan.rows.find((r) => r.status === 'error')!;
    expect(bad.sourceRow).toBe(4);
    expect(bad.errors[0]!.reason).toMatch(/表头「企业名称」有两列：A 列为「丙玻璃厂」，C 列为「丁玻璃厂」/);
    expect(plan.notes).toEqual([expect.stringMatching(/表头「企业名称」出现在 A 列和 C 列/)]);
  });
});

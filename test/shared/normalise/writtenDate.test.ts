import { describe, expect, it } from 'vitest';
import { readWrittenDate } from '../../../src/shared/normalise/writtenDate';
import { CapacityLinePatch } from '../../../src/shared/entities/capacityLine';

describe('dates as people write them (issue 11)', () => {
  it.each([
    ['2022年10月底前', '2022-10-31'],
    ['2022年年底前', '2022-12-31'],
    ['2022.12', '2022-12-31'],
    ['2022年12月', '2022-12-31'],
    ['2022年2月', '2022-02-28'],
    ['2022年上半年', '2022-06-30'],
    ['2022年下半年', '2022-12-31'],
    ['2022年三季度末', '2022-09-30'],
    ['2022年第三季度', '2022-09-30'],
    ['2022年9月30日前', '2022-09-30'],
    ['44865', '2022-10-31'],
    ['2022-10-31', '2022-10-31'],
    ['２０２２年１０月底前', '2022-10-31'],
  ] as const)('「%s」 says its year and means %s', (written, date) => {
    expect(readWrittenDate(written, null)).toEqual({ date, yearWritten: true });
    expect(readWrittenDate(written, 2030)).toEqual({ date, yearWritten: true });
  });

  it.each([
    ['10月底前', '2023-10-31'],
    ['年底前', '2023-12-31'],
    ['年内', '2023-12-31'],
    ['上半年', '2023-06-30'],
    ['下半年', '2023-12-31'],
    ['第三季度', '2023-09-30'],
    ['三季度末', '2023-09-30'],
    ['9月30日前', '2023-09-30'],
  ] as const)('「%s」 names no year: it is read in the year given (2023 → %s), and not without one', (written, date) => {
    expect(readWrittenDate(written, 2023)).toEqual({ date, yearWritten: false });
    expect(readWrittenDate(written, null)).toBeNull();
  });

  it('does not take what is no date for one', () => {
    expect(readWrittenDate('尽快', 2023)).toBeNull();
    expect(readWrittenDate('2022年13月', 2023)).toBeNull();
    expect(readWrittenDate('2022年2月30日', 2023)).toBeNull();
  });

  it('is what every date field of the schemas reads (the grid and the import alike)', () => {
    expect(CapacityLinePatch.parse({ plannedExitDate: '2022年10月底前', exitDate: '2022.12', acceptanceDate: '44865' })).toEqual({
      plannedExitDate: '2022-10-31',
      exitDate: '2022-12-31',
      acceptanceDate: '2022-10-31',
    });
    const r = CapacityLinePatch.safeParse({ plannedExitDate: '尽快' });
    expect(r.success ? null : r.error.issues[0]!.message).toMatch(/不是有效日期，可写作 2022-07-01、2022年7月1日、2022\.12、2022年10月底前/);
  });
});

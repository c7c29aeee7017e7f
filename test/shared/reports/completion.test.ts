import { describe, expect, it } from 'vitest';
import { completionDate } from '../../../src/shared/reports/completion';

describe('completionDate', () => {
  it.each([
    ['全年', '2026-12-31'],
    ['4月底', '2026-04-30'],
    ['2月底', '2026-02-28'],
    ['12月底', '2026-12-31'],
    ['10月30日前', '2026-10-30'],
    ['11月底之前', '2026-11-30'],
    ['每年3月底前', '2026-03-31'],
    ['次年1月底前', '2027-01-31'],
    ['上半年', '2026-06-30'],
    ['2020年7月15日前', '2020-07-15'],
    ['2020年7月16日—11月20日', '2020-11-20'],
    ['2022年全年', '2022-12-31'],
    ['2023年1月', '2023-01-31'],
    ['１０月３０日前', '2026-10-30'],
  ])('%s means %s', (text, date) => {
    expect(completionDate(text, 2026)).toBe(date);
  });

  it.each(['', '2022年7月、12月', '长期坚持', '2月30日'])('%s has no single date', (text) => {
    expect(completionDate(text, 2026)).toBeNull();
  });
});

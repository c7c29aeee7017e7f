import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  chineseWeekday,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  validDayNumber,
  weekday,
} from '../../../src/shared/domain/dates';

// The arithmetic versions must agree with what JavaScript's Date says about the same days.
const viaDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe('day numbers', () => {
  it('agree with Date from 1700 to 2400, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -98_000, max: 157_000 }), (n) => {
        expect(fromDayNumber(n)).toBe(viaDate(n));
        expect(dayNumber(fromDayNumber(n))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('count from 1970-01-01, a Thursday', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(weekday('1970-01-01')).toBe(4);
    expect(chineseWeekday('2023-10-07')).toBe('星期六');
  });

  it('roll day overflow into the next month, as Date.UTC does', () => {
    expect(fromDayNumber(dayNumber('2023-02-30'))).toBe('2023-03-02');
  });
});

describe('isIsoDate and validDayNumber', () => {
  const candidate = fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  it('accept exactly the real calendar days', () => {
    fc.assert(
      fc.property(candidate, (text) => {
        const [y, m, d] = text.split('-').map(Number) as [number, number, number];
        const real = m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(isIsoDate(text)).toBe(real);
        expect(validDayNumber(text)).toBe(real ? Date.UTC(y, m - 1, d) / 86_400_000 : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuse other shapes', () => {
    for (const text of ['2023/01/01', '2023-1-01', '2023-01-1', '20230101', '２０２３-01-01', '2023-0a-01', '', ' 2023-01-01']) {
      expect(isIsoDate(text)).toBe(false);
    }
    expect(isIsoDate(20230101)).toBe(false);
    expect(() => parseIsoDate('2023/01/01')).toThrow('不是有效的日期：2023/01/01');
  });

  it('know the length of every month', () => {
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });
});

describe('addMonths', () => {
  it('keeps the day number or clamps to the month end (民法典 第二百零二条)', () => {
    expect(addMonths('2023-04-01', 6)).toBe('2023-10-01');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });
});

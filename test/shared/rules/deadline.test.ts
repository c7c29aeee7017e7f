import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDayNumber, dayNumber } from '../../../src/shared/domain/dates';
import { computeDeadline, tryComputeDeadline, type MonthsOrDays } from '../../../src/shared/rules/deadline';
import { CalendarNotCoveredError } from '../../../src/shared/calendar/holidayCalendar';
import { bundledCalendar } from '../../support/bundledCalendar';

// Every expected date here was worked out by hand from the Civil Code rules and the
// 国务院办公厅 holiday notice of the year concerned.
const calendar = bundledCalendar();
const deadline = (noticeDate: string, period: MonthsOrDays | { until: string }, extension?: MonthsOrDays) =>
  computeDeadline({ noticeDate, period, calendar, ...(extension ? { extension } : {}) });

describe('computeDeadline: periods in months (第二百零二条)', () => {
  it('ends on the same-numbered day of the final month', () => {
    expect(deadline('2023-03-15', { months: 6 })).toMatchObject({ nominal: '2023-09-15', deadline: '2023-09-15', explanation: '' });
  });

  it('clamps to the last day of a shorter final month: 2023-08-31 + 6 months → 2024-02-29', () => {
    expect(deadline('2023-08-31', { months: 6 })).toMatchObject({ nominal: '2024-02-29', deadline: '2024-02-29' });
  });

  it('clamps to 28 February outside a leap year: 2022-08-31 + 6 months → 2023-02-28', () => {
    expect(deadline('2022-08-31', { months: 6 }).deadline).toBe('2023-02-28');
  });

  it('reaches 29 February in a leap year and leaves it for 28 February a year on', () => {
    expect(deadline('2023-08-29', { months: 6 }).deadline).toBe('2024-02-29');
    expect(deadline('2024-02-29', { months: 12 }).deadline).toBe('2025-02-28');
  });
});

describe('computeDeadline: periods in days (第二百零一条)', () => {
  it('does not count the notice day', () => {
    expect(deadline('2024-01-01', { days: 30 }).deadline).toBe('2024-01-31');
    expect(deadline('2024-03-04', { days: 1 }).deadline).toBe('2024-03-05');
  });

  it('moves a day period that ends on a Saturday to the Monday', () => {
    expect(deadline('2024-03-01', { days: 1 })).toMatchObject({ nominal: '2024-03-02', deadline: '2024-03-04' });
  });
});

describe('computeDeadline: a last day that is not a working day (第二百零三条)', () => {
  it('2023-04-01 + 6 months ends in the National Day holiday and moves to the make-up Saturday', () => {
    expect(deadline('2023-04-01', { months: 6 })).toEqual({
      nominal: '2023-10-01',
      deadline: '2023-10-07',
      explanation: '2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日）',
      base: {
        start: '2023-04-01',
        period: { months: 6 },
        nominal: '2023-10-01',
        deadline: '2023-10-07',
        explanation: '2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日）',
      },
    });
  });

  it('keeps a Sunday that was a make-up working day (2024-02-18, 春节)', () => {
    expect(deadline('2023-08-18', { months: 6 })).toMatchObject({ nominal: '2024-02-18', deadline: '2024-02-18', explanation: '' });
  });

  it('moves a plain Sunday to the Monday', () => {
    expect(deadline('2023-03-03', { months: 6 })).toMatchObject({
      nominal: '2023-09-03',
      deadline: '2023-09-04',
      explanation: '2023年9月3日为星期日，顺延至2023年9月4日（星期一）',
    });
  });

  it('names the holiday when a weekend day lies inside it', () => {
    expect(deadline('2023-11-04', { months: 6 })).toMatchObject({
      deadline: '2024-05-06',
      explanation: '2024年5月4日为劳动节假日，顺延至2024年5月6日（星期一）',
    });
  });

  it('moves past the whole Spring Festival (2025: 1月28日至2月4日)', () => {
    expect(deadline('2024-07-28', { months: 6 }).deadline).toBe('2025-02-05');
  });

  it('does not move a date fixed by the order: “要于10月底前将主体设备淘汰拆除完毕” (豫淘汰落后办〔2021〕10号) ends on 2021-10-31, a Sunday', () => {
    expect(deadline('2021-07-01', { until: '2021-10-31' })).toMatchObject({
      nominal: '2021-10-31',
      deadline: '2021-10-31',
      explanation: '2021年10月31日为决定/命令确定的日期，不因节假日顺延',
    });
  });

  it('still moves an extension counted on from a fixed date, since that is a computed period', () => {
    expect(deadline('2021-07-01', { until: '2021-10-31' }, { days: 6 })).toMatchObject({ nominal: '2021-11-06', deadline: '2021-11-08' });
  });
});

describe('computeDeadline: extensions', () => {
  it('counts the extension from the moved deadline, not the nominal one', () => {
    // From the nominal 2023-10-01 three months would end on 2024-01-01 (元旦) → 2024-01-02.
    const d = deadline('2023-04-01', { months: 6 }, { months: 3 });
    expect(d.base.deadline).toBe('2023-10-07');
    expect(d.extension).toMatchObject({ start: '2023-10-07', nominal: '2024-01-07', deadline: '2024-01-08' });
    expect(d).toMatchObject({ nominal: '2024-01-07', deadline: '2024-01-08' });
    expect(d.explanation).toBe(
      '2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日）；延期3个月自2023年10月7日起算，至2024年1月7日；' +
        '2024年1月7日为星期日，顺延至2024年1月8日（星期一）',
    );
  });

  it('explains an extension even when nothing moves', () => {
    const d = deadline('2023-03-15', { months: 6 }, { days: 31 });
    expect(d).toMatchObject({ nominal: '2023-10-16', deadline: '2023-10-16' });
    expect(d.explanation).toBe('延期31天自2023年9月15日起算，至2023年10月16日');
  });
});

describe('computeDeadline: years the calendar does not cover', () => {
  it('throws a Chinese error naming the missing year', () => {
    expect(() => deadline('2026-08-01', { months: 6 })).toThrow(CalendarNotCoveredError);
    expect(() => deadline('2026-08-01', { months: 6 })).toThrow(/2027年的放假安排/);
  });

  it('returns the same as a value from tryComputeDeadline', () => {
    const r = tryComputeDeadline({ noticeDate: '2026-08-01', period: { months: 6 }, calendar });
    expect(r).toMatchObject({ ok: false, error: { code: 'CALENDAR_NOT_COVERED', year: 2027 } });
  });

  it('rejects a period that is not a positive whole number', () => {
    const r = tryComputeDeadline({ noticeDate: '2024-01-01', period: { months: 0 }, calendar });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_PERIOD' } });
    expect(() => deadline('2024-01-01', { until: '2023-12-01' })).toThrow(/应晚于起算日/);
  });
});

describe('computeDeadline: properties', () => {
  // Notices up to February 2026 so that 6 months plus a 3-month extension stay inside 2026.
  const first = dayNumber('2017-01-01');
  const last = dayNumber('2026-02-28');
  const noticeDate = fc.integer({ min: first, max: last }).map(fromDayNumber);
  const period = fc.oneof(
    fc.integer({ min: 1, max: 6 }).map((months) => ({ months })),
    fc.integer({ min: 1, max: 180 }).map((days) => ({ days })),
  );
  const extension = fc.option(
    fc.oneof(
      fc.integer({ min: 1, max: 3 }).map((months) => ({ months })),
      fc.integer({ min: 1, max: 90 }).map((days) => ({ days })),
    ),
    { nil: undefined },
  );

  it('the effective deadline is the first working day on or after the nominal one', () => {
    fc.assert(
      fc.property(noticeDate, period, extension, (n, p, e) => {
        const d = deadline(n, p, e);
        expect(d.deadline >= d.nominal).toBe(true);
        expect(d.nominal > n).toBe(true);
        expect(calendar.isWorkingDay(d.deadline)).toBe(true);
        for (let day = d.nominal; day < d.deadline; day = addDays(day, 1)) expect(calendar.isWorkingDay(day)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never goes backwards when the notice date moves forward', () => {
    fc.assert(
      fc.property(noticeDate, fc.integer({ min: 0, max: 400 }), period, extension, (n, shift, p, e) => {
        const later = fromDayNumber(Math.min(dayNumber(n) + shift, last));
        expect(deadline(later, p, e).deadline >= deadline(n, p, e).deadline).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  CalendarNotCoveredError,
  calendarSourceFromFile,
  createHolidayCalendar,
  mergeUserCalendar,
} from '../../../src/shared/calendar/holidayCalendar';
import { UserCalendar } from '../../../src/shared/calendar/schema';
import { bundledCalendar, bundledHolidayFile } from '../../support/bundledCalendar';

// Dates below are taken from the 国务院办公厅 notices on 部分节假日安排 for each year.

describe('bundled holiday file', () => {
  it('holds one notice for every year 2017–2026, each with its gov.cn link', () => {
    const file = bundledHolidayFile();
    expect(file.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of file.years) expect(y.notices[0]).toMatch(/^https?:\/\/www\.gov\.cn\//);
  });

  it('files the December days of a 元旦 under the next year’s notice', () => {
    const file = bundledHolidayFile();
    const y2019 = file.years.find((y) => y.year === 2019);
    expect(y2019?.holidays.slice(0, 3)).toEqual([
      { date: '2018-12-30', name: '元旦' },
      { date: '2018-12-31', name: '元旦' },
      { date: '2019-01-01', name: '元旦' },
    ]);
    expect(y2019?.workdays[0]).toEqual({ date: '2018-12-29', holiday: '元旦' });
  });
});

describe('isWorkingDay', () => {
  const cal = bundledCalendar();

  it('2023: 中秋节、国庆节 9月29日至10月6日 off, 10月7日（周六）and 10月8日（周日）work', () => {
    for (const d of ['2023-09-29', '2023-09-30', '2023-10-01', '2023-10-04', '2023-10-06']) {
      expect(cal.isWorkingDay(d)).toBe(false);
    }
    expect(cal.isWorkingDay('2023-10-07')).toBe(true);
    expect(cal.isWorkingDay('2023-10-08')).toBe(true);
    expect(cal.isWorkingDay('2023-10-09')).toBe(true);
  });

  it('2020: the Spring Festival extended to 2月2日 and the 2月1日 make-up day withdrawn', () => {
    expect(cal.isWorkingDay('2020-01-19')).toBe(true); // Sunday, make-up day
    expect(cal.isWorkingDay('2020-01-31')).toBe(false);
    expect(cal.isWorkingDay('2020-02-01')).toBe(false);
    expect(cal.isWorkingDay('2020-02-02')).toBe(false);
    expect(cal.isWorkingDay('2020-02-03')).toBe(true);
  });

  it('2025: the four-day Spring Festival, 1月28日至2月4日, with 2月8日（周六）worked', () => {
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-01-28')).toBe(false);
    expect(cal.isWorkingDay('2025-02-04')).toBe(false);
    expect(cal.isWorkingDay('2025-02-05')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
  });

  it('2026: 元旦 1月1日至3日 off and 1月4日（周日）worked; 春节 2月15日至23日', () => {
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('a plain weekend is not a working day and a plain weekday is', () => {
    expect(cal.isWorkingDay('2024-02-24')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2024-02-25')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2024-02-26')).toBe(true); // Monday
  });

  it('refuses a year no notice covers, naming the year', () => {
    expect(() => cal.isWorkingDay('2027-03-01')).toThrow(CalendarNotCoveredError);
    expect(() => cal.isWorkingDay('2016-06-01')).toThrow(/2016年/);
  });
});

describe('dayInfo and nextWorkingDay', () => {
  const cal = bundledCalendar();

  it('names the festival of a holiday and of a make-up day', () => {
    expect(cal.dayInfo('2023-10-01')).toEqual({ date: '2023-10-01', working: false, reason: 'holiday', name: '国庆节' });
    expect(cal.dayInfo('2023-10-07')).toEqual({ date: '2023-10-07', working: true, reason: 'workday', name: '国庆节' });
    expect(cal.dayInfo('2023-10-14')).toEqual({ date: '2023-10-14', working: false, reason: 'weekend' });
  });

  it('skips a holiday together with the weekend around it', () => {
    expect(cal.nextWorkingDay('2023-10-01')).toBe('2023-10-07');
    expect(cal.nextWorkingDay('2024-05-01')).toBe('2024-05-06');
    expect(cal.nextWorkingDay('2024-05-06')).toBe('2024-05-06');
  });

  it('throws for the next year when the search runs past the last covered year', () => {
    const source = calendarSourceFromFile(bundledHolidayFile());
    const only2022 = createHolidayCalendar({ coveredYears: [2022], days: source.days });
    // 2022-12-31 opens the 2023 元旦 holiday: where it ends only the 2023 notice says.
    expect(() => only2022.nextWorkingDay('2022-12-31')).toThrow(/2023年/);
  });
});

describe('mergeUserCalendar', () => {
  const bundled = calendarSourceFromFile(bundledHolidayFile());

  it('covers a year once the user has entered its whole notice', () => {
    const user = UserCalendar.parse({
      completeYears: [2027],
      days: [
        { kind: 'holiday', date: '2027-01-01', name: '元旦' },
        { kind: 'workday', date: '2027-02-06', name: '春节', note: '示例' },
      ],
    });
    const cal = createHolidayCalendar(mergeUserCalendar(bundled, user));
    expect(cal.covers(2027)).toBe(true);
    expect(cal.coveredYears.at(-1)).toBe(2027);
    expect(cal.isWorkingDay('2027-01-01')).toBe(false);
    expect(cal.isWorkingDay('2027-02-06')).toBe(true); // a Saturday made a working day
  });

  it('lets a user entry override or withdraw a bundled day', () => {
    const user = UserCalendar.parse({
      completeYears: [],
      days: [
        { kind: 'ordinary', date: '2023-10-07', note: '更正' },
        { kind: 'ordinary', date: '2023-10-06' },
        { kind: 'holiday', date: '2023-10-08', name: '国庆节' },
      ],
    });
    const cal = createHolidayCalendar(mergeUserCalendar(bundled, user));
    expect(cal.isWorkingDay('2023-10-07')).toBe(false); // back to a plain Saturday
    expect(cal.dayInfo('2023-10-07').reason).toBe('weekend');
    expect(cal.isWorkingDay('2023-10-06')).toBe(true); // back to a plain Friday
    expect(cal.isWorkingDay('2023-10-08')).toBe(false);
    expect(cal.isWorkingDay('2023-10-01')).toBe(false); // untouched bundled day
  });

  it('rejects a make-up working day that is not a weekend day', () => {
    const result = UserCalendar.safeParse({ completeYears: [], days: [{ kind: 'workday', date: '2027-02-08', name: '春节' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('调休上班日应为星期六或星期日');
  });
});

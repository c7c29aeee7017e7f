import { addDays, addMonths, chineseWeekday, formatChineseDate, isIsoDate, type IsoDate } from '../domain/dates';
import { CalendarNotCoveredError, type HolidayCalendar } from '../calendar/holidayCalendar';

/**
 * Legal deadlines by the Civil Code's period rules (民法典 第二百零一条至第二百零三条):
 * 1. the day of the notice is not counted (第二百零一条), so a period in days ends N days after it;
 * 2. a period in months ends on the same-numbered day of the final month, or that month's last
 *    day when it has none (第二百零二条);
 * 3. a last day that is not a working day — a statutory holiday, or a Saturday or Sunday that is
 *    not a 调休上班日 — gives way to the first working day after it (第二百零三条);
 * 4. an extension is counted on from the effective, already moved, deadline by the same rules.
 *
 * When the calendar lacks the year a last day falls in, computeDeadline throws
 * CalendarNotCoveredError rather than guess: a wrong legal deadline is worse than none, and the
 * message tells the user which year's notice to add. tryComputeDeadline returns the same as a
 * value for lists, where one case must not stop the others.
 */

export type MonthsOrDays = { readonly months: number } | { readonly days: number };
/** A period as an order states it; `until` is a date the order names (限时拆除 by 10月31日). */
export type Period = MonthsOrDays | { readonly until: IsoDate };

export interface DeadlineStep {
  /** The day counting starts after: the notice date, or the base deadline for an extension. */
  readonly start: IsoDate;
  readonly period: Period;
  /** The last day by the calendar alone, before any move. */
  readonly nominal: IsoDate;
  /** The last day after moving off a rest day. */
  readonly deadline: IsoDate;
  /** '' when the nominal day was a working day. */
  readonly explanation: string;
}

export interface Deadline {
  readonly nominal: IsoDate;
  readonly deadline: IsoDate;
  readonly explanation: string;
  readonly base: DeadlineStep;
  readonly extension?: DeadlineStep;
}

export interface DeadlineInput {
  readonly noticeDate: IsoDate;
  readonly period: Period;
  readonly calendar: HolidayCalendar;
  readonly extension?: MonthsOrDays;
}

export class InvalidPeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPeriodError';
  }
}

export function computeDeadline(input: DeadlineInput): Deadline {
  const base = step(input.calendar, input.noticeDate, input.period);
  if (!input.extension) return { nominal: base.nominal, deadline: base.deadline, explanation: base.explanation, base };

  const extension = step(input.calendar, base.deadline, input.extension);
  const parts = [
    base.explanation,
    `延期${describePeriod(input.extension)}自${formatChineseDate(base.deadline)}起算，至${formatChineseDate(extension.nominal)}`,
    extension.explanation,
  ];
  return {
    nominal: extension.nominal,
    deadline: extension.deadline,
    explanation: parts.filter((p) => p !== '').join('；'),
    base,
    extension,
  };
}

export type DeadlineResult =
  | { readonly ok: true; readonly value: Deadline }
  | { readonly ok: false; readonly error: { readonly code: 'CALENDAR_NOT_COVERED'; readonly year: number; readonly message: string } }
  | { readonly ok: false; readonly error: { readonly code: 'INVALID_PERIOD'; readonly message: string } };

export function tryComputeDeadline(input: DeadlineInput): DeadlineResult {
  try {
    return { ok: true, value: computeDeadline(input) };
  } catch (err) {
    if (err instanceof CalendarNotCoveredError) {
      return { ok: false, error: { code: 'CALENDAR_NOT_COVERED', year: err.year, message: err.message } };
    }
    if (err instanceof InvalidPeriodError) return { ok: false, error: { code: 'INVALID_PERIOD', message: err.message } };
    throw err;
  }
}

/** The nominal last day of `period` counted from the day after `start`. */
export function periodEnd(start: IsoDate, period: Period): IsoDate {
  if (!isIsoDate(start)) throw new InvalidPeriodError(`起算日期无效：${start}`);
  if ('until' in period) {
    if (!isIsoDate(period.until)) throw new InvalidPeriodError(`限期日期无效：${period.until}`);
    if (period.until <= start) {
      throw new InvalidPeriodError(`限期日期${formatChineseDate(period.until)}应晚于起算日${formatChineseDate(start)}`);
    }
    return period.until;
  }
  const count = 'months' in period ? period.months : period.days;
  if (!Number.isInteger(count) || count < 1) throw new InvalidPeriodError(`期限应为正整数${'months' in period ? '个月' : '天'}：${count}`);
  return 'months' in period ? addMonths(start, count) : addDays(start, count);
}

/** 6个月 / 90天 / 至2021年10月31日 */
export function describePeriod(period: Period): string {
  if ('until' in period) return `至${formatChineseDate(period.until)}`;
  return 'months' in period ? `${period.months}个月` : `${period.days}天`;
}

function step(calendar: HolidayCalendar, start: IsoDate, period: Period): DeadlineStep {
  const nominal = periodEnd(start, period);
  const { deadline, explanation } = settle(calendar, nominal);
  return { start, period, nominal, deadline, explanation };
}

interface Settled {
  readonly deadline: IsoDate;
  readonly explanation: string;
}

// A ledger's deadlines share few distinct last days, so each calendar remembers how it settled
// each one; the explanation sentence is then built once per day, not once per case.
const settledByCalendar = new WeakMap<HolidayCalendar, Map<IsoDate, Settled>>();

function settle(calendar: HolidayCalendar, nominal: IsoDate): Settled {
  let cache = settledByCalendar.get(calendar);
  if (!cache) {
    cache = new Map();
    settledByCalendar.set(calendar, cache);
  }
  let settled = cache.get(nominal);
  if (!settled) {
    const deadline = calendar.nextWorkingDay(nominal);
    settled = { deadline, explanation: deadline === nominal ? '' : moveSentence(calendar, nominal, deadline) };
    cache.set(nominal, settled);
  }
  return settled;
}

/** 2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日） */
function moveSentence(calendar: HolidayCalendar, nominal: IsoDate, deadline: IsoDate): string {
  const rest = calendar.dayInfo(nominal);
  const why = rest.reason === 'holiday' ? `${rest.name ?? ''}假日` : chineseWeekday(nominal);
  const target = calendar.dayInfo(deadline);
  const note = target.reason === 'workday' ? '调休上班日' : chineseWeekday(deadline);
  return `${formatChineseDate(nominal)}为${why}，顺延至${formatChineseDate(deadline)}（${note}）`;
}

import {
  chineseWeekday,
  dayNumberMonthsLater,
  dayNumberOf,
  formatChineseDate,
  fromDayNumber,
  parseValidIsoDate,
  validDayNumber,
  type IsoDate,
} from '../domain/dates';
import { CalendarNotCoveredError, type HolidayCalendar } from '../calendar/holidayCalendar';

/**
 * Legal deadlines by the Civil Code's period rules (民法典 第二百零一条至第二百零三条):
 * 1. the day of the notice is not counted (第二百零一条), so a period in days ends N days after it;
 * 2. a period in months ends on the same-numbered day of the final month, or that month's last
 *    day when it has none (第二百零二条);
 * 3. a last day that is not a working day — a statutory holiday, or a Saturday or Sunday that is
 *    not a 调休上班日 — gives way to the first working day after it (第二百零三条);
 * 4. an extension is counted on from the effective, already moved, deadline by the same rules;
 * 5. a date the order itself names ({ until }) is not a period and is never moved (domain.md:
 *    「10月底前完成」 is a date).
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
  const result = deadlineOrError(input, cacheFor(input.calendar));
  if (result instanceof Error) throw result;
  return result;
}

export type DeadlineResult =
  | { readonly ok: true; readonly value: Deadline }
  | { readonly ok: false; readonly error: { readonly code: 'CALENDAR_NOT_COVERED'; readonly year: number; readonly message: string } }
  | { readonly ok: false; readonly error: { readonly code: 'INVALID_PERIOD'; readonly message: string } };

/** computeDeadline for lists: failures come back as values. */
export function tryComputeDeadline(input: DeadlineInput): DeadlineResult {
  const result = deadlineOrError(input, cacheFor(input.calendar));
  if (result instanceof CalendarNotCoveredError) {
    return { ok: false, error: { code: 'CALENDAR_NOT_COVERED', year: result.year, message: result.message } };
  }
  if (result instanceof InvalidPeriodError) return { ok: false, error: { code: 'INVALID_PERIOD', message: result.message } };
  return { ok: true, value: result };
}

// Errors are returned, not thrown, on the way up: a list of cases reaching into a year without a
// holiday notice would otherwise pay for an exception per case.
function deadlineOrError(input: DeadlineInput, cache: CalendarCache): Deadline | CalendarNotCoveredError | InvalidPeriodError {
  const base = step(input.calendar, cache, input.noticeDate, input.period);
  if (base instanceof Error) return base;
  if (!input.extension) return { nominal: base.nominal, deadline: base.deadline, explanation: base.explanation, base };

  const extended = extend(input.calendar, cache, base, input.extension);
  if (extended instanceof Error) return extended;
  return { nominal: extended.step.nominal, deadline: extended.step.deadline, explanation: extended.explanation, base, extension: extended.step };
}

/** The nominal last day of `period` counted from the day after `start`. */
export function periodEnd(start: IsoDate, period: Period): IsoDate {
  const end = endDay(start, period);
  if (end instanceof InvalidPeriodError) throw end;
  return fromDayNumber(end);
}

/** 6个月 / 90天 / 至2021年10月31日 */
export function describePeriod(period: Period): string {
  if ('until' in period) return `至${formatChineseDate(period.until)}`;
  return 'months' in period ? `${period.months}个月` : `${period.days}天`;
}

/** periodEnd as a day number, or why the period cannot be counted. */
function endDay(start: IsoDate, period: Period): number | InvalidPeriodError {
  const from = parseValidIsoDate(start);
  if (from === null) return new InvalidPeriodError(`起算日期无效：${start}`);
  if ('until' in period) {
    const until = validDayNumber(period.until);
    if (until === null) return new InvalidPeriodError(`限期日期无效：${period.until}`);
    if (until <= dayNumberOf(from.year, from.month, from.day)) {
      return new InvalidPeriodError(`限期日期${formatChineseDate(period.until)}应晚于起算日${formatChineseDate(start)}`);
    }
    return until;
  }
  const months = 'months' in period;
  const count = months ? period.months : period.days;
  if (!Number.isInteger(count) || count < 1) return new InvalidPeriodError(`期限应为正整数${months ? '个月' : '天'}：${count}`);
  return months ? dayNumberMonthsLater(from, count) : dayNumberOf(from.year, from.month, from.day) + count;
}

/*
 * Per calendar, how each last day settled (a move and its sentence, or the year that is
 * missing) and how each extension of a settled deadline came out. A ledger's cases share few
 * distinct last days, so the strings are built once per day, not once per case, and are keyed by
 * day number so that no per-case string is made or hashed.
 */
interface Settled {
  readonly nominal: IsoDate;
  readonly deadline: IsoDate;
  readonly explanation: string;
}

interface Extended {
  readonly step: DeadlineStep;
  readonly explanation: string;
}

interface CalendarCache {
  readonly settled: Map<number, Settled | CalendarNotCoveredError>;
  readonly missingYears: Map<number, CalendarNotCoveredError>;
  readonly extended: Map<string, Extended | CalendarNotCoveredError>;
}

const caches = new WeakMap<HolidayCalendar, CalendarCache>();

// Lists compute every case against the same calendar: the last one is checked before the map.
let lastCalendar: HolidayCalendar | null = null;
let lastCache: CalendarCache | null = null;

function cacheFor(calendar: HolidayCalendar): CalendarCache {
  if (calendar === lastCalendar && lastCache) return lastCache;
  let cache = caches.get(calendar);
  if (!cache) {
    cache = { settled: new Map(), missingYears: new Map(), extended: new Map() };
    caches.set(calendar, cache);
  }
  lastCalendar = calendar;
  lastCache = cache;
  return cache;
}

function step(
  calendar: HolidayCalendar,
  cache: CalendarCache,
  start: IsoDate,
  period: Period,
): DeadlineStep | CalendarNotCoveredError | InvalidPeriodError {
  const end = endDay(start, period);
  if (end instanceof InvalidPeriodError) return end;
  // A date the order names (10月底前完成) is a date, not a period: the holiday rule does not move it.
  if ('until' in period) return { start, period, nominal: period.until, deadline: period.until, explanation: fixedDateSentence(period.until) };
  let settled = cache.settled.get(end);
  if (settled === undefined) {
    settled = settleOnce(calendar, cache, fromDayNumber(end));
    cache.settled.set(end, settled);
  }
  if (settled instanceof CalendarNotCoveredError) return settled;
  return { start, period, nominal: settled.nominal, deadline: settled.deadline, explanation: settled.explanation };
}

function extend(calendar: HolidayCalendar, cache: CalendarCache, base: DeadlineStep, extension: MonthsOrDays): Extended | CalendarNotCoveredError | InvalidPeriodError {
  const key = `${base.nominal}+${'months' in extension ? `${extension.months}m` : `${extension.days}d`}`;
  const cached = cache.extended.get(key);
  if (cached !== undefined) return cached;
  const next = step(calendar, cache, base.deadline, extension);
  if (next instanceof InvalidPeriodError) return next;
  const extended = next instanceof CalendarNotCoveredError ? next : { step: next, explanation: extensionSentence(base, extension, next) };
  cache.extended.set(key, extended);
  return extended;
}

/** The base move, the extension's span, then its own move, each only if there is one. */
function extensionSentence(base: DeadlineStep, extension: MonthsOrDays, next: DeadlineStep): string {
  let sentence = `延期${describePeriod(extension)}自${chineseDate(base.deadline)}起算，至${chineseDate(next.nominal)}`;
  if (base.explanation !== '') sentence = `${base.explanation}；${sentence}`;
  if (next.explanation !== '') sentence = `${sentence}；${next.explanation}`;
  return sentence;
}

// Deadlines repeat, and so do their long forms in sentences.
const chineseDates = new Map<IsoDate, string>();

function chineseDate(date: IsoDate): string {
  let text = chineseDates.get(date);
  if (text === undefined) {
    text = formatChineseDate(date);
    if (chineseDates.size < 20_000) chineseDates.set(date, text);
  }
  return text;
}

function settleOnce(calendar: HolidayCalendar, cache: CalendarCache, nominal: IsoDate): Settled | CalendarNotCoveredError {
  // Checked first because building an Error (its stack trace) is slow, and every case whose
  // period ends in a year without a notice would build one.
  const year = Number(nominal.slice(0, 4));
  if (!calendar.covers(year)) {
    let missing = cache.missingYears.get(year);
    if (!missing) {
      missing = new CalendarNotCoveredError(year);
      cache.missingYears.set(year, missing);
    }
    return missing;
  }
  try {
    const deadline = calendar.nextWorkingDay(nominal);
    return { nominal, deadline, explanation: deadline === nominal ? '' : moveSentence(calendar, nominal, deadline) };
  } catch (err) {
    if (err instanceof CalendarNotCoveredError) return err;
    throw err;
  }
}

/** 2021年10月31日为决定/命令确定的日期，不因节假日顺延 */
function fixedDateSentence(date: IsoDate): string {
  return `${chineseDate(date)}为决定/命令确定的日期，不因节假日顺延`;
}

/** 2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日） */
function moveSentence(calendar: HolidayCalendar, nominal: IsoDate, deadline: IsoDate): string {
  const rest = calendar.dayInfo(nominal);
  const why = rest.reason === 'holiday' ? `${rest.name ?? ''}假日` : chineseWeekday(nominal);
  const target = calendar.dayInfo(deadline);
  const note = target.reason === 'workday' ? '调休上班日' : chineseWeekday(deadline);
  return `${chineseDate(nominal)}为${why}，顺延至${chineseDate(deadline)}（${note}）`;
}

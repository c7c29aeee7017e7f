/**
 * Calendar dates travel through the app as ISO strings 'YYYY-MM-DD' (no time, no zone): what a
 * notice says is a day, not an instant. These helpers do day arithmetic in UTC so that no
 * local time zone or daylight-saving rule can shift a date.
 */
export type IsoDate = string;

// Every case's deadline, countdown and card is recomputed whenever the ledger opens, so these
// run hundreds of thousands of times: they parse with charCodeAt and count days with integer
// arithmetic (H. Hinnant's civil-calendar algorithms) instead of regular expressions and Date.

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseValidIsoDate(value) !== null;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The parts of a real calendar date written 'YYYY-MM-DD', or null: checked and split in one pass. */
export function parseValidIsoDate(value: string): DateParts | null {
  if (!hasIsoShape(value)) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The day number of a real calendar date, or null. */
export function validDayNumber(value: string): number | null {
  const parts = parseValidIsoDate(value);
  return parts && dayNumberOf(parts.year, parts.month, parts.day);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Month 0 and 13 roll into the neighbouring years, as Date.UTC would. */
export function daysInMonth(year: number, month: number): number {
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  if (m === 2) return isLeapYear(year + Math.floor((month - 1) / 12)) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  const m = TWO_DIGITS[month] ?? String(month).padStart(2, '0');
  const d = TWO_DIGITS[day] ?? String(day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function parseIsoDate(date: IsoDate): DateParts {
  const year = hasIsoShape(date) ? digits(date, 0, 4) : -1;
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  if (year < 0 || month < 0 || day < 0) throw new RangeError(`不是有效的日期：${date}`);
  return { year, month, day };
}

/** Days since 1970-01-01 for an ISO date; the basis of all day arithmetic. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return dayNumberOf(year, month, day);
}

export function fromDayNumber(n: number): IsoDate {
  const z = Math.floor(n) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return toIsoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** dayNumber from parts; day and month overflow roll over as with Date.UTC (2023-02-30 is 2 March). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function hasIsoShape(s: string): boolean {
  return s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45;
}

/** The decimal number in s[start, start + count), or -1 when a character is not a digit. */
function digits(s: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** 2022年7月1日 — the long form the UI and documents use. */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${year}年${month}月${day}日`;
}

/**
 * The same-numbered day `months` later, or that month's last day when it has none (31 August
 * plus six months is 29 February in a leap year): 民法典 第二百零二条's "对应日 … 没有对应日的，
 * 月末日". Negative `months` count backwards by the same rule.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromDayNumber(dayNumberMonthsLater(parseIsoDate(date), months));
}

/** addMonths from parts to a day number, for arithmetic that goes on from it. */
export function dayNumberMonthsLater(date: DateParts, months: number): number {
  const index = date.year * 12 + (date.month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumberOf(y, m, Math.min(date.day, daysInMonth(y, m)));
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** 星期六 — how official notices name a weekday. */
export function chineseWeekday(date: IsoDate): string {
  return WEEKDAY_NAMES[weekday(date)] as string;
}

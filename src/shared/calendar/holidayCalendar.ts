import { dayNumber, fromDayNumber, parseIsoDate, toIsoDate, weekday, type IsoDate } from '../domain/dates';
import type { HolidayFile, UserCalendar } from './schema';

/**
 * Which days are working days (工作日) under the State Council's holiday notices: the one fact
 * the Civil Code's period rules (民法典 第二百零三条) need from the outside world.
 */

export type CalendarDayKind = 'holiday' | 'workday';

/** A 放假日 ('holiday', named after its festival) or a 调休上班日 ('workday', named after the
 *  festival it makes up for). */
export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  readonly name: string;
}

/** What a calendar is built from: its days, and the years whose notices they completely hold. */
export interface CalendarSource {
  readonly coveredYears: readonly number[];
  readonly days: readonly CalendarDay[];
}

/** Why a day is or is not a working day; `name` is the festival for 'holiday' and 'workday'. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly reason: 'holiday' | 'workday' | 'weekend' | 'weekday';
  readonly name?: string;
}

export interface HolidayCalendar {
  /** Ascending. */
  readonly coveredYears: readonly number[];
  covers(year: number): boolean;
  /** Throws CalendarNotCoveredError for a date in a year the calendar does not cover. */
  isWorkingDay(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** The first working day on or after `date`; throws CalendarNotCoveredError when the search
   *  reaches a year the calendar does not cover. */
  nextWorkingDay(date: IsoDate): IsoDate;
}

/**
 * A deadline cannot be fixed without knowing that year's holidays. The message tells the user
 * what to add; `year` lets a caller group the cases waiting for the same notice.
 */
export class CalendarNotCoveredError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(
      `节假日日历尚未包含${year}年的放假安排，无法判断期限届满日是否遇节假日顺延。` +
        `请在“节假日设置”中录入国务院办公厅公布的${year}年部分节假日安排（通常在上一年11月前后发布）。`,
    );
    this.name = 'CalendarNotCoveredError';
    this.year = year;
  }
}

const UNCOVERED = 0;
const WORKING = 1;
const RESTING = 2;

/**
 * Builds the calendar. Every covered year is laid out once as day-indexed arrays (a status byte
 * and the distance to the next working day) so that a lookup is an array read: computing the
 * deadlines of every case in the ledger must stay instant.
 */
export function createHolidayCalendar(source: CalendarSource): HolidayCalendar {
  const years = [...new Set(source.coveredYears)].sort((a, b) => a - b);
  const byDay = new Map<number, CalendarDay>();
  for (const day of source.days) byDay.set(dayNumber(day.date), day);
  if (years.length === 0) return new ArrayCalendar(years, byDay, 0, new Uint8Array(0), new Int32Array(0));

  const first = dayNumber(toIsoDate(years[0] as number, 1, 1));
  const last = dayNumber(toIsoDate(years[years.length - 1] as number, 12, 31));
  const status = new Uint8Array(last - first + 1);
  const covered = new Set(years);
  for (let i = 0; i < status.length; i++) {
    const dn = first + i;
    const date = fromDayNumber(dn);
    if (!covered.has(parseIsoDate(date).year)) continue;
    status[i] = isWorking(date, byDay.get(dn)) ? WORKING : RESTING;
  }
  // Distance to the next working day, or -1 when an uncovered day comes first.
  const next = new Int32Array(status.length);
  let ahead = -1;
  for (let i = status.length - 1; i >= 0; i--) {
    if (status[i] === WORKING) ahead = 0;
    else if (status[i] === UNCOVERED) ahead = -1;
    else if (ahead >= 0) ahead += 1;
    next[i] = ahead;
  }
  return new ArrayCalendar(years, byDay, first, status, next);
}

function isWorking(date: IsoDate, entry: CalendarDay | undefined): boolean {
  if (entry) return entry.kind === 'workday';
  const d = weekday(date);
  return d !== 0 && d !== 6;
}

class ArrayCalendar implements HolidayCalendar {
  private readonly covered: ReadonlySet<number>;

  constructor(
    readonly coveredYears: readonly number[],
    private readonly byDay: ReadonlyMap<number, CalendarDay>,
    private readonly first: number,
    private readonly status: Uint8Array,
    private readonly next: Int32Array,
  ) {
    this.covered = new Set(coveredYears);
  }

  covers(year: number): boolean {
    return this.covered.has(year);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.statusOf(date) === WORKING;
  }

  dayInfo(date: IsoDate): DayInfo {
    const working = this.statusOf(date) === WORKING;
    const entry = this.byDay.get(dayNumber(date));
    if (entry) return { date, working, reason: entry.kind, name: entry.name };
    return { date, working, reason: working ? 'weekday' : 'weekend' };
  }

  nextWorkingDay(date: IsoDate): IsoDate {
    const i = this.indexOf(date);
    const step = this.next[i] as number;
    if (step === 0) return date;
    if (step > 0) return fromDayNumber(this.first + i + step);
    let j = i;
    while (this.status[j] === RESTING) j++;
    throw new CalendarNotCoveredError(parseIsoDate(fromDayNumber(this.first + j)).year);
  }

  private statusOf(date: IsoDate): number {
    return this.status[this.indexOf(date)] as number;
  }

  /** The array index of a covered date; throws for any other. */
  private indexOf(date: IsoDate): number {
    const i = dayNumber(date) - this.first;
    if (i < 0 || i >= this.status.length || this.status[i] === UNCOVERED) {
      throw new CalendarNotCoveredError(parseIsoDate(date).year);
    }
    return i;
  }
}

/** The bundled file as a calendar source: every year it lists is covered. */
export function calendarSourceFromFile(file: HolidayFile): CalendarSource {
  const days: CalendarDay[] = [];
  for (const y of file.years) {
    for (const h of y.holidays) days.push({ date: h.date, kind: 'holiday', name: h.name });
    for (const w of y.workdays) days.push({ date: w.date, kind: 'workday', name: w.holiday });
  }
  return { coveredYears: file.years.map((y) => y.year), days };
}

/**
 * The user's days laid over the bundled ones: a user entry replaces whatever the bundle says of
 * that date ('ordinary' removes it), and the user's complete years join the covered ones.
 */
export function mergeUserCalendar(bundled: CalendarSource, user: UserCalendar): CalendarSource {
  const byDate = new Map<IsoDate, CalendarDay | null>();
  for (const day of bundled.days) byDate.set(day.date, day);
  for (const day of user.days) {
    byDate.set(day.date, day.kind === 'ordinary' ? null : { date: day.date, kind: day.kind, name: day.name });
  }
  const days = [...byDate.values()].filter((d): d is CalendarDay => d !== null);
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { coveredYears: [...new Set([...bundled.coveredYears, ...user.completeYears])], days };
}

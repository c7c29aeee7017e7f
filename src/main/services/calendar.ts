import type { Database } from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import { chineseWeekday, isIsoDate, yearOf } from '../../shared/domain/dates';
import {
  calendarSourceFromFile,
  createHolidayCalendar,
  mergeUserCalendar,
  type CalendarDay,
  type CalendarSource,
  type HolidayCalendar,
} from '../../shared/calendar/holidayCalendar';
import type { UserCalendarDay } from '../../shared/calendar/schema';
import type { CalendarDayRow, CalendarYearSummary } from '../../shared/contract/calendar';
import { bundledHolidayFile } from '../calendar/bundled';
import {
  deleteUserDay,
  deleteUserYear,
  getCalendarDay,
  listCalendarDays,
  listCalendarYears,
  setUserYear,
  upsertUserDay,
  type StoredDay,
} from '../db/repositories/calendar';
import { prepared } from '../db/sql';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit } from './audit';

/**
 * The holiday calendar as the ledger holds it: the bundled notices plus the user's entries,
 * which win. Deadlines are computed with this calendar only, so a ledger restored on another
 * PC gives the same deadlines whatever version of the app it was created with.
 */

const cache = new WeakMap<Database, { stamp: string; calendar: HolidayCalendar }>();

/** Everything the calendar is built from, as one string: rebuilt only when it changes. */
function stampOf(db: Database): string {
  const row = prepared(
    db,
    `SELECT (SELECT coalesce(group_concat(date || source || kind || coalesce(name, ''), ','), '') FROM calendar_days) || '|' ||
            (SELECT coalesce(group_concat(year || source, ','), '') FROM calendar_years) AS stamp`,
  ).get() as { stamp: string };
  return row.stamp;
}

export function loadCalendar(ctx: Pick<ServiceContext, 'db'>): HolidayCalendar {
  let stamp: string;
  try {
    stamp = stampOf(ctx.db);
  } catch {
    // A read-only ledger from before migration 0003 has no calendar tables: the shipped one.
    return createHolidayCalendar(calendarSourceFromFile(bundledHolidayFile()));
  }
  const hit = cache.get(ctx.db);
  if (hit && hit.stamp === stamp) return hit.calendar;
  const calendar = createHolidayCalendar(calendarSourceOf(ctx.db));
  cache.set(ctx.db, { stamp, calendar });
  return calendar;
}

function calendarSourceOf(db: Database): CalendarSource {
  const years = listCalendarYears(db);
  const bundledYears = years.filter((y) => y.source === 'bundled').map((y) => y.year);
  const rows = listCalendarDays(db);
  // A backup from before the calendar was stored restores without bundled rows until next open.
  const bundled: CalendarSource = bundledYears.length
    ? { coveredYears: bundledYears, days: rows.filter((r) => r.source === 'bundled').map(toCalendarDay) }
    : calendarSourceFromFile(bundledHolidayFile());
  const user = {
    completeYears: years.filter((y) => y.source === 'user').map((y) => y.year),
    days: rows.filter((r) => r.source === 'user').map(toUserDay),
  };
  return mergeUserCalendar(bundled, user);
}

function toCalendarDay(r: StoredDay): CalendarDay {
  return { date: r.date, kind: r.kind === 'workday' ? 'workday' : 'holiday', name: r.name ?? '' };
}

function toUserDay(r: StoredDay): UserCalendarDay {
  if (r.kind === 'ordinary') return { kind: 'ordinary', date: r.date };
  return { kind: r.kind, date: r.date, name: r.name ?? '' };
}

export function listCalendarYearSummaries(ctx: ServiceContext): CalendarYearSummary[] {
  const years = listCalendarYears(ctx.db);
  const days = listCalendarDays(ctx.db);
  const merged = mergedDays(days);
  const known = [...years.map((y) => y.year), ...days.map((d) => yearOf(d.date))];
  const first = Math.min(2017, ...known);
  const last = Math.max(ctx.now().getFullYear() + 1, ...known);
  const out: CalendarYearSummary[] = [];
  for (let year = last; year >= first; year--) {
    const bundled = years.find((y) => y.year === year && y.source === 'bundled');
    const user = years.find((y) => y.year === year && y.source === 'user');
    const inYear = merged.filter((d) => d.date.startsWith(`${year}-`));
    out.push({
      year,
      covered: Boolean(bundled || user),
      source: bundled ? 'bundled' : user ? 'user' : 'none',
      holidays: inYear.filter((d) => d.kind === 'holiday').length,
      workdays: inYear.filter((d) => d.kind === 'workday').length,
      userDays: inYear.filter((d) => d.source === 'user').length,
      notices: [...(bundled?.notices ?? []), ...(user?.notices ?? [])],
    });
  }
  return out;
}

/** One row per date: the user's entry over the bundled one. */
function mergedDays(rows: readonly StoredDay[]): CalendarDayRow[] {
  const byDate = new Map<string, { bundled?: StoredDay; user?: StoredDay }>();
  for (const r of rows) {
    const slot = byDate.get(r.date) ?? {};
    slot[r.source] = r;
    byDate.set(r.date, slot);
  }
  return [...byDate.entries()].map(([date, { bundled, user }]) => {
    const shown = (user ?? bundled)!;
    return {
      date,
      kind: shown.kind,
      name: shown.name,
      source: shown.source,
      bundledKind: user && bundled && bundled.kind !== 'ordinary' ? bundled.kind : null,
      bundledName: user && bundled ? bundled.name : null,
      note: shown.note,
      weekday: chineseWeekday(date),
    };
  });
}

export function listCalendarDayRows(ctx: ServiceContext, year: number): CalendarDayRow[] {
  return mergedDays(listCalendarDays(ctx.db, { year }));
}

function dayRow(ctx: ServiceContext, date: string): CalendarDayRow | undefined {
  return mergedDays([getCalendarDay(ctx.db, date, 'bundled'), getCalendarDay(ctx.db, date, 'user')].filter((d): d is StoredDay => d !== undefined))[0];
}

const describe = (d: { kind: string; name: string | null } | undefined) => (d ? { kind: d.kind, name: d.name } : null);

/** Adds or corrects days in one transaction and one audit batch (a whole notice at once). */
export function setCalendarDays(ctx: ServiceContext, days: readonly UserCalendarDay[]): CalendarDayRow[] {
  const audit = beginAudit(ctx);
  ctx.db.transaction(() => {
    for (const day of days) {
      const name = day.kind === 'ordinary' ? null : day.name;
      const before = dayRow(ctx, day.date);
      upsertUserDay(ctx.db, { date: day.date, kind: day.kind, name, note: day.note?.trim() || null }, audit.at);
      recordAudit(ctx, audit, {
        entity: 'calendar',
        entityId: yearOf(day.date),
        action: before?.source === 'user' ? 'update' : 'create',
        field: day.date,
        oldValue: describe(before),
        newValue: { kind: day.kind, name },
      });
    }
  })();
  return days.map((d) => dayRow(ctx, d.date)!);
}

export function setCalendarDay(ctx: ServiceContext, day: UserCalendarDay): CalendarDayRow {
  return setCalendarDays(ctx, [day])[0]!;
}

export function removeCalendarDay(ctx: ServiceContext, date: string): { removed: boolean } {
  if (!isIsoDate(date)) throw new LedgerError('VALIDATION', `日期无效：${date}`);
  const audit = beginAudit(ctx);
  return ctx.db.transaction(() => {
    const before = getCalendarDay(ctx.db, date, 'user');
    if (!before) return { removed: false };
    deleteUserDay(ctx.db, date);
    recordAudit(ctx, audit, { entity: 'calendar', entityId: yearOf(date), action: 'delete', field: date, oldValue: describe(before) });
    return { removed: true };
  })();
}

/**
 * Marks a year's notice as entered in full (deadlines in it are then computed) or withdraws
 * the mark. A year without a single holiday cannot be complete: that is a notice not yet typed.
 */
export function setCalendarYearComplete(ctx: ServiceContext, year: number, complete: boolean, notice?: string): CalendarYearSummary {
  const audit = beginAudit(ctx);
  ctx.db.transaction(() => {
    const had = listCalendarYears(ctx.db).find((y) => y.year === year && y.source === 'user');
    if (complete) {
      const holidays = mergedDays(listCalendarDays(ctx.db, { year })).filter((d) => d.kind === 'holiday').length;
      if (holidays === 0) {
        throw new LedgerError('VALIDATION', `${year}年还没有录入任何放假日。请先按国务院办公厅通知逐日录入放假日和调休上班日，再标记为“已录入完整”。`);
      }
      setUserYear(ctx.db, year, notice ? [notice] : (had?.notices ?? []), audit.at);
    } else if (had) {
      deleteUserYear(ctx.db, year);
    }
    if (Boolean(had) !== complete) {
      recordAudit(ctx, audit, { entity: 'calendar', entityId: year, action: 'update', field: 'complete', oldValue: Boolean(had), newValue: complete });
    }
  })();
  return listCalendarYearSummaries(ctx).find((y) => y.year === year)!;
}

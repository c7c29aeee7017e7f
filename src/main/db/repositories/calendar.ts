import type { Database } from 'better-sqlite3';
import type { HolidayFile } from '../../../shared/calendar/schema';
import { prepared } from '../sql';

/** calendar_days and calendar_years (migration 0003): 'bundled' rows mirror the shipped file. */

export type CalendarSourceKind = 'bundled' | 'user';
export type StoredDayKind = 'holiday' | 'workday' | 'ordinary';

export interface StoredDay {
  date: string;
  source: CalendarSourceKind;
  kind: StoredDayKind;
  name: string | null;
  note: string | null;
  updatedAt: string;
}

export interface StoredYear {
  year: number;
  source: CalendarSourceKind;
  notices: string[];
  updatedAt: string;
}

const DAY_COLUMNS = 'date, source, kind, name, note, updated_at AS "updatedAt"';

/** Replaces every bundled row with the file's content; user rows are not touched. */
export function replaceBundledCalendar(db: Database, file: HolidayFile, now: string): void {
  prepared(db, "DELETE FROM calendar_days WHERE source = 'bundled'").run();
  prepared(db, "DELETE FROM calendar_years WHERE source = 'bundled'").run();
  const day = prepared(db, "INSERT INTO calendar_days (date, source, kind, name, note, updated_at) VALUES (?, 'bundled', ?, ?, NULL, ?)");
  const year = prepared(db, "INSERT INTO calendar_years (year, source, notices, updated_at) VALUES (?, 'bundled', ?, ?)");
  for (const y of file.years) {
    year.run(y.year, JSON.stringify(y.notices), now);
    for (const h of y.holidays) day.run(h.date, 'holiday', h.name, now);
    for (const w of y.workdays) day.run(w.date, 'workday', w.holiday, now);
  }
}

export function listCalendarDays(db: Database, opts: { source?: CalendarSourceKind; year?: number } = {}): StoredDay[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.source) {
    where.push('source = ?');
    params.push(opts.source);
  }
  if (opts.year !== undefined) {
    where.push('date >= ? AND date <= ?');
    params.push(`${opts.year}-01-01`, `${opts.year}-12-31`);
  }
  const sql = `SELECT ${DAY_COLUMNS} FROM calendar_days ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date, source`;
  return prepared(db, sql).all(...params) as StoredDay[];
}

export function getCalendarDay(db: Database, date: string, source: CalendarSourceKind): StoredDay | undefined {
  return prepared(db, `SELECT ${DAY_COLUMNS} FROM calendar_days WHERE date = ? AND source = ?`).get(date, source) as StoredDay | undefined;
}

export function upsertUserDay(db: Database, day: { date: string; kind: StoredDayKind; name: string | null; note: string | null }, now: string): void {
  prepared(
    db,
    `INSERT INTO calendar_days (date, source, kind, name, note, updated_at) VALUES (?, 'user', ?, ?, ?, ?)
     ON CONFLICT(date, source) DO UPDATE SET kind = excluded.kind, name = excluded.name, note = excluded.note, updated_at = excluded.updated_at`,
  ).run(day.date, day.kind, day.name, day.note, now);
}

export function deleteUserDay(db: Database, date: string): boolean {
  return prepared(db, "DELETE FROM calendar_days WHERE date = ? AND source = 'user'").run(date).changes > 0;
}

export function listCalendarYears(db: Database): StoredYear[] {
  const rows = prepared(db, 'SELECT year, source, notices, updated_at AS "updatedAt" FROM calendar_years ORDER BY year, source').all() as (Omit<StoredYear, 'notices'> & {
    notices: string;
  })[];
  return rows.map((r) => ({ ...r, notices: JSON.parse(r.notices) as string[] }));
}

export function setUserYear(db: Database, year: number, notices: string[], now: string): void {
  prepared(
    db,
    `INSERT INTO calendar_years (year, source, notices, updated_at) VALUES (?, 'user', ?, ?)
     ON CONFLICT(year, source) DO UPDATE SET notices = excluded.notices, updated_at = excluded.updated_at`,
  ).run(year, JSON.stringify(notices), now);
}

export function deleteUserYear(db: Database, year: number): boolean {
  return prepared(db, "DELETE FROM calendar_years WHERE year = ? AND source = 'user'").run(year).changes > 0;
}

import { z } from '../schemas/zod';
import { UserCalendarDay } from '../calendar/schema';
import { command, query } from './channel';

/**
 * The holiday calendar deadlines are computed with (国务院办公厅 notices): the bundled years and
 * the days the user entered — next year's notice once published, or a correction.
 */

const year = z.number().int().min(2000, { error: '年度应在2000至2100之间' }).max(2100, { error: '年度应在2000至2100之间' });

export const CalendarYearSummary = z.object({
  year: z.number().int(),
  /** Deadlines falling in this year can be computed. */
  covered: z.boolean(),
  /** 'bundled': shipped with the app; 'user': marked complete by the user; 'none': not covered. */
  source: z.enum(['bundled', 'user', 'none']),
  holidays: z.number().int(),
  workdays: z.number().int(),
  /** Days the user entered or corrected in this year. */
  userDays: z.number().int(),
  notices: z.array(z.string()),
});
export type CalendarYearSummary = z.output<typeof CalendarYearSummary>;

export const CalendarDayRow = z.object({
  date: z.string(),
  /** What counts: the user's entry if there is one, else the bundled one. */
  kind: z.enum(['holiday', 'workday', 'ordinary']),
  name: z.string().nullable(),
  source: z.enum(['bundled', 'user']),
  /** For a user entry over a bundled one: what the bundle said. */
  bundledKind: z.enum(['holiday', 'workday']).nullable(),
  bundledName: z.string().nullable(),
  note: z.string().nullable(),
  weekday: z.string(),
});
export type CalendarDayRow = z.output<typeof CalendarDayRow>;

export const calendarChannels = {
  'calendar:years': query(z.object({}).strict(), z.array(CalendarYearSummary)),
  'calendar:days': query(z.object({ year }).strict(), z.array(CalendarDayRow)),
  /** Adds or corrects days (one, or a notice's worth); 'ordinary' withdraws a wrong bundled entry. */
  'calendar:setDays': command(z.object({ days: z.array(UserCalendarDay).min(1).max(400) }).strict(), z.array(CalendarDayRow)),
  /** Removes the user's entry for a date: the bundled one (if any) counts again. */
  'calendar:removeDay': command(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(), z.object({ removed: z.boolean() })),
  /** A year whose notice has been entered in full: deadlines falling in it are computed. */
  'calendar:setYearComplete': command(
    z.object({ year, complete: z.boolean(), notice: z.string().trim().max(200).optional() }).strict(),
    CalendarYearSummary,
  ),
};

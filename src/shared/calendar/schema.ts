import { z } from '../schemas/zod';
import { isIsoDate, weekday } from '../domain/dates';

/**
 * The two shapes holiday data arrives in: the bundled snapshot of the State Council notices
 * (resources/calendar/holidays-cn.json, written by scripts/build-holidays.ts) and the days a user
 * adds in the app — next year's notice once it is published (around November), or a correction.
 */

const isoDate = z.string().refine(isIsoDate, { error: '应为有效日期，格式 YYYY-MM-DD' });
const year = z.number().int().min(2000, { error: '年度应在2000至2100之间' }).max(2100, { error: '年度应在2000至2100之间' });
const holidayName = z.string().trim().min(1, { error: '节日名称不能为空' }).max(40, { error: '节日名称不能超过40个字' });

function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** One notice's year: its 放假日 and its 调休上班日 (always a Saturday or Sunday). */
export const HolidayFileYear = z
  .object({
    year,
    notices: z.array(z.string().min(1)),
    holidays: z.array(z.object({ date: isoDate, name: holidayName })).min(1, { error: '至少应有一个放假日' }),
    workdays: z.array(
      z.object({
        date: isoDate.refine(isWeekend, { error: '调休上班日应为星期六或星期日' }),
        holiday: holidayName,
      }),
    ),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    for (const date of [...entry.holidays.map((h) => h.date), ...entry.workdays.map((w) => w.date)]) {
      if (seen.has(date)) ctx.addIssue({ code: 'custom', message: `${date} 重复出现（同一天不能既放假又上班）` });
      seen.add(date);
    }
  });
export type HolidayFileYear = z.output<typeof HolidayFileYear>;

export const HolidayFile = z.object({
  source: z.string().min(1),
  generatedFrom: z.string().min(1),
  years: z.array(HolidayFileYear).min(1),
});
export type HolidayFile = z.output<typeof HolidayFile>;

/**
 * A day the user entered. 'ordinary' withdraws a bundled entry that turned out wrong: the day
 * then counts by its weekday alone.
 */
export const UserCalendarDay = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('holiday'), date: isoDate, name: holidayName, note: z.string().max(200).optional() }),
    z.object({
      kind: z.literal('workday'),
      date: isoDate.refine(isWeekend, { error: '调休上班日应为星期六或星期日' }),
      name: holidayName,
      note: z.string().max(200).optional(),
    }),
    z.object({ kind: z.literal('ordinary'), date: isoDate, note: z.string().max(200).optional() }),
  ],
  { error: '类型应为：holiday（放假日）、workday（调休上班日）或 ordinary（撤销内置记录）' },
);
export type UserCalendarDay = z.output<typeof UserCalendarDay>;

/**
 * Everything the user added. `completeYears` are the years whose whole notice has been entered:
 * deadlines falling in a year are computed only once the calendar covers it, so a half-typed
 * notice never yields a wrong deadline.
 */
export const UserCalendar = z.object({
  completeYears: z.array(year),
  days: z.array(UserCalendarDay),
});
export type UserCalendar = z.output<typeof UserCalendar>;

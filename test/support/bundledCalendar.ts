import { readFileSync } from 'node:fs';
import { HolidayFile } from '../../src/shared/calendar/schema';
import { calendarSourceFromFile, createHolidayCalendar, type HolidayCalendar } from '../../src/shared/calendar/holidayCalendar';

/** The calendar file the app ships, read and checked the way the main process will. */
export function bundledHolidayFile(): HolidayFile {
  const text = readFileSync(new URL('../../resources/calendar/holidays-cn.json', import.meta.url), 'utf8');
  return HolidayFile.parse(JSON.parse(text));
}

let cached: HolidayCalendar | undefined;

export function bundledCalendar(): HolidayCalendar {
  cached ??= createHolidayCalendar(calendarSourceFromFile(bundledHolidayFile()));
  return cached;
}

import {
  listCalendarDayRows,
  listCalendarYearSummaries,
  removeCalendarDay,
  setCalendarDays,
  setCalendarYearComplete,
} from '../../services/calendar';
import type { HandlerGroup } from '../types';
import type { calendarChannels } from '../../../shared/contract/calendar';

type CalendarChannels = keyof typeof calendarChannels;

export const calendarHandlers: HandlerGroup<CalendarChannels> = {
  'calendar:years': (_q, ctx) => listCalendarYearSummaries(ctx),
  'calendar:days': ({ year }, ctx) => listCalendarDayRows(ctx, year),
  'calendar:setDays': ({ days }, ctx) => setCalendarDays(ctx, days),
  'calendar:removeDay': ({ date }, ctx) => removeCalendarDay(ctx, date),
  'calendar:setYearComplete': ({ year, complete, notice }, ctx) => setCalendarYearComplete(ctx, year, complete, notice),
};

import {
  listCalendarDayRows,
  listCalendarYearSummaries,
  removeCalendarDay,
  setCalendarDay,
  setCalendarYearComplete,
} from '../../services/calendar';
import type { HandlerGroup } from '../types';

type CalendarChannels = 'calendar:years' | 'calendar:days' | 'calendar:setDay' | 'calendar:removeDay' | 'calendar:setYearComplete';

export const calendarHandlers: HandlerGroup<CalendarChannels> = {
  'calendar:years': (_q, ctx) => listCalendarYearSummaries(ctx),
  'calendar:days': ({ year }, ctx) => listCalendarDayRows(ctx, year),
  'calendar:setDay': ({ day }, ctx) => setCalendarDay(ctx, day),
  'calendar:removeDay': ({ date }, ctx) => removeCalendarDay(ctx, date),
  'calendar:setYearComplete': ({ year, complete, notice }, ctx) => setCalendarYearComplete(ctx, year, complete, notice),
};

import type { IsoDate } from '../domain/dates';
import { resolveCompletionTime } from '../rules/completionTime';

/**
 * The concrete date a work plan's 完成时间 means, or null when the text names several dates
 * (7月、12月) or none: the user then sets the date by hand. One parser serves the app —
 * src/shared/rules/completionTime.ts; this is its "date or nothing" form for reports and tasks.
 */
export function completionDate(text: string, year: number): IsoDate | null {
  const r = resolveCompletionTime(text, year);
  return r.ok ? r.value.date : null;
}

import type { IsoDate } from '../domain/dates';
import { resolveCompletionTime } from '../rules/completionTime';
import { normaliseDate } from './date';
import { toHalfWidth } from './text';

/**
 * A date column as county sheets fill it: a day (2022-10-31, 2022年10月31日, an Excel serial
 * number, also as text) or a time limit the way a plan writes it (2022年10月底前, 2022年年底前,
 * 年内, 2022.12, 2022年上半年, 2022年三季度末, 第三季度, 9月30日前), read as the last day it
 * allows. A limit without a year (10月底前, 年底前) takes `year`, which the caller chooses (the
 * row's plan year, the sheet title's, the ledger's) and reports; without one it is not read.
 * One reader for the import and the grid, so a cell means the same in both.
 */
export interface WrittenDate {
  readonly date: IsoDate;
  /** Whether the text says its year; when false, the date is in the `year` passed in. */
  readonly yearWritten: boolean;
}

/** Years far apart: a text whose date moves with the year passed in does not say its own. */
const PROBE_YEARS = [2001, 2002] as const;

export function readWrittenDate(input: string | number, year: number | null): WrittenDate | null {
  const exact = normaliseDate(input);
  if (exact) return { date: exact, yearWritten: true };
  if (typeof input === 'number') return null;
  // 2022.12 / 2022-12 / 2022/12: the month, read as 2022年12月 (its last day).
  const text = toHalfWidth(input).trim().replace(/^(\d{4})\s*[.\-/]\s*(\d{1,2})\s*月?$/, '$1年$2月');
  if (text === '') return null;
  const [a, b] = PROBE_YEARS.map((y) => resolveCompletionTime(text, y));
  if (!a?.ok || !b?.ok) return null;
  if (a.value.date === b.value.date) return { date: a.value.date, yearWritten: true };
  if (year === null) return null;
  const r = resolveCompletionTime(text, year);
  return r.ok ? { date: r.value.date, yearWritten: false } : null;
}

/**
 * The text to keep beside a date read from it: a limit as a plan writes it (2022年10月底前, 年底前,
 * 2022.12, 2022年三季度末), trimmed; null for a plain day (2022-10-31, 2022年10月31日, a serial),
 * which the date says in full, and for text that is no date at all.
 */
export function writtenLimitText(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '' || normaliseDate(text) !== null) return null;
  return readWrittenDate(text, PROBE_YEARS[0]) ? text : null;
}

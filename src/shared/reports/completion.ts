import { daysInMonth, isIsoDate, toIsoDate, type IsoDate } from '../domain/dates';
import { toHalfWidth } from '../normalise/text';

/**
 * The concrete date a work plan's 完成时间 means, for countdowns: 全年 → 12月31日, 4月底 →
 * 4月30日, 10月30日前 → 10月30日, 上半年 → 6月30日, 次年1月底 → next year's 1月31日, a
 * range (7月16日—11月20日) → its end, 每年3月底前 → this year's 3月31日. Text naming several dates (7月、12月) or none gives
 * null: the user sets the date by hand.
 */
export function completionDate(text: string, year: number): IsoDate | null {
  const t = toHalfWidth(text).replace(/\s+/g, '').replace(/^每年/, '').replace(/(之)?前$/, '');
  if (t === '') return null;
  if (/^(\d{4}年)?全年$/.test(t) || /^(\d{4}年)?年底$/.test(t) || t === '下半年') return toIsoDate(yearOf(t, year), 12, 31);
  if (t === '上半年' || /^\d{4}年上半年$/.test(t)) return toIsoDate(yearOf(t, year), 6, 30);

  // A range: the task is done when the range ends.
  const range = /[—–\-~～至到]+/.exec(t);
  if (range && range.index > 0) return completionDate(t.slice(range.index + range[0].length), yearOf(t, year));

  const nextYear = t.startsWith('次年') || t.startsWith('翌年');
  const body = nextYear ? t.slice(2) : t;
  const baseYear = nextYear ? year + 1 : yearOf(body, year);
  const rest = body.replace(/^\d{4}年/, '');

  let m = /^(\d{1,2})月(底|末)?$/.exec(rest);
  if (m) return monthEnd(baseYear, Number(m[1]));
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(rest);
  if (m) {
    const iso = toIsoDate(baseYear, Number(m[1]), Number(m[2]));
    return isIsoDate(iso) ? iso : null;
  }
  return null;
}

function yearOf(text: string, fallback: number): number {
  const m = /^(\d{4})年/.exec(text);
  return m ? Number(m[1]) : fallback;
}

function monthEnd(year: number, month: number): IsoDate | null {
  if (month < 1 || month > 12) return null;
  return toIsoDate(year, month, daysInMonth(year, month));
}

import { addDays, dayNumber, isIsoDate, parseIsoDate, toIsoDate, weekday, type IsoDate } from '../domain/dates';
import { normaliseDate } from '../normalise/date';
import { toHalfWidth } from '../normalise/text';
import type { UserCalendarDay } from './schema';

/**
 * Next year's notice typed or pasted line by line, the way the notice reads:
 *   2027-01-01至2027-01-03 元旦
 *   2027年2月6日至2月12日 春节 放假
 *   2027-02-14 春节 上班
 * A range is expanded day by day; 上班 / 补班 / 调休上班 marks 调休上班日, anything else is a
 * 放假日. Errors name the line.
 */

export type HolidayLinesResult =
  | { readonly ok: true; readonly days: UserCalendarDay[] }
  | { readonly ok: false; readonly errors: string[] };

const WORK = /(调休上班|上班|补班)$/;
const REST = /(放假|休息|休假)$/;

export function parseHolidayLines(text: string): HolidayLinesResult {
  const days: UserCalendarDay[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
    if (!line) return;
    const where = `第${i + 1}行`;
    const m = /^(\S+?)(?:\s*(?:至|到|~|—|–)\s*(\S+?))?\s+(.+)$/.exec(line);
    if (!m) return void errors.push(`${where}：应写作“日期 节日名称”，如 2027-01-01 元旦`);
    const [, fromText = '', toText, rest = ''] = m;
    const from = normaliseDate(fromText);
    if (!from) return void errors.push(`${where}：“${fromText}”不是有效日期`);
    const to = toText ? endDate(toText, from) : from;
    if (!to) return void errors.push(`${where}：“${toText ?? ''}”不是有效日期`);
    if (to < from || dayNumber(to) - dayNumber(from) > 31) return void errors.push(`${where}：日期范围不正确`);
    const words = rest.trim().split(' ');
    const last = words.at(-1) ?? '';
    const work = WORK.test(last);
    const name = (work || REST.test(last) ? words.slice(0, -1) : words).join(' ').trim();
    if (!name) return void errors.push(`${where}：缺少节日名称`);
    if (name.length > 40) return void errors.push(`${where}：节日名称不能超过40个字`);
    for (let d = from; d <= to; d = addDays(d, 1)) {
      if (work && weekday(d) !== 0 && weekday(d) !== 6) return void errors.push(`${where}：${d} 不是星期六或星期日，不能是调休上班日`);
      days.push(work ? { kind: 'workday', date: d, name } : { kind: 'holiday', date: d, name });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, days };
}

/** The end of a range: a full date, or 2月12日 / 02-12 in the start's year. */
function endDate(text: string, from: IsoDate): IsoDate | null {
  const full = normaliseDate(text);
  if (full) return full;
  const m = /^(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const date = toIsoDate(parseIsoDate(from).year, Number(m[1]), Number(m[2]));
  return isIsoDate(date) ? date : null;
}

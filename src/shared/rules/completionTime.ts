import { daysInMonth, formatChineseDate, toIsoDate, type IsoDate } from '../domain/dates';
import { normaliseDate } from '../normalise/date';
import { toHalfWidth } from '../normalise/text';
import type { Result } from '../errors';

/**
 * Reads a completion time as work plans write it (全年, 4月底, 10月30日前, 次年1月底,
 * 2020年7月16日—11月20日, 上半年, 10月下旬) and resolves it for a plan year to the last day it
 * allows. `normalizedText` is the canonical form to store and show: half-width digits, no
 * 每年 and no 前 (a completion time is always "by"), 末 written 底, a range written A至B.
 */

export interface CompletionTime {
  /** The last day the text allows. */
  readonly date: IsoDate;
  /** For a range, its first day. */
  readonly startDate?: IsoDate;
  readonly normalizedText: string;
}

const EXAMPLES = '可写作：全年、4月底、10月30日前、次年1月底、2022年12月31日、7月16日至11月20日';

const WHOLE_YEAR: Record<string, { month: number; text: string }> = {
  全年: { month: 12, text: '全年' },
  年内: { month: 12, text: '全年' },
  年底: { month: 12, text: '年底' },
  年末: { month: 12, text: '年底' },
  上半年: { month: 6, text: '上半年' },
  年中: { month: 6, text: '上半年' },
  下半年: { month: 12, text: '下半年' },
  一季度: { month: 3, text: '第一季度' },
  二季度: { month: 6, text: '第二季度' },
  三季度: { month: 9, text: '第三季度' },
  四季度: { month: 12, text: '第四季度' },
};

// [year][次年] M月 [D日 | 底 | 上旬 | 中旬 | 下旬 | 份]
const POINT = /^(?:(\d{4})年|(次年|明年|翌年|下一年))?(\d{1,2})月(?:(\d{1,2})[日号]|(底|末|上旬|中旬|下旬|份底?)?)$/;

interface Point {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly text: string;
}

export function resolveCompletionTime(input: string, planYear: number): Result<CompletionTime> {
  const text = normalise(input);
  if (text === '') return fail('完成时间不能为空');
  const exact = normaliseDate(text);
  if (exact) return { ok: true, value: { date: exact, normalizedText: formatChineseDate(exact) } };
  const parts = text.split(/[—–~～至到]|-(?=\d|次年)/);
  if (parts.length > 2) return fail(`无法识别完成时间“${input.trim()}”。${EXAMPLES}`);

  const end = readPoint(parts[parts.length - 1] ?? '', planYear, input);
  if (typeof end === 'string') return fail(end);
  if (parts.length === 1) return { ok: true, value: { date: isoOf(end), normalizedText: end.text } };

  const start = readPoint(parts[0] ?? '', planYear, input);
  if (typeof start === 'string') return fail(start);
  // "2020年7月16日—11月20日": the end inherits the start's explicit year.
  const endPoint = /^\d{4}年/.test(parts[0] ?? '') && !/^(\d{4}年|次年|明年|翌年|下一年)/.test(parts[1] ?? '') ? { ...end, year: start.year } : end;
  if (isoOf(endPoint) < isoOf(start)) return fail(`完成时间“${input.trim()}”的结束日早于开始日`);
  return {
    ok: true,
    value: { date: isoOf(endPoint), startDate: firstDayOf(start, parts[0] ?? ''), normalizedText: `${start.text}至${end.text}` },
  };
}

function normalise(input: string): string {
  return toHalfWidth(input)
    .replace(/\s+/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[一二三四五六七八九十〇零]+(?=[月日号])/g, chineseNumber)
    .replace(/^每年/, '')
    .replace(/第([一二三四])季度/, '$1季度')
    // 三季度末 / 三季度底: a quarter already means its end.
    .replace(/([一二三四])季度(?:末|底)/, '$1季度')
    .replace(/(以前|之前|前|为止|止|完成)+$/, '')
    .replace(/(以前|之前|前)(?=[—–~～至到-])/, '');
}

const YEAR_PREFIX = /^(?:(\d{4})年?|(次年|明年|翌年|下一年))?(.*)$/;

function readPoint(part: string, planYear: number, original: string): Point | string {
  const [, explicitYear, nextYear, rest = ''] = YEAR_PREFIX.exec(part) ?? [];
  const year = explicitYear ? Number(explicitYear) : nextYear ? planYear + 1 : planYear;
  if (year < 2000 || year > 2100) return `完成时间“${original.trim()}”中的年度${year}超出范围`;
  // "2022年底" and "次年底": the prefix took the 年 that 年底 needs.
  const whole = WHOLE_YEAR[rest] ?? (explicitYear || nextYear ? WHOLE_YEAR[`年${rest}`] : undefined);
  if (whole) {
    const prefix = explicitYear ? `${explicitYear}${whole.text.startsWith('年') ? '' : '年'}` : nextYear ? '次年' : '';
    return { year, month: whole.month, day: daysInMonth(year, whole.month), text: `${prefix}${whole.text}` };
  }
  const m = POINT.exec(part);
  if (!m) return `无法识别完成时间“${original.trim()}”。${EXAMPLES}`;
  const [, , , monthText, dayText, tail] = m;
  const prefix = explicitYear ? `${explicitYear}年` : nextYear ? '次年' : '';
  const month = Number(monthText);
  if (month < 1 || month > 12) return `完成时间“${original.trim()}”中的月份${month}无效`;
  const last = daysInMonth(year, month);
  if (dayText) {
    const day = Number(dayText);
    if (day < 1 || day > last) return `${year}年${month}月没有${day}日`;
    return { year, month, day, text: `${prefix}${month}月${day}日` };
  }
  if (tail === '上旬') return { year, month, day: 10, text: `${prefix}${month}月上旬` };
  if (tail === '中旬') return { year, month, day: 20, text: `${prefix}${month}月中旬` };
  if (tail === '下旬') return { year, month, day: last, text: `${prefix}${month}月下旬` };
  // "2023年1月" and "7月份" mean the whole month; 底 and 末 say its end outright.
  const written = tail === '底' || tail === '末' || tail === '份底' ? '月底' : '月';
  return { year, month, day: last, text: `${prefix}${month}${written}` };
}

/** A range starting "7月" starts on 7月1日; one starting "7月16日" on that day. */
function firstDayOf(point: Point, text: string): IsoDate {
  return /[日号]$/.test(text) ? isoOf(point) : toIsoDate(point.year, point.month, 1);
}

function isoOf(p: Point): IsoDate {
  return toIsoDate(p.year, p.month, p.day);
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 一二 → 12. */
function chineseNumber(text: string): string {
  const ten = text.indexOf('十');
  if (ten < 0) return [...text].map((c) => DIGITS[c] ?? '').join('');
  const tens = ten === 0 ? 1 : (DIGITS[text[ten - 1] ?? ''] ?? 0);
  const units = DIGITS[text[ten + 1] ?? ''] ?? 0;
  return String(tens * 10 + units);
}

function fail(message: string): Result<CompletionTime> {
  return { ok: false, error: { code: 'VALIDATION', message } };
}

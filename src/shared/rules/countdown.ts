import { z } from '../schemas/zod';
import { dayNumber, type IsoDate } from '../domain/dates';

/**
 * Calendar days from today to a deadline, for every open case, milestone and task, with a band
 * the user reads at a glance. Days are calendar days, not working days: the deadline itself has
 * already been moved off rest days.
 */

export const COUNTDOWN_BANDS = ['overdue', 'soon', 'near', 'later'] as const;
export const CountdownBand = z.enum(COUNTDOWN_BANDS);
export type CountdownBand = z.output<typeof CountdownBand>;

/** Inclusive upper bounds, in days: 'soon' up to `soon`, 'near' up to `near`. */
export const CountdownThresholds = z.object({ soon: z.number().int(), near: z.number().int() });
export type CountdownThresholds = Readonly<z.output<typeof CountdownThresholds>>;

export const DEFAULT_THRESHOLDS: CountdownThresholds = { soon: 15, near: 30 };

export const Countdown = z.object({
  /** Negative when overdue. */
  days: z.number().int(),
  /** 剩余 N 天 / 今日到期 / 逾期 N 天 */
  text: z.string(),
  band: CountdownBand,
});
export type Countdown = Readonly<z.output<typeof Countdown>>;

export function countdown(today: IsoDate, deadline: IsoDate, thresholds: CountdownThresholds = DEFAULT_THRESHOLDS): Countdown {
  const days = dayNumber(deadline) - todayNumber(today);
  return { days, text: countdownText(days), band: bandFor(days, thresholds) };
}

// A list counts every row from the same today: its day number is worked out once.
let lastToday = '';
let lastTodayNumber = 0;

function todayNumber(today: IsoDate): number {
  if (today !== lastToday) {
    lastTodayNumber = dayNumber(today);
    lastToday = today;
  }
  return lastTodayNumber;
}

// A ledger repeats the same few hundred day counts; its texts are made once each.
const texts = new Map<number, string>();

export function countdownText(days: number): string {
  let text = texts.get(days);
  if (text === undefined) {
    text = days < 0 ? `逾期 ${-days} 天` : days === 0 ? '今日到期' : `剩余 ${days} 天`;
    if (texts.size < 10_000) texts.set(days, text);
  }
  return text;
}

export function bandFor(days: number, thresholds: CountdownThresholds = DEFAULT_THRESHOLDS): CountdownBand {
  if (thresholds !== DEFAULT_THRESHOLDS && !(Number.isInteger(thresholds.soon) && Number.isInteger(thresholds.near) && 0 <= thresholds.soon && thresholds.soon <= thresholds.near)) {
    throw new RangeError(`提醒天数设置无效：临近 ${thresholds.soon} 天、较近 ${thresholds.near} 天（应为整数，且 0 ≤ 临近 ≤ 较近）`);
  }
  if (days < 0) return 'overdue';
  if (days <= thresholds.soon) return 'soon';
  if (days <= thresholds.near) return 'near';
  return 'later';
}

/** 已逾期 / 15天内到期 / 30天内到期 / 30天以后 */
export function bandLabel(band: CountdownBand, thresholds: CountdownThresholds = DEFAULT_THRESHOLDS): string {
  switch (band) {
    case 'overdue':
      return '已逾期';
    case 'soon':
      return `${thresholds.soon}天内到期`;
    case 'near':
      return `${thresholds.near}天内到期`;
    case 'later':
      return `${thresholds.near}天以后`;
  }
}

/** Most urgent first — the order the app opens on: overdue longest, then nearest. */
export function byUrgency(a: Pick<Countdown, 'days'>, b: Pick<Countdown, 'days'>): number {
  return a.days - b.days;
}

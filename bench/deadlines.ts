/**
 * How long the ledger takes to show every case's deadline, countdown band and card when the app
 * opens: 100,000 synthetic cases across the five dimensions, notices dated 2017–2026.
 *
 * 1. Untimed: read the bundled holiday file and the national rule set, make the cases with a
 *    seeded generator (the same cases every run).
 * 2. Timed, after untimed warm-up passes: build a fresh holiday calendar, then for every case
 *    its deadline (with extension), countdown and card — what the case list computes. The
 *    fastest of five such passes is reported. Cases whose deadline falls in 2027, which
 *    the bundled calendar does not cover yet, count too: the list shows them as waiting for the
 *    notice.
 */
import { readFileSync } from 'node:fs';
import { HolidayFile } from '../src/shared/calendar/schema';
import { calendarSourceFromFile, createHolidayCalendar, type HolidayCalendar } from '../src/shared/calendar/holidayCalendar';
import { parseRuleSetFile, ruleFor, type RuleSet } from '../src/shared/rules/ruleSet';
import { tryCaseDeadline, type CaseDeadlineFacts } from '../src/shared/rules/caseDeadline';
import { countdown } from '../src/shared/rules/countdown';
import { deriveCard } from '../src/shared/rules/cards';
import { DIMENSIONS } from '../src/shared/domain/dimensions';
import { dayNumber, fromDayNumber, type IsoDate } from '../src/shared/domain/dates';
import type { CaseStatus } from '../src/shared/rules/caseStates';
import type { MonthsOrDays, Period } from '../src/shared/rules/deadline';

const CASES = 100_000;
const TODAY: IsoDate = '2024-06-15';
const WARM_UP_PASSES = 3;
const TIMED_PASSES = 5;

/** Park–Miller: a fixed sequence, so every run times the same cases. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

function syntheticCases(ruleSet: RuleSet): CaseDeadlineFacts[] {
  const random = generator(20_170_930);
  const first = dayNumber('2017-01-01');
  const span = dayNumber('2026-12-31') - first + 1;
  const statuses: CaseStatus[] = ['rectifying', 'rectifying', 'rectifying', 'extended', 'extension-requested', 'closed-down', 'compliant', 'failed'];
  const cases: CaseDeadlineFacts[] = [];
  for (let i = 0; i < CASES; i++) {
    const dimension = DIMENSIONS[i % DIMENSIONS.length] ?? '能耗';
    const rule = ruleFor(ruleSet, dimension);
    const noticeDate = fromDayNumber(first + Math.floor(random() * span));
    let status = statuses[Math.floor(random() * statuses.length)] ?? 'rectifying';
    if (dimension === '技术') status = status === 'closed-down' ? status : 'sealed';
    const period: Period =
      rule.period !== 'set-by-order'
        ? rule.period
        : dimension === '技术'
          ? { until: fromDayNumber(dayNumber(noticeDate) + 30 + Math.floor(random() * 150)) }
          : { days: 15 + Math.floor(random() * 90) };
    const canExtend = rule.maxExtension !== 'none' && status === 'extended';
    const approvedExtension: MonthsOrDays | null = canExtend ? { months: 1 + Math.floor(random() * 3) } : null;
    cases.push({ status: canExtend || status !== 'extended' ? status : 'rectifying', noticeDate, period, approvedExtension });
  }
  return cases;
}

/** What the case list computes for every case: deadline, countdown band, card. */
function computeAll(cases: readonly CaseDeadlineFacts[], calendar: HolidayCalendar): { yellow: number; overdue: number } {
  let yellow = 0;
  let overdue = 0;
  for (const facts of cases) {
    const result = tryCaseDeadline(facts, calendar);
    const deadline = result?.ok ? result.value.deadline : null;
    if (deadline !== null && countdown(TODAY, deadline).band === 'overdue') overdue++;
    if (deriveCard({ dimension: '能耗', status: facts.status, deadline }, TODAY) === 'yellow') yellow++;
  }
  return { yellow, overdue };
}

export async function runDeadlinesBench(): Promise<void> {
  const file = HolidayFile.parse(JSON.parse(readFileSync(new URL('../resources/calendar/holidays-cn.json', import.meta.url), 'utf8')));
  const parsed = parseRuleSetFile(readFileSync(new URL('../resources/rules/national.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const cases = syntheticCases(parsed.value);
  const source = calendarSourceFromFile(file);

  // Untimed passes first, so that the timed ones measure optimised code rather than the JIT's
  // warm-up (in the app the list is recomputed on every change). Each timed pass gets a
  // calendar of its own, so every cache of deadlines starts empty; the fastest pass is reported,
  // as timeit does, because on a shared machine the slower ones measure the neighbours.
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) computeAll(cases, createHolidayCalendar(source));
  let elapsed = Number.POSITIVE_INFINITY;
  let counts = { yellow: 0, overdue: 0 };
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const started = performance.now();
    counts = computeAll(cases, createHolidayCalendar(source));
    elapsed = Math.min(elapsed, performance.now() - started);
  }

  // Keeps the loop's results alive so the engine cannot skip the work.
  if (counts.yellow + counts.overdue < 0) console.log(counts);
  console.log(`BENCH deadlines.compute_100k_ms ${elapsed.toFixed(1)} ms`);
}

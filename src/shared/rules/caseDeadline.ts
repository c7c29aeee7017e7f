import type { IsoDate } from '../domain/dates';
import type { HolidayCalendar } from '../calendar/holidayCalendar';
import { computeDeadline, tryComputeDeadline, type Deadline, type DeadlineInput, type DeadlineResult, type MonthsOrDays, type Period } from './deadline';
import { DEADLINE_STATUSES, type CaseStatus } from './caseStates';

/** The parts of a case its deadline depends on. */
export interface CaseDeadlineFacts {
  readonly status: CaseStatus;
  readonly noticeDate: IsoDate | null;
  readonly period: Period | null;
  /** The approved extension of the running period, if any. */
  readonly approvedExtension: MonthsOrDays | null;
}

/**
 * The deadline of a case whose period is running or failed its check, or null when none is
 * (not yet noticed, closed, or a 技术 case waiting for acceptance). Throws CalendarNotCoveredError like
 * computeDeadline.
 */
export function caseDeadline(facts: CaseDeadlineFacts, calendar: HolidayCalendar): Deadline | null {
  const input = deadlineInput(facts, calendar);
  return input && computeDeadline(input);
}

/** caseDeadline for lists: a missing holiday year comes back as a value, not an exception. */
export function tryCaseDeadline(facts: CaseDeadlineFacts, calendar: HolidayCalendar): DeadlineResult | null {
  const input = deadlineInput(facts, calendar);
  return input && tryComputeDeadline(input);
}

function deadlineInput(facts: CaseDeadlineFacts, calendar: HolidayCalendar): DeadlineInput | null {
  if (!DEADLINE_STATUSES.has(facts.status) || facts.noticeDate === null || facts.period === null) return null;
  // An explicit `undefined` rather than a spread: this runs for every case in the ledger.
  return { noticeDate: facts.noticeDate, period: facts.period, calendar, extension: facts.approvedExtension ?? undefined };
}

/**
 * The date countdowns and cards use: a deadline the user overrode (with a reason, recorded on the
 * case) wins over the computed one.
 */
export function effectiveDeadline(computed: Deadline | null, override: IsoDate | null | undefined): IsoDate | null {
  return override ?? computed?.deadline ?? null;
}

/**
 * 待定期限: a case running a measure whose period the decision or order sets (环保 限制生产/停产整治,
 * 安全 限期改正, 技术 限时拆除), with none entered and no deadline set by hand. Imported sheets
 * often carry the notice but not the order's period; the workbench lists these until it is entered.
 */
export function awaitsPeriod(facts: { status: CaseStatus; noticeDate: IsoDate | null; period: Period | null; override: IsoDate | null }): boolean {
  return DEADLINE_STATUSES.has(facts.status) && facts.noticeDate !== null && facts.period === null && facts.override === null;
}

export const AWAITS_PERIOD = '待定期限';

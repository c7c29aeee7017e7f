import { formatChineseDate, isIsoDate, type IsoDate } from '../domain/dates';
import type { Dimension } from '../domain/dimensions';
import { CalendarNotCoveredError, type HolidayCalendar } from '../calendar/holidayCalendar';
import { computeDeadline, describePeriod, InvalidPeriodError, periodEnd, type MonthsOrDays, type Period } from './deadline';
import { caseDeadline } from './caseDeadline';
import { describeMaxExtension, measureExtendable, ruleFor, type DimensionRule, type RuleSet } from './ruleSet';
import { CASE_GRAPHS, TERMINAL_STATUSES, statusLabel, targetStatus, transitionLabel, type CaseStatus, type CaseTransition } from './caseStates';

/**
 * Moves a case along its dimension's legal path. applyTransition checks, in order:
 * 1. the step exists from the current state (caseStates.ts);
 * 2. it is dated, signed, and not dated before the previous step;
 * 3. the step's own legal conditions (one extension at most, no longer than the rule set allows,
 *    applied for before the deadline; closure only after a failed check or an expired period …);
 * then returns the new state with the step appended to its history, or a Chinese refusal.
 * It never reads the clock: "today" is the step's date.
 */

export interface CaseExtension {
  readonly requestedOn: IsoDate;
  readonly requested: MonthsOrDays;
  readonly decision: 'pending' | 'approved' | 'rejected';
  readonly decidedOn: IsoDate | null;
  readonly approved: MonthsOrDays | null;
}

/** One step of the history; the field names match the case_events table. */
export interface CaseEvent {
  readonly transition: CaseTransition;
  readonly fromStatus: CaseStatus;
  readonly toStatus: CaseStatus;
  readonly eventDate: IsoDate;
  readonly operator: string;
  readonly note: string | null;
}

export interface CaseWorkflowState {
  readonly dimension: Dimension;
  readonly status: CaseStatus;
  /** The measure ordered (限期整改, 限制生产 …), null before the first order. */
  readonly measure: string | null;
  /** The date of the order the running period counts from: notice, decision, or sealing. */
  readonly noticeDate: IsoDate | null;
  readonly period: Period | null;
  /** The extension of the running period; a case's one extension stays in its history. */
  readonly extension: CaseExtension | null;
  readonly closedDate: IsoDate | null;
  /** 情节严重 (环保): puts the case on the 超标排放情节严重企业名单 and may allow closure at once. */
  readonly serious: boolean;
  readonly history: readonly CaseEvent[];
}

/** 报经有批准权的人民政府批准: the approval a closure carries. */
export interface GovernmentApproval {
  readonly authority: string;
  readonly number: string;
  readonly date: IsoDate;
}

export interface TransitionInput {
  readonly date: IsoDate;
  readonly operator: string;
  readonly note?: string;
  /** issue-notice, escalate: one of the rule's measures (default: the first). */
  readonly measure?: string;
  /** issue-notice, escalate, seal, accept-fail: the period the order sets. */
  readonly period?: Period;
  /** request-extension: the length asked for; approve-extension: the length granted. */
  readonly extension?: MonthsOrDays;
  /** close-down: the people's government's approval, when there is one. */
  readonly approval?: GovernmentApproval;
}

export interface WorkflowContext {
  readonly ruleSet: RuleSet;
  readonly calendar: HolidayCalendar;
}

export type TransitionResult =
  | { readonly ok: true; readonly state: CaseWorkflowState; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export function newCase(dimension: Dimension): CaseWorkflowState {
  return { dimension, status: 'registered', measure: null, noticeDate: null, period: null, extension: null, closedDate: null, serious: false, history: [] };
}

/** The steps offered from the current state, without those the rule set rules out. */
export function allowedTransitions(state: CaseWorkflowState, ruleSet: RuleSet): { id: CaseTransition; label: string }[] {
  const steps = Object.keys(CASE_GRAPHS[state.dimension][state.status] ?? {}) as CaseTransition[];
  const rule = ruleFor(ruleSet, state.dimension);
  return steps
    .filter((id) => id !== 'request-extension' || (measureExtendable(rule, state.measure) && !extensionUsed(state)))
    .filter((id) => id !== 'escalate' || rule.measures.some((m) => m.name !== state.measure))
    .map((id) => ({ id, label: transitionLabel(state.dimension, id, state.status) }));
}

export function applyTransition(
  state: CaseWorkflowState,
  transition: CaseTransition,
  input: TransitionInput,
  context: WorkflowContext,
): TransitionResult {
  const to = targetStatus(state.dimension, state.status, transition);
  const stepName = `“${transitionLabel(state.dimension, transition, state.status)}”`;
  if (!to) return refuse(`当前状态为“${statusLabel(state.dimension, state.status, state.measure)}”，不能执行${stepName}`);
  if (!isIsoDate(input.date)) return refuse(`${stepName}的日期无效：${input.date}`);
  if (input.operator.trim() === '') return refuse('请填写操作人');
  const previous = state.history.at(-1);
  if (previous && input.date < previous.eventDate) {
    return refuse(
      `${stepName}的日期${formatChineseDate(input.date)}早于上一步“${transitionLabel(state.dimension, previous.transition)}”的日期${formatChineseDate(previous.eventDate)}`,
    );
  }
  try {
    const step = checkStep(state, transition, input, ruleFor(context.ruleSet, state.dimension), context.calendar);
    if (typeof step === 'string') return refuse(step);
    const event: CaseEvent = {
      transition,
      fromStatus: state.status,
      toStatus: to,
      eventDate: input.date,
      operator: input.operator.trim(),
      note: input.note?.trim() || null,
    };
    const closedDate = TERMINAL_STATUSES.has(to) ? input.date : state.closedDate;
    return { ok: true, state: { ...state, ...step.changes, status: to, closedDate, history: [...state.history, event] }, warnings: step.warnings };
  } catch (err) {
    if (err instanceof CalendarNotCoveredError || err instanceof InvalidPeriodError) return refuse(err.message);
    throw err;
  }
}

const SEAL_MEASURE = '断水断电·封存';
const DISMANTLE_MEASURE = '立即拆除';

type StepCheck = string | { changes: Partial<CaseWorkflowState>; warnings: string[] };

/** The legal conditions of one step; a string is the refusal. */
function checkStep(
  state: CaseWorkflowState,
  transition: CaseTransition,
  input: TransitionInput,
  rule: DimensionRule,
  calendar: HolidayCalendar,
): StepCheck {
  const date = input.date;
  switch (transition) {
    case 'issue-notice':
    case 'escalate':
      return order(state, transition, input, rule);
    case 'seal':
    case 'accept-fail': {
      // A failed acceptance of sealed equipment leaves the sealing's time limit running.
      if (transition === 'accept-fail' && !input.period && state.period) return { changes: { measure: SEAL_MEASURE }, warnings: [] };
      const period = input.period ?? fixedPeriod(rule);
      if (!period) return '请填写限时拆除的期限（拆除完毕的日期或期限）';
      periodEnd(date, period);
      return { changes: { noticeDate: date, period, measure: SEAL_MEASURE }, warnings: [] };
    }
    case 'dismantle':
      return { changes: { measure: state.measure ?? DISMANTLE_MEASURE }, warnings: [] };
    case 'request-extension': {
      if (rule.maxExtension === 'none') return `${state.dimension}维度依规定不予延期`;
      if (!measureExtendable(rule, state.measure)) {
        const note = rule.measures.find((m) => m.name === state.measure)?.note;
        return `${state.measure}不予延期${note ? `：${note}` : ''}`;
      }
      const used = state.history.find((e) => e.transition === 'request-extension');
      if (used) return `每个整改事项只能申请一次延期，已于${formatChineseDate(used.eventDate)}申请过`;
      if (!input.extension) return '请填写申请延期的期限';
      const deadline = runningDeadline(state, calendar);
      if (deadline && date > deadline) return `整改期限已于${formatChineseDate(deadline)}届满，不能再申请延期`;
      const from = deadline ?? date;
      if (periodEnd(from, input.extension) > periodEnd(from, rule.maxExtension)) {
        return `申请延期${describePeriod(input.extension)}超过规定：延期${describeMaxExtension(rule.maxExtension)}`;
      }
      const extension: CaseExtension = { requestedOn: date, requested: input.extension, decision: 'pending', decidedOn: null, approved: null };
      return { changes: { extension }, warnings: [] };
    }
    case 'approve-extension':
    case 'reject-extension': {
      const pending = state.extension;
      if (!pending) return '没有待审批的延期申请';
      if (transition === 'reject-extension') return { changes: { extension: { ...pending, decision: 'rejected', decidedOn: date } }, warnings: [] };
      const granted = input.extension ?? pending.requested;
      const from = runningDeadline(state, calendar) ?? date;
      if (periodEnd(from, granted) > periodEnd(from, pending.requested)) {
        return `批准的延期${describePeriod(granted)}不能长于申请的${describePeriod(pending.requested)}`;
      }
      return { changes: { extension: { ...pending, decision: 'approved', decidedOn: date, approved: granted } }, warnings: [] };
    }
    case 'close-down':
      return closeDown(state, input, rule, calendar);
    case 'reinspect-pass':
    case 'reinspect-fail':
    case 'accept-pass':
      return { changes: {}, warnings: [] };
  }
}

/** 下达整改通知 and 升级措施: a measure of the rule and the period its order sets. */
function order(state: CaseWorkflowState, transition: CaseTransition, input: TransitionInput, rule: DimensionRule): StepCheck {
  const names = rule.measures.map((m) => m.name);
  const escalating = transition === 'escalate';
  const measure = input.measure ?? (escalating ? names.find((n) => n !== state.measure) : names[0]);
  const spec = rule.measures.find((m) => m.name === measure);
  if (!measure || !spec) return `措施应为：${names.join('、')}`;
  if (escalating && measure === state.measure) return `升级措施应不同于现行措施“${measure}”`;

  const fixed = fixedPeriod(rule);
  if (fixed && input.period && describePeriod(input.period) !== describePeriod(fixed)) {
    return `${state.dimension}维度的整改期限依规定为${describePeriod(fixed)}；如需调整，请在整改事项中“指定整改期限”并写明理由`;
  }
  const period = input.period ?? fixed;
  if (!period) return `${state.dimension}维度的整改期限由决定/命令确定，请填写期限`;
  const end = periodEnd(input.date, period);
  const warnings: string[] = [];
  if (spec.periodLimit && end > periodEnd(input.date, spec.periodLimit)) {
    warnings.push(`${measure}的期限一般不超过${describePeriod(spec.periodLimit)}${spec.note ? `（${spec.note}）` : ''}`);
  }
  // A new order starts a new period; the case's one extension, if used, stays used (see history).
  return { changes: { measure, noticeDate: input.date, period, extension: null }, warnings };
}

/** Statuses whose rectification period still binds a closure: a failed check does not end it. */
const CLOSURE_WAITS_IN: ReadonlySet<CaseStatus> = new Set(['rectifying', 'extended', 'failed']);

/**
 * 依法关停 waits for the period (with any approved extension) to run out, even after a failed
 * check: the plans give the firm the whole period ("应在6个月内整改…逾期未整改或经整改仍未达标的，
 * 依法关停退出"). The rule set names where the law allows closure at once (CloseAtOnce).
 */
function closeDown(state: CaseWorkflowState, input: TransitionInput, rule: DimensionRule, calendar: HolidayCalendar): StepCheck {
  const ok: StepCheck = { changes: {}, warnings: [] };
  if (!CLOSURE_WAITS_IN.has(state.status) || !state.noticeDate || !state.period) return ok;
  const approved = state.extension?.decision === 'approved' ? (state.extension.approved ?? undefined) : undefined;
  const deadline = computeDeadline({ noticeDate: state.noticeDate, period: state.period, calendar, extension: approved }).deadline;
  if (input.date > deadline) return ok;
  const atOnce = rule.closeAtOnce;
  if (atOnce?.when === 'measure-failed' && state.status === 'failed' && state.measure === atOnce.measure) return ok;
  if (atOnce?.when === 'serious-approved' && state.serious && input.approval) return ok;
  const label = transitionLabel(state.dimension, 'close-down');
  const basis = rule.legalBasis[0]!;
  const exception = atOnce ? `期限内仅在“${atOnce.text}”（${atOnce.source}）时可立即${label}${exceptionHint(atOnce, state)}。` : '';
  return `整改期限至${formatChineseDate(deadline)}，尚未届满，不能${label}。依照“${basis.text}”（${basis.source}），应待期限届满仍未整改、或经整改仍未达标后依法处置。${exception}`;
}

function exceptionHint(atOnce: NonNullable<DimensionRule['closeAtOnce']>, state: CaseWorkflowState): string {
  if (atOnce.when === 'measure-failed') return state.measure === atOnce.measure ? '：请先办理“复查不达标”' : `：现行措施为“${state.measure ?? '未下达'}”`;
  return state.serious ? '：请填写人民政府批准的机关、文号和日期' : '：本事项未标记“情节严重”';
}

function fixedPeriod(rule: DimensionRule): MonthsOrDays | null {
  return rule.period === 'set-by-order' ? null : rule.period;
}

function extensionUsed(state: CaseWorkflowState): boolean {
  return state.history.some((e) => e.transition === 'request-extension');
}

/** The effective deadline of the running period, with any approved extension. */
function runningDeadline(state: CaseWorkflowState, calendar: HolidayCalendar): IsoDate | null {
  const approved = state.extension?.decision === 'approved' ? state.extension.approved : null;
  return caseDeadline({ status: state.status, noticeDate: state.noticeDate, period: state.period, approvedExtension: approved }, calendar)?.deadline ?? null;
}

function refuse(reason: string): TransitionResult {
  return { ok: false, reason };
}

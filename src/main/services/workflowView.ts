import { describePeriod, tryComputeDeadline, type MonthsOrDays, type Period } from '../../shared/rules/deadline';
import { DEADLINE_STATUSES, TERMINAL_STATUSES, statusLabel, transitionLabel, isCaseStatus, type CaseTransition } from '../../shared/rules/caseStates';
import { allowedTransitions, type CaseWorkflowState } from '../../shared/rules/caseWorkflow';
import { cardDimensionsOf, describeMaxExtension, describeRulePeriod, ruleFor, type RuleSet } from '../../shared/rules/ruleSet';
import { transitionNeeds } from '../../shared/rules/transitionForm';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import { periodBasis } from '../../shared/rules/periodBasis';
import { caseListing } from '../../shared/rules/cards';
import type { HolidayCalendar } from '../../shared/calendar/holidayCalendar';
import type { CaseWorkflowView, ClosureProposal, DeadlineView, HistoryEntry, RuleView, WorkflowStep } from '../../shared/contract/workflow';
import type { z } from '../../shared/schemas/zod';
import type { IsoDate } from '../../shared/domain/dates';
import type { Dimension } from '../../shared/domain/dimensions';
import type { StoredCaseEvent, WorkflowRow } from '../db/repositories/caseWorkflow';

/** Builds what the case panel shows from a case's workflow state; reads nothing itself. */

export interface ViewInput {
  readonly row: WorkflowRow;
  readonly state: CaseWorkflowState;
  readonly events: readonly StoredCaseEvent[];
  readonly ruleSet: RuleSet;
  readonly calendar: HolidayCalendar;
  readonly today: IsoDate;
  readonly thresholds: CountdownThresholds;
  readonly closure: z.output<typeof ClosureProposal> | null;
}

export function buildWorkflowView(input: ViewInput): CaseWorkflowView {
  const { row, state, ruleSet, today } = input;
  const { deadline, problem } = deadlineView(input);
  const open = !TERMINAL_STATUSES.has(state.status);
  const effective = deadline?.effective ?? null;
  const listing = caseListing({ dimension: state.dimension, status: state.status, deadline: effective, serious: state.serious }, today, cardDimensionsOf(ruleSet));
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    dimension: state.dimension,
    description: row.description,
    status: state.status,
    statusLabel: statusLabel(state.dimension, state.status, state.measure),
    measure: state.measure,
    noticeDate: row.noticeDate,
    periodText: state.period ? describePeriod(state.period) : null,
    extension: state.extension,
    closedDate: state.closedDate,
    today,
    deadline,
    deadlineProblem: problem,
    countdown: open && effective ? countdown(today, effective, input.thresholds) : null,
    card: listing.card,
    overdue: listing.overdue,
    lists: [...listing.lists],
    serious: state.serious,
    closure: input.closure,
    rule: ruleView(ruleSet, state.dimension),
    steps: steps(state, ruleSet),
    history: historyEntries(state.dimension, input.events),
  };
}

function deadlineView({ row, state, calendar }: ViewInput): { deadline: DeadlineView | null; problem: string | null } {
  const override = row.deadlineOverride;
  const approved = state.extension?.decision === 'approved' ? state.extension.approved : null;
  const running = DEADLINE_STATUSES.has(state.status) && state.noticeDate !== null && state.period !== null;
  if (running) {
    const r = tryComputeDeadline({ noticeDate: state.noticeDate!, period: state.period!, calendar, extension: approved ?? undefined });
    if (r.ok) {
      const d = r.value;
      return {
        deadline: {
          nominal: d.nominal,
          deadline: d.deadline,
          explanation: d.explanation,
          basis: periodBasis(state.noticeDate!).sentence,
          baseDeadline: d.base.deadline,
          periodText: describePeriod(state.period!),
          extensionText: approved ? describePeriod(approved) : null,
          override,
          overrideReason: row.deadlineOverrideReason,
          effective: override ?? d.deadline,
        },
        problem: null,
      };
    }
    if (!override) return { deadline: null, problem: r.error.message };
  }
  if (!override || TERMINAL_STATUSES.has(state.status)) return { deadline: null, problem: null };
  return {
    deadline: {
      nominal: override,
      deadline: override,
      explanation: `整改期限由人工指定${row.deadlineOverrideText ? `（原文：${row.deadlineOverrideText}）` : ''}${row.deadlineOverrideReason ? `：${row.deadlineOverrideReason}` : ''}`,
      basis: null,
      baseDeadline: override,
      periodText: '人工指定',
      extensionText: null,
      override,
      overrideReason: row.deadlineOverrideReason,
      effective: override,
    },
    problem: null,
  };
}

function ruleView(ruleSet: RuleSet, dimension: Dimension): RuleView {
  const rule = ruleFor(ruleSet, dimension);
  return {
    ruleSetName: `${ruleSet.name}（${ruleSet.region}，${ruleSet.version}）`,
    measures: rule.measures.map((m) => ({ name: m.name, note: m.note ?? null })),
    periodText: describeRulePeriod(rule.period),
    maxExtensionText: describeMaxExtension(rule.maxExtension),
    maxExtension: rule.maxExtension === 'none' ? null : rule.maxExtension,
    onFailure: rule.onFailure,
    legalBasis: rule.legalBasis.map((b) => ({ text: b.text, source: b.source })),
  };
}

function steps(state: CaseWorkflowState, ruleSet: RuleSet): WorkflowStep[] {
  const rule = ruleFor(ruleSet, state.dimension);
  const shape = { dimension: state.dimension, status: state.status, measure: state.measure, hasPeriod: state.period !== null };
  const offered: { id: CaseTransition; label: string }[] = allowedTransitions(state, ruleSet);
  // Once its one extension is used, a case still shows 申请延期, so that a user looking for it
  // learns why not: the service refuses it with the reason.
  const extendable = rule.maxExtension !== 'none' && (state.status === 'rectifying' || state.status === 'extended');
  if (extendable && !offered.some((s) => s.id === 'request-extension')) {
    offered.push({ id: 'request-extension', label: transitionLabel(state.dimension, 'request-extension') });
  }
  return offered.map(({ id, label }) => ({ id, label, ...transitionNeeds(id, shape, rule) })).map((s) => ({ ...s, measures: [...s.measures] }));
}

/**
 * The steps in words; a state reads as the grid names it at that step (限期整改中, 限制生产中), so
 * the measure a step ordered is carried on to the steps after it.
 */
function historyEntries(dimension: Dimension, events: readonly StoredCaseEvent[]): HistoryEntry[] {
  let measure: string | null = null;
  return events.map((e) => {
    measure = measureOrdered(e.detail) ?? measure;
    return historyEntry(dimension, e, measure);
  });
}

function measureOrdered(json: string | null): string | null {
  if (!json) return null;
  try {
    const d = JSON.parse(json) as EventDetail;
    return typeof d.measure === 'string' && d.measure ? d.measure : null;
  } catch {
    return null;
  }
}

function historyEntry(dimension: Dimension, e: StoredCaseEvent, measure: string | null): HistoryEntry {
  const transition = e.transition as CaseTransition | null;
  const from = e.fromStatus !== null && isCaseStatus(e.fromStatus) ? e.fromStatus : undefined;
  return {
    id: e.id,
    transition: e.transition,
    label: transition ? transitionLabel(dimension, transition, from) : '登记',
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    toLabel: isCaseStatus(e.toStatus) ? statusLabel(dimension, e.toStatus, measure) : e.toStatus,
    eventDate: e.eventDate,
    operator: e.operator,
    note: e.note,
    detail: detailText(e.detail),
    createdAt: e.createdAt,
  };
}

export interface EventDetail {
  measure?: string | null;
  period?: Period | null;
  extension?: MonthsOrDays | null;
  extensionKind?: 'requested' | 'approved';
  deadline?: string | null;
  warnings?: string[];
}

function detailText(json: string | null): string | null {
  if (!json) return null;
  let d: EventDetail;
  try {
    d = JSON.parse(json) as EventDetail;
  } catch {
    return null;
  }
  const parts: string[] = [];
  if (d.measure) parts.push(d.measure);
  if (d.period) parts.push(`期限${describePeriod(d.period)}`);
  if (d.extension) parts.push(`${d.extensionKind === 'approved' ? '批准延期' : '申请延期'}${describePeriod(d.extension)}`);
  if (d.deadline) parts.push(`期限届满日${d.deadline}`);
  if (d.warnings?.length) parts.push(`提示：${d.warnings.join('；')}`);
  return parts.length ? parts.join('，') : null;
}

import { LedgerError } from '../../shared/errors';
import { formatChineseDate, type IsoDate } from '../../shared/domain/dates';
import type { Dimension } from '../../shared/domain/dimensions';
import { CLOSED_DOWN_LABELS, PERIOD_STATUSES, TERMINAL_STATUSES, isCaseStatus, targetStatus, type CaseStatus, type CaseTransition } from '../../shared/rules/caseStates';
import { applyTransition, type CaseEvent, type CaseWorkflowState, type GovernmentApproval } from '../../shared/rules/caseWorkflow';
import type { Closure } from '../../shared/rules/closure';
import { tryCaseDeadline } from '../../shared/rules/caseDeadline';
import { ruleFor, type RuleSet } from '../../shared/rules/ruleSet';
import type { MonthsOrDays, Period } from '../../shared/rules/deadline';
import type { CaseWorkflowView } from '../../shared/contract/workflow';
import { getEnterprise } from '../db/repositories/enterprises';
import {
  requireLiveWorkflowRow,
  insertRegisteredCase,
  insertWorkflowEvent,
  listWorkflowEvents,
  readWorkflowColumns,
  setCaseSerious as storeSerious,
  updateWorkflowColumns,
  type StoredCaseEvent,
  type WorkflowColumn,
  type WorkflowRow,
} from '../db/repositories/caseWorkflow';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit, todayOf } from './audit';
import { loadCalendar } from './calendar';
import { activeRuleSet } from './ruleSets';
import { readThresholds } from './countdownSettings';
import { dimensionOf, effectivePeriod, parseExtension, parsePeriod, storedStatus } from './caseState';
import { buildWorkflowView, type EventDetail } from './workflowView';
import { closureProposal, writeClosure } from './caseClosure';
import { recordApproval } from './caseObligations';

/**
 * A case's legal path, persisted. transitionCase:
 * 1. reads the case and its history as workflow state (caseState.ts reads cases from before
 *    the workflow);
 * 2. applies the step with the active rule set and the ledger's holiday calendar
 *    (shared/rules/caseWorkflow.ts), turning a refusal into a VALIDATION error with its reason;
 * 3. writes the changed columns, the event and an audit entry per column in one transaction.
 */

interface Loaded {
  row: WorkflowRow;
  state: CaseWorkflowState;
  events: StoredCaseEvent[];
  ruleSet: RuleSet;
}

function load(ctx: ServiceContext, id: number): Loaded {
  const row = requireLiveWorkflowRow(ctx.db, id);
  const ruleSet = activeRuleSet(ctx);
  const dimension = dimensionOf(row.dimension);
  const status = storedStatus(row.status, dimension, row.noticeDate, row.closedDate);
  const events = listWorkflowEvents(ctx.db, id);
  const history: CaseEvent[] = events.flatMap((e) =>
    e.transition && e.fromStatus && isCaseStatus(e.fromStatus) && isCaseStatus(e.toStatus)
      ? [{ transition: e.transition as CaseTransition, fromStatus: e.fromStatus, toStatus: e.toStatus, eventDate: e.eventDate, operator: e.operator, note: e.note }]
      : [],
  );
  const state: CaseWorkflowState = {
    dimension,
    status,
    measure: row.measure,
    noticeDate: row.periodStart ?? row.noticeDate,
    period: effectivePeriod(status, parsePeriod(row.period), ruleFor(ruleSet, dimension)),
    extension: parseExtension(row.extension),
    closedDate: TERMINAL_STATUSES.has(status) ? row.closedDate : null,
    serious: row.serious === 1,
    history,
  };
  return { row, state, events, ruleSet };
}

export function getCaseWorkflow(ctx: ServiceContext, id: number, today: IsoDate = todayOf(ctx)): CaseWorkflowView {
  const { row, state, events, ruleSet } = load(ctx, id);
  const closes = targetStatus(state.dimension, state.status, 'close-down') !== undefined;
  const closure = closes ? closureProposal(ctx, row, state.dimension, today) : null;
  return buildWorkflowView({ row, state, events, ruleSet, calendar: loadCalendar(ctx), today, thresholds: readThresholds(ctx), closure });
}

export interface TransitionRequest {
  id: number;
  transition: CaseTransition;
  date: IsoDate;
  note?: string | undefined;
  measure?: string | undefined;
  period?: Period | undefined;
  extension?: MonthsOrDays | undefined;
  closure?: Closure | undefined;
  approval?: GovernmentApproval | undefined;
}

export function transitionCase(ctx: ServiceContext, req: TransitionRequest): CaseWorkflowView & { warnings: string[] } {
  const audit = beginAudit(ctx, `workflow:${req.transition}`);
  const calendar = loadCalendar(ctx);
  const warnings = ctx.db.transaction(() => {
    const { row, state, ruleSet } = load(ctx, req.id);
    refuseSecondExtension(state, req.transition);
    const result = applyTransition(
      state,
      req.transition,
      { date: req.date, operator: audit.operator, note: req.note, measure: req.measure, period: req.period, extension: req.extension, approval: req.approval },
      { ruleSet, calendar },
    );
    if (!result.ok) throw new LedgerError('VALIDATION', result.reason);
    const next = result.state;
    const before = readWorkflowColumns(ctx.db, req.id);
    const after = { ...before, ...columnsAfter(row, state, next, req) };
    const changed = (Object.keys(after) as WorkflowColumn[]).filter((k) => after[k] !== before[k]);
    updateWorkflowColumns(ctx.db, req.id, Object.fromEntries(changed.map((k) => [k, after[k]])), audit.at);
    for (const field of changed) {
      recordAudit(ctx, audit, { entity: 'case', entityId: req.id, action: 'update', field, oldValue: before[field], newValue: after[field] });
    }
    if (next.status === 'closed-down') {
      writeClosure(ctx, audit, row, next.dimension, req.date, req.closure);
      if (req.approval) recordApproval(ctx, audit, req.id, req.approval);
    }
    const deadline = tryCaseDeadline(
      { status: next.status, noticeDate: next.noticeDate, period: next.period, approvedExtension: next.extension?.decision === 'approved' ? next.extension.approved : null },
      calendar,
    );
    const detail: EventDetail = {
      ...(req.transition === 'issue-notice' || req.transition === 'escalate' || req.transition === 'seal' ? { measure: next.measure } : {}),
      ...(next.period && next.noticeDate !== state.noticeDate ? { period: next.period } : {}),
      ...(req.transition === 'request-extension' ? { extension: next.extension?.requested ?? null, extensionKind: 'requested' as const } : {}),
      ...(req.transition === 'approve-extension' ? { extension: next.extension?.approved ?? null, extensionKind: 'approved' as const } : {}),
      ...(deadline?.ok && PERIOD_STATUSES.has(next.status) && next.status !== state.status ? { deadline: deadline.value.deadline } : {}),
      ...(result.warnings.length ? { warnings: [...result.warnings] } : {}),
      ...(req.transition === 'close-down' && req.approval ? { approval: req.approval } : {}),
    };
    const event = next.history.at(-1)!;
    insertWorkflowEvent(
      ctx.db,
      { caseId: req.id, transition: req.transition, eventDate: event.eventDate, fromStatus: event.fromStatus, toStatus: event.toStatus, operator: event.operator, note: event.note, detail: Object.keys(detail).length ? JSON.stringify(detail) : null },
      audit.at,
    );
    return result.warnings;
  })();
  return { ...getCaseWorkflow(ctx, req.id), warnings: [...warnings] };
}

/** The graph has no 申请延期 from 延期整改中; the user is told the rule, not the graph. */
function refuseSecondExtension(state: CaseWorkflowState, transition: CaseTransition): void {
  if (transition !== 'request-extension' || targetStatus(state.dimension, state.status, transition)) return;
  const used = state.history.find((e) => e.transition === 'request-extension');
  if (used) throw new LedgerError('VALIDATION', `每个整改事项只能申请一次延期，已于${formatChineseDate(used.eventDate)}申请过`);
}

const OUTCOMES: Partial<Record<CaseStatus, (d: Dimension) => string>> = {
  compliant: () => '整改达标销号',
  exited: () => '拆除验收销号',
  'closed-down': (d) => CLOSED_DOWN_LABELS[d],
};

function columnsAfter(row: WorkflowRow, state: CaseWorkflowState, next: CaseWorkflowState, req: TransitionRequest): Partial<Record<WorkflowColumn, string | null>> {
  const cols: Partial<Record<WorkflowColumn, string | null>> = {
    status: next.status,
    measure: next.measure,
    period: next.period ? JSON.stringify(next.period) : null,
    extension: next.extension ? JSON.stringify(next.extension) : null,
    closedDate: next.closedDate,
  };
  if (req.transition === 'issue-notice') {
    cols.noticeDate = req.date;
    cols.periodStart = null;
  } else if (next.noticeDate !== state.noticeDate) {
    // A later order (升级措施, 封存) restarts the period; the notice date stays what it was.
    cols.periodStart = next.noticeDate;
    cols.noticeDate = row.noticeDate ?? next.noticeDate;
  }
  if (req.transition.startsWith('reinspect-') || req.transition.startsWith('accept-')) {
    cols.reinspectionDate = req.date;
    cols.reinspectionResult = req.transition.endsWith('-pass') ? '达标' : '不达标';
  }
  const outcome = OUTCOMES[next.status];
  if (outcome) cols.outcome = outcome(next.dimension);
  return cols;
}

/** 登记整改事项: a finding waiting for its first order (下达整改通知, or for 技术 拆除/封存). */
export function registerCase(
  ctx: ServiceContext,
  input: { enterpriseId: number; dimension: Dimension; source?: string | null | undefined; description?: string | null | undefined },
): { id: number } {
  const audit = beginAudit(ctx);
  return ctx.db.transaction(() => {
    const owner = getEnterprise(ctx.db, input.enterpriseId);
    if (!owner || owner.deletedAt) throw new LedgerError('NOT_FOUND', `所属企业（编号 ${input.enterpriseId}）不存在或已删除`, 'enterpriseId');
    const values = { enterpriseId: input.enterpriseId, dimension: input.dimension, source: input.source ?? null, description: input.description ?? null, status: 'registered' };
    const id = insertRegisteredCase(ctx.db, values, audit.at);
    insertWorkflowEvent(ctx.db, { caseId: id, transition: null, eventDate: todayOf(ctx), fromStatus: null, toStatus: 'registered', operator: audit.operator, note: null, detail: null }, audit.at);
    recordAudit(ctx, audit, { entity: 'case', entityId: id, action: 'create', newValue: values });
    return { id };
  })();
}

/** 情节严重 on or off for a 环保 case, with its audit entry. */
export function setCaseSerious(ctx: ServiceContext, id: number, serious: boolean): CaseWorkflowView {
  const audit = beginAudit(ctx, 'workflow:serious');
  ctx.db.transaction(() => {
    const { row, state } = load(ctx, id);
    if (state.dimension !== '环保') throw new LedgerError('VALIDATION', `“情节严重”只用于环保事项（超标排放情节严重企业名单）；本事项为${state.dimension}维度`, 'serious');
    if (state.serious === serious) return;
    storeSerious(ctx.db, id, serious, audit.at);
    recordAudit(ctx, audit, { entity: 'case', entityId: row.id, action: 'update', field: 'serious', oldValue: state.serious, newValue: serious });
  })();
  return getCaseWorkflow(ctx, id);
}

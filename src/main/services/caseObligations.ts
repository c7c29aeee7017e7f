import { LedgerError } from '../../shared/errors';
import type { IsoDate } from '../../shared/domain/dates';
import type { Dimension } from '../../shared/domain/dimensions';
import type { CaseStatus } from '../../shared/rules/caseStates';
import type { GovernmentApproval } from '../../shared/rules/caseWorkflow';
import type { Period } from '../../shared/rules/deadline';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import type { CompletionMilestone } from '../../shared/rules/exitDeadline';
import {
  applicableObligations,
  dismantleBy,
  missingFields,
  obligationLabel,
  OBLIGATION_BASIS,
  POWER_PRICES,
  type ObligationKind,
} from '../../shared/rules/obligations';
import type { ObligationChecklist, ObligationItem, SaveObligationInput } from '../../shared/contract/obligations';
import type { z } from '../../shared/schemas/zod';
import { requireLiveWorkflowRow } from '../db/repositories/caseWorkflow';
import { listAllObligations, listCaseObligations, obligationLineRows, upsertObligation, type StoredObligation } from '../db/repositories/caseObligations';
import { enterpriseCounty } from '../db/repositories/enterprises';
import { completionMilestones } from '../db/repositories/milestones';
import { enterprisesMissedExit } from '../db/repositories/reports';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit, todayOf, type AuditStamp } from './audit';
import { readThresholds } from './countdownSettings';
import { dimensionOf, parsePeriod, storedStatus } from './caseState';

/**
 * 关停后续事项 (issue 12 item 4): the checklist of a case — which steps it owes (rules/obligations.ts),
 * what has been recorded for each, and the countdown to a line's 限时拆除 date — and the write of
 * one step with its audit entry. The 未按期退出 list and the credit-push list read the records.
 */

export interface ObligationCase {
  id: number;
  enterpriseId: number;
  dimension: Dimension;
  status: CaseStatus;
  period: Period | null;
  closedDate: IsoDate | null;
}

interface Shared {
  today: IsoDate;
  thresholds: CountdownThresholds;
  missedExit: ReadonlySet<number>;
  /** An enterprise's 完成关闭退出 milestone of a year: its county's (milestones.ts completionMilestones). */
  completionOf: (enterpriseId: number) => (year: number) => CompletionMilestone | null;
}

function shared(ctx: ServiceContext, today: IsoDate): Shared {
  const lookup = completionMilestones(ctx.db);
  return {
    today,
    thresholds: readThresholds(ctx),
    missedExit: enterprisesMissedExit(ctx.db, today),
    completionOf: (enterpriseId) => {
      const county = enterpriseCounty(ctx.db, enterpriseId);
      return (year) => lookup(year, county);
    },
  };
}

function items(ctx: ServiceContext, c: ObligationCase, stored: readonly StoredObligation[], s: Shared): ObligationItem[] {
  const missedExit = s.missedExit.has(c.enterpriseId);
  const owesLines = c.status === 'closed-down' || c.status === 'sealed';
  const lines = owesLines ? obligationLineRows(ctx.db, c.id, c.enterpriseId) : [];
  const owed = applicableObligations({ dimension: c.dimension, status: c.status, missedExit, lines });
  return owed.map(({ kind, lineId }) => {
    const rec = stored.find((o) => o.kind === kind && o.lineId === lineId);
    const line = lines.find((l) => l.lineId === lineId);
    let due: { date: IsoDate; source: string } | null = null;
    if (kind === 'seal-line' && line) {
      due = rec?.dueDate
        ? { date: rec.dueDate, source: '人工填写的限时拆除日期' }
        : dismantleBy(
            { orderedUntil: c.period && 'until' in c.period ? c.period.until : null, plannedExitDate: line.plannedExitDate, planYear: line.planYear, closedYear: Number((c.closedDate ?? s.today).slice(0, 4)) },
            s.completionOf(c.enterpriseId),
          );
    }
    const done = Boolean(rec?.doneDate);
    return {
      kind,
      label: obligationLabel(kind, c.dimension),
      lineId,
      lineName: line ? [line.name, line.spec].filter(Boolean).join(' ') : null,
      dueDate: due?.date ?? null,
      dueSource: due?.source ?? null,
      countdown: due && !done ? countdown(s.today, due.date, s.thresholds) : null,
      doneDate: rec?.doneDate ?? null,
      document: rec?.document ?? null,
      authority: rec?.authority ?? null,
      detail: rec?.detail ?? null,
      note: rec?.note ?? null,
      done,
      basis: OBLIGATION_BASIS[kind],
    };
  });
}

function checklistOf(caseId: number, today: IsoDate, list: ObligationItem[]): ObligationChecklist {
  return { caseId, today, items: list, done: list.filter((i) => i.done).length };
}

function loadCase(ctx: ServiceContext, id: number): ObligationCase {
  const row = requireLiveWorkflowRow(ctx.db, id);
  const dimension = dimensionOf(row.dimension);
  return {
    id,
    enterpriseId: row.enterpriseId,
    dimension,
    status: storedStatus(row.status, dimension, row.noticeDate, row.closedDate),
    period: parsePeriod(row.period),
    closedDate: row.closedDate,
  };
}

export function caseChecklist(ctx: ServiceContext, id: number, today: IsoDate = todayOf(ctx)): ObligationChecklist {
  const c = loadCase(ctx, id);
  return checklistOf(id, today, items(ctx, c, listCaseObligations(ctx.db, id), shared(ctx, today)));
}

/** The checklists of many cases at once (`ledger cases list`): one read of the records and the lists. */
export function checklistsOf(ctx: ServiceContext, cases: readonly ObligationCase[], today: IsoDate): Map<number, ObligationItem[]> {
  const s = shared(ctx, today);
  const stored = new Map<number, StoredObligation[]>();
  for (const o of listAllObligations(ctx.db)) stored.set(o.caseId, [...(stored.get(o.caseId) ?? []), o]);
  return new Map(cases.map((c) => [c.id, items(ctx, c, stored.get(c.id) ?? [], s)]));
}

/** Records one step; the checklist answers what the case owes now. */
export function saveObligation(ctx: ServiceContext, step: Omit<z.output<typeof SaveObligationInput>, 'lineId'> & { lineId?: number }): ObligationChecklist {
  const input = { ...step, lineId: step.lineId ?? 0 };
  const audit = beginAudit(ctx, 'obligation');
  ctx.db.transaction(() => {
    const today = todayOf(ctx);
    const c = loadCase(ctx, input.caseId);
    const owed = items(ctx, c, listCaseObligations(ctx.db, c.id), shared(ctx, today));
    const item = owed.find((i) => i.kind === input.kind && i.lineId === input.lineId);
    const label = obligationLabel(input.kind, c.dimension);
    if (!item) throw new LedgerError('VALIDATION', `本事项当前不需要办理“${label}”${input.lineId ? `（设备编号 ${input.lineId}）` : ''}，请刷新后重试`, 'kind');
    if (input.dueDate && input.kind !== 'seal-line') throw new LedgerError('VALIDATION', `只有“${obligationLabel('seal-line', c.dimension)}”有限时拆除日期`, 'dueDate');
    const record: StoredObligation = {
      caseId: c.id,
      kind: input.kind,
      lineId: input.lineId,
      dueDate: input.dueDate ?? null,
      doneDate: input.doneDate,
      document: input.document ?? null,
      authority: input.authority ?? null,
      detail: input.detail ?? null,
      note: input.note ?? null,
    };
    if (record.detail !== null && input.kind === 'power-price' && !(POWER_PRICES as readonly string[]).includes(record.detail)) {
      throw new LedgerError('VALIDATION', `“${label}”的电价应为：${POWER_PRICES.join('或')}`, 'detail');
    }
    const missing = record.doneDate ? missingFields(input.kind, record) : [];
    if (missing.length) throw new LedgerError('VALIDATION', `“${label}”已填日期，还需填写：${missing.join('、')}`, 'doneDate');
    write(ctx, audit, record);
  })();
  return caseChecklist(ctx, input.caseId);
}

function write(ctx: ServiceContext, audit: AuditStamp, record: StoredObligation): void {
  const before = listCaseObligations(ctx.db, record.caseId).find((o) => o.kind === record.kind && o.lineId === record.lineId) ?? null;
  upsertObligation(ctx.db, record, audit.operator, audit.at);
  recordAudit(ctx, audit, {
    entity: 'case',
    entityId: record.caseId,
    action: 'update',
    field: `obligation:${record.kind}${record.lineId ? `:${record.lineId}` : ''}`,
    oldValue: before,
    newValue: record,
  });
}

/** A closure approved by the people's government fills the checklist's 人民政府批准 at once. */
export function recordApproval(ctx: ServiceContext, audit: AuditStamp, caseId: number, approval: GovernmentApproval): void {
  const kind: ObligationKind = 'government-approval';
  write(ctx, audit, { caseId, kind, lineId: 0, dueDate: null, doneDate: approval.date, document: approval.number, authority: approval.authority, detail: null, note: null });
}

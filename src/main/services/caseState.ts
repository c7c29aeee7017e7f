import { isDimension, type Dimension } from '../../shared/domain/dimensions';
import { CASE_STATUS_LABELS, isCaseStatus, PERIOD_STATUSES, type CaseStatus } from '../../shared/rules/caseStates';
import type { CaseExtension } from '../../shared/rules/caseWorkflow';
import type { MonthsOrDays, Period } from '../../shared/rules/deadline';
import type { DimensionRule } from '../../shared/rules/ruleSet';
import { PeriodSchema } from '../../shared/schemas/period';
import { CaseExtensionView } from '../../shared/contract/workflow';

/**
 * How a stored case reads as workflow state. Cases created by the grid or an import before the
 * workflow touched them carry the grid's words for their status (整改中, 已销号) and no period
 * of their own: they read as the state those words mean, with the rule set's fixed period.
 */

const LEGACY_STATUS: Record<string, 'open' | 'closed'> = { 整改中: 'open', 已销号: 'closed', 已整改: 'closed', 已完成: 'closed' };
const BY_LABEL = new Map(Object.entries(CASE_STATUS_LABELS).map(([id, label]) => [label, id as CaseStatus]));

export function storedStatus(stored: string, dimension: Dimension, noticeDate: string | null, closedDate: string | null): CaseStatus {
  if (isCaseStatus(stored)) return stored;
  const byLabel = BY_LABEL.get(stored);
  if (byLabel) return byLabel;
  return initialStatus(dimension, noticeDate, LEGACY_STATUS[stored] === 'closed' ? (closedDate ?? 'closed') : closedDate);
}

/**
 * Where a case entered from a sheet or the grid starts: closed when it has a closing date,
 * running its period when it has a notice date, else waiting for the first order.
 */
export function initialStatus(dimension: Dimension, noticeDate: string | null | undefined, closedDate: string | null | undefined): CaseStatus {
  if (closedDate) return dimension === '技术' ? 'exited' : 'compliant';
  if (!noticeDate) return 'registered';
  return dimension === '技术' ? 'sealed' : 'rectifying';
}

export function dimensionOf(stored: string): Dimension {
  // The case tables only ever receive the five dimensions (schemas/case.ts); 能耗 is a fallback
  // for a hand-edited file rather than a reason to fail a whole list.
  return isDimension(stored) ? stored : '能耗';
}

const periods = new Map<string, Period | null>();

/** The period column's JSON, parsed once per distinct value (a ledger has few). */
export function parsePeriod(json: string | null): Period | null {
  if (json === null) return null;
  let p = periods.get(json);
  if (p === undefined) {
    const parsed = PeriodSchema.safeParse(safeJson(json));
    p = parsed.success ? parsed.data : null;
    if (periods.size < 10_000) periods.set(json, p);
  }
  return p;
}

export function parseExtension(json: string | null): CaseExtension | null {
  if (json === null) return null;
  const parsed = CaseExtensionView.safeParse(safeJson(json));
  return parsed.success ? parsed.data : null;
}

const approvedCache = new Map<string, MonthsOrDays | null>();

/** The approved length of the extension column, cached like periods: lists read it per case. */
export function approvedExtensionOf(json: string | null): MonthsOrDays | null {
  if (json === null) return null;
  let a = approvedCache.get(json);
  if (a === undefined) {
    const ext = parseExtension(json);
    a = ext?.decision === 'approved' ? ext.approved : null;
    if (approvedCache.size < 10_000) approvedCache.set(json, a);
  }
  return a;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The period a case runs on: its own, or for a case from before the workflow, the rule's. */
export function effectivePeriod(status: CaseStatus, stored: Period | null, rule: DimensionRule): Period | null {
  if (stored) return stored;
  return PERIOD_STATUSES.has(status) && rule.period !== 'set-by-order' ? rule.period : null;
}

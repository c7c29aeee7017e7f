import type { IsoDate } from '../../shared/domain/dates';
import { TERMINAL_STATUSES, statusLabel } from '../../shared/rules/caseStates';
import { tryCaseDeadline } from '../../shared/rules/caseDeadline';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import { deriveCard, enterpriseCard, type Card } from '../../shared/rules/cards';
import { ruleFor } from '../../shared/rules/ruleSet';
import type { CardEnterprise, DeadlineRow } from '../../shared/contract/workflow';
import { listDeadlineFacts, type DeadlineFacts } from '../db/repositories/caseWorkflow';
import type { ServiceContext } from './context';
import { todayOf } from './audit';
import { loadCalendar } from './calendar';
import { activeRuleSet } from './ruleSets';
import { readThresholds } from './countdownSettings';
import { approvedExtensionOf, dimensionOf, effectivePeriod, parsePeriod, storedStatus } from './caseState';

/**
 * Deadline, countdown band and card of every case, computed in main for the lists (工作台, the
 * case grid's countdown column, 红牌/黄牌名单, `ledger deadlines`). One pass over raw rows with
 * one calendar and one rule set: 100,000 cases take a fraction of a second.
 */

export interface ComputedCase {
  row: DeadlineRow;
  open: boolean;
  facts: DeadlineFacts;
}

export function computeCaseDeadlines(ctx: ServiceContext, today: IsoDate): { thresholds: CountdownThresholds; cases: ComputedCase[] } {
  const calendar = loadCalendar(ctx);
  const ruleSet = activeRuleSet(ctx);
  const thresholds = readThresholds(ctx);
  const cases: ComputedCase[] = [];
  for (const facts of listDeadlineFacts(ctx.db)) {
    const [id, enterpriseId, enterpriseName, town, storedDimension, stored, measure, noticeDate, periodStart, periodJson, extensionJson, override, closedDate] = facts;
    const dimension = dimensionOf(storedDimension);
    const status = storedStatus(stored, dimension, noticeDate, closedDate);
    const open = !TERMINAL_STATUSES.has(status);
    const period = effectivePeriod(status, parsePeriod(periodJson), ruleFor(ruleSet, dimension));
    const result = tryCaseDeadline({ status, noticeDate: periodStart ?? noticeDate, period, approvedExtension: approvedExtensionOf(extensionJson) }, calendar);
    const computed = result?.ok ? result.value.deadline : null;
    const deadline = open ? (override ?? computed) : null;
    const c = deadline === null ? null : countdown(today, deadline, thresholds);
    const failed = result && !result.ok && override === null ? result.error : null;
    cases.push({
      open,
      facts,
      row: {
        id,
        enterpriseId,
        enterpriseName,
        town,
        dimension,
        status,
        statusLabel: statusLabel(dimension, status, measure),
        deadline,
        days: c?.days ?? null,
        text: c?.text ?? null,
        band: c?.band ?? null,
        card: deriveCard({ status, deadline }, today),
        problem: failed?.message ?? null,
        missingYear: failed?.code === 'CALENDAR_NOT_COVERED' ? failed.year : null,
      },
    });
  }
  return { thresholds, cases };
}

export function listCaseDeadlines(ctx: ServiceContext, opts: { today?: IsoDate | undefined; scope?: 'open' | 'all' | undefined }) {
  const today = opts.today ?? todayOf(ctx);
  const { thresholds, cases } = computeCaseDeadlines(ctx, today);
  const rows = opts.scope === 'all' ? cases.map((c) => c.row) : cases.filter((c) => c.open).map((c) => c.row);
  return { today, thresholds, rows };
}

/** Enterprises by the worst card of their cases (red over yellow), most cases first. */
export function cardEnterprises(cases: readonly ComputedCase[], card: Card): CardEnterprise[] {
  const byEnterprise = new Map<number, ComputedCase[]>();
  for (const c of cases) {
    if (!c.row.card) continue;
    const list = byEnterprise.get(c.row.enterpriseId) ?? [];
    list.push(c);
    byEnterprise.set(c.row.enterpriseId, list);
  }
  const out: CardEnterprise[] = [];
  for (const [enterpriseId, list] of byEnterprise) {
    if (enterpriseCard(list.map((c) => c.row.card)) !== card) continue;
    const [, , enterpriseName, town, , , , , , , , , , uscc, industry] = list[0]!.facts;
    out.push({
      enterpriseId,
      enterpriseName,
      uscc,
      town,
      industry,
      card,
      cases: list
        .filter((c) => c.row.card === card)
        .map((c) => ({ id: c.row.id, dimension: c.row.dimension, statusLabel: c.row.statusLabel, measure: c.facts[6], deadline: c.row.deadline, closedDate: c.facts[12] })),
    });
  }
  return out.sort((a, b) => b.cases.length - a.cases.length || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
}

export function listCardEnterprises(ctx: ServiceContext, card: Card, today?: IsoDate): CardEnterprise[] {
  return cardEnterprises(computeCaseDeadlines(ctx, today ?? todayOf(ctx)).cases, card);
}

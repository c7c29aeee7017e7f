import type { IsoDate } from '../../shared/domain/dates';
import { chineseCompare } from '../../shared/reports/collate';
import { TERMINAL_STATUSES, statusLabel } from '../../shared/rules/caseStates';
import { awaitsPeriod, tryCaseDeadline } from '../../shared/rules/caseDeadline';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import { caseListing, enterpriseCard, type PublicList } from '../../shared/rules/cards';
import { cardDimensionsOf, ruleFor } from '../../shared/rules/ruleSet';
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

export function computeCaseDeadlines(ctx: ServiceContext, today: IsoDate, ids?: readonly number[]): { thresholds: CountdownThresholds; cases: ComputedCase[] } {
  const calendar = loadCalendar(ctx);
  const ruleSet = activeRuleSet(ctx);
  const thresholds = readThresholds(ctx);
  const cardDimensions = cardDimensionsOf(ruleSet);
  const cases: ComputedCase[] = [];
  for (const facts of listDeadlineFacts(ctx.db, ids)) {
    const [id, enterpriseId, enterpriseName, town, storedDimension, stored, measure, noticeDate, periodStart, periodJson, extensionJson, override, closedDate, , , serious] = facts;
    const dimension = dimensionOf(storedDimension);
    const status = storedStatus(stored, dimension, noticeDate, closedDate);
    const open = !TERMINAL_STATUSES.has(status);
    const period = effectivePeriod(status, parsePeriod(periodJson), ruleFor(ruleSet, dimension));
    const result = tryCaseDeadline({ status, noticeDate: periodStart ?? noticeDate, period, approvedExtension: approvedExtensionOf(extensionJson) }, calendar);
    const computed = result?.ok ? result.value.deadline : null;
    const deadline = open ? (override ?? computed) : null;
    const c = deadline === null ? null : countdown(today, deadline, thresholds);
    const failed = result && !result.ok && override === null ? result.error : null;
    const listing = caseListing({ dimension, status, deadline, serious: serious === 1 }, today, cardDimensions);
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
        card: listing.card,
        overdue: listing.overdue,
        lists: [...listing.lists],
        problem: failed?.message ?? null,
        missingYear: failed?.code === 'CALENDAR_NOT_COVERED' ? failed.year : null,
        awaitsPeriod: open && awaitsPeriod({ status, noticeDate: periodStart ?? noticeDate, period, override }),
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

/** The deadline rows of the given cases: what a grid edit answers, so the renderer need not fetch every case's. */
export function caseDeadlineRows(ctx: ServiceContext, ids: readonly number[], today: IsoDate = todayOf(ctx)): DeadlineRow[] {
  return ids.length === 0 ? [] : computeCaseDeadlines(ctx, today, ids).cases.map((c) => c.row);
}

/**
 * The enterprises on a public list, most cases first: on the card lists by the worst card of their
 * cases (red over yellow), on the 超标排放 lists by any case on them.
 */
export function cardEnterprises(cases: readonly ComputedCase[], card: PublicList): CardEnterprise[] {
  const isCard = card === 'yellow' || card === 'red';
  const byEnterprise = new Map<number, ComputedCase[]>();
  for (const c of cases) {
    if (isCard ? !c.row.card : !c.row.lists.includes(card)) continue;
    const list = byEnterprise.get(c.row.enterpriseId) ?? [];
    list.push(c);
    byEnterprise.set(c.row.enterpriseId, list);
  }
  const out: CardEnterprise[] = [];
  for (const [enterpriseId, list] of byEnterprise) {
    if (isCard && enterpriseCard(list.map((c) => c.row.card)) !== card) continue;
    const [, , enterpriseName, town, , , , , , , , , , uscc, industry] = list[0]!.facts;
    out.push({
      enterpriseId,
      enterpriseName,
      uscc,
      town,
      industry,
      card,
      cases: list
        .filter((c) => c.row.lists.includes(card))
        .map((c) => ({ id: c.row.id, dimension: c.row.dimension, statusLabel: c.row.statusLabel, measure: c.facts[6], deadline: c.row.deadline, closedDate: c.facts[12], overdue: c.row.overdue })),
    });
  }
  return out.sort((a, b) => b.cases.length - a.cases.length || chineseCompare(a.enterpriseName, b.enterpriseName));
}

export function listCardEnterprises(ctx: ServiceContext, card: PublicList, today?: IsoDate): CardEnterprise[] {
  return cardEnterprises(computeCaseDeadlines(ctx, today ?? todayOf(ctx)).cases, card);
}

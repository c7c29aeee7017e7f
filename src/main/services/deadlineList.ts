import type { IsoDate } from '../../shared/domain/dates';
import { chineseRanks } from '../../shared/reports/collate';
import { statusLabel, type CaseStatus } from '../../shared/rules/caseStates';
import { awaitsPeriod } from '../../shared/rules/caseDeadline';
import { countdown, type CountdownThresholds } from '../../shared/rules/countdown';
import { enterpriseCard, type PublicList } from '../../shared/rules/cards';
import type { CardEnterprise, DeadlineRow } from '../../shared/contract/workflow';
import { listDeadlineFacts, type DeadlineFacts } from '../db/repositories/caseWorkflow';
import type { ServiceContext } from './context';
import { todayOf } from './audit';
import { readThresholds } from './countdownSettings';
import { computeCaseCards, deriveCase, ledgerCaseRules, storedCase, type CaseCard } from './caseCards';
import { dimensionOf } from './caseState';
import { enterpriseListColumns, type EnterpriseListColumns } from '../db/repositories/enterprises';

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
  const rules = ledgerCaseRules(ctx);
  const thresholds = readThresholds(ctx);
  const cases: ComputedCase[] = [];
  for (const facts of listDeadlineFacts(ctx.db, ids)) {
    const [id, enterpriseId, , , measure, noticeDate, periodStart, , , override, , , enterpriseName, town, , , county] = facts;
    const d = deriveCase(storedCase(facts), rules, today);
    const c = d.deadline === null ? null : countdown(today, d.deadline, thresholds);
    const failed = d.result && !d.result.ok && override === null ? d.result.error : null;
    cases.push({
      open: d.open,
      facts,
      row: {
        id,
        enterpriseId,
        enterpriseName,
        county,
        town,
        dimension: d.dimension,
        status: d.status,
        statusLabel: statusLabel(d.dimension, d.status, measure),
        deadline: d.deadline,
        days: c?.days ?? null,
        text: c?.text ?? null,
        band: c?.band ?? null,
        card: d.listing.card,
        overdue: d.listing.overdue,
        lists: [...d.listing.lists],
        problem: failed?.message ?? null,
        missingYear: failed?.code === 'CALENDAR_NOT_COVERED' ? failed.year : null,
        awaitsPeriod: d.open && awaitsPeriod({ status: d.status, noticeDate: periodStart ?? noticeDate, period: d.period, override }),
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
 * cases (red over yellow), on the 超标排放 lists by any case on them. `columnsOf` gives the listed
 * enterprises' own columns, asked once for all of them.
 */
function enterprisesOnList(
  cases: readonly CaseCard[],
  card: PublicList,
  columnsOf: (enterpriseIds: readonly number[]) => Map<number, EnterpriseListColumns>,
): CardEnterprise[] {
  const isCard = card === 'yellow' || card === 'red';
  const byEnterprise = new Map<number, CaseCard[]>();
  for (const c of cases) {
    if (isCard ? !c.card : !c.lists.includes(card)) continue;
    const list = byEnterprise.get(c.enterpriseId);
    if (list) list.push(c);
    else byEnterprise.set(c.enterpriseId, [c]);
  }
  const listed = [...byEnterprise].filter(([, list]) => !isCard || enterpriseCard(list.map((c) => c.card)) === card);
  const columns = columnsOf(listed.map(([id]) => id));
  const out: CardEnterprise[] = listed.map(([enterpriseId, list]) => ({
    enterpriseId,
    ...columns.get(enterpriseId)!,
    card,
    cases: list
      .filter((c) => c.lists.includes(card))
      .map((c) => ({ id: c.id, dimension: c.dimension, statusLabel: statusLabel(c.dimension, c.status, c.measure), measure: c.measure, deadline: c.deadline, closedDate: c.closedDate, overdue: c.overdue })),
  }));
  // A city's lists run county by county ('' throughout a county's own ledger). Names are ranked once:
  // a city's 8,000 listed firms would otherwise cost 200,000 collator calls.
  const county = chineseRanks(out.map((e) => e.county));
  const name = chineseRanks(out.map((e) => e.enterpriseName));
  return out.sort((a, b) => county.get(a.county)! - county.get(b.county)! || b.cases.length - a.cases.length || name.get(a.enterpriseName)! - name.get(b.enterpriseName)!);
}

/** The enterprises on a public list, from the deadline rows already computed (the 工作台's counts). */
export function cardEnterprises(cases: readonly ComputedCase[], card: PublicList): CardEnterprise[] {
  const facts = new Map(cases.map((c) => [c.row.enterpriseId, c.facts]));
  const cards = cases.map(({ row, facts: [, , , , measure, , , , , , closedDate] }): CaseCard => ({ ...row, dimension: dimensionOf(row.dimension), status: row.status as CaseStatus, measure, closedDate }));
  return enterprisesOnList(cards, card, (ids) => {
    const columns = new Map<number, EnterpriseListColumns>();
    for (const id of ids) {
      const [, , , , , , , , , , , , enterpriseName, town, uscc, industry, county] = facts.get(id)!;
      columns.set(id, { enterpriseName, county, uscc, town, industry });
    }
    return columns;
  });
}

/** The 工作台's 黄牌/红牌名单: every case's card, and the names only of the enterprises listed. */
export function listCardEnterprises(ctx: ServiceContext, card: PublicList, today?: IsoDate): CardEnterprise[] {
  return enterprisesOnList(computeCaseCards(ctx, today ?? todayOf(ctx)), card, (ids) => enterpriseListColumns(ctx.db, ids));
}

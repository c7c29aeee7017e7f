import type { IsoDate } from '../../shared/domain/dates';
import type { Dimension } from '../../shared/domain/dimensions';
import { TERMINAL_STATUSES, type CaseStatus } from '../../shared/rules/caseStates';
import { tryCaseDeadline } from '../../shared/rules/caseDeadline';
import { caseListing, type CaseListing } from '../../shared/rules/cards';
import type { DeadlineResult, Period } from '../../shared/rules/deadline';
import { cardDimensionsOf, ruleFor, type RuleSet } from '../../shared/rules/ruleSet';
import type { HolidayCalendar } from '../../shared/calendar/holidayCalendar';
import { listCaseCardFacts, type CaseCardFacts } from '../db/repositories/caseWorkflow';
import type { ServiceContext } from './context';
import { loadCalendar } from './calendar';
import { activeRuleSet } from './ruleSets';
import { approvedExtensionOf, dimensionOf, effectivePeriod, parsePeriod, storedStatus } from './caseState';

/**
 * How a stored case reads on a day: its state, period, deadline and the public lists it is on. The
 * one derivation the deadline rows (deadlineList.ts) and the card lists share, with one calendar
 * and one rule set for the whole ledger.
 */

export interface CaseRules {
  calendar: HolidayCalendar;
  ruleSet: RuleSet;
  cardDimensions: readonly Dimension[];
}

export function ledgerCaseRules(ctx: ServiceContext): CaseRules {
  const ruleSet = activeRuleSet(ctx);
  return { calendar: loadCalendar(ctx), ruleSet, cardDimensions: cardDimensionsOf(ruleSet) };
}

export interface StoredCase {
  dimension: string;
  status: string;
  noticeDate: string | null;
  periodStart: string | null;
  period: string | null;
  extension: string | null;
  override: string | null;
  closedDate: string | null;
  serious: number;
}

/** The stored columns of a case's facts row (a deadline row's starts the same way). */
export function storedCase(f: readonly [...CaseCardFacts, ...unknown[]]): StoredCase {
  const [, , dimension, status, , noticeDate, periodStart, period, extension, override, closedDate, serious] = f;
  return { dimension, status, noticeDate, periodStart, period, extension, override, closedDate, serious };
}

export interface DerivedCase {
  dimension: Dimension;
  status: CaseStatus;
  open: boolean;
  period: Period | null;
  result: DeadlineResult | null;
  deadline: IsoDate | null;
  listing: CaseListing;
}

export function deriveCase(c: StoredCase, rules: CaseRules, today: IsoDate): DerivedCase {
  const dimension = dimensionOf(c.dimension);
  const status = storedStatus(c.status, dimension, c.noticeDate, c.closedDate);
  const open = !TERMINAL_STATUSES.has(status);
  const period = effectivePeriod(status, parsePeriod(c.period), ruleFor(rules.ruleSet, dimension));
  const result = tryCaseDeadline({ status, noticeDate: c.periodStart ?? c.noticeDate, period, approvedExtension: approvedExtensionOf(c.extension) }, rules.calendar);
  const computed = result?.ok ? result.value.deadline : null;
  const deadline = open ? (c.override ?? computed) : null;
  const listing = caseListing({ dimension, status, deadline, serious: c.serious === 1 }, today, rules.cardDimensions);
  return { dimension, status, open, period, result, deadline, listing };
}

/** What a card list needs of a case: no countdown, label or enterprise name (those only for the cases listed). */
export interface CaseCard extends CaseListing {
  id: number;
  enterpriseId: number;
  dimension: Dimension;
  status: CaseStatus;
  measure: string | null;
  deadline: IsoDate | null;
  closedDate: string | null;
}

/**
 * The card of every live case on `today`. A city's 25,000 cases are derived without building the
 * workbench's rows (countdown text, status label, enterprise columns) for each.
 */
export function computeCaseCards(ctx: ServiceContext, today: IsoDate): CaseCard[] {
  const rules = ledgerCaseRules(ctx);
  return listCaseCardFacts(ctx.db).map((facts) => {
    const [id, enterpriseId, , , measure, , , , , , closedDate] = facts;
    const d = deriveCase(storedCase(facts), rules, today);
    return { id, enterpriseId, dimension: d.dimension, status: d.status, measure, deadline: d.deadline, closedDate, ...d.listing };
  });
}

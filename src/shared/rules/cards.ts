import { z } from '../schemas/zod';
import type { IsoDate } from '../domain/dates';
import type { Dimension } from '../domain/dimensions';
import type { CaseStatus } from './caseStates';

/**
 * The public lists a case puts its enterprise on, as the work plans define them
 * (鲁经信产〔2017〕481号 四（四）; 忻州 2020 方案 五（二）; 豫淘汰落后办〔2021〕10号 四（二））:
 * - 黄牌 "不达标应限期整改的企业名单": found non-compliant, neither compliant again nor closed by
 *   law. The plans set no cut-off at the deadline: an overdue case stays, marked 逾期未整改.
 * - 红牌 "经整改仍不达标、已依法关闭的企业名单": closed by law.
 * - The card lists belong to 工信/发改/市场监管/应急; 环保 publishes its own two lists instead,
 *   "超标排放企业名单，以及超标排放情节严重的企业名单". Which dimensions carry cards is the rule
 *   set's data (RuleSet.cardDimensions), never 环保.
 * Cards are derived from a case's state and today's date, never typed in.
 */

export const Card = z.enum(['yellow', 'red']);
export type Card = z.output<typeof Card>;

export const CARD_LABELS: Record<Card, string> = { yellow: '黄牌', red: '红牌' };

export const PUBLIC_LISTS = ['yellow', 'red', 'over-limit', 'over-limit-serious'] as const;
export type PublicList = (typeof PUBLIC_LISTS)[number];

export const PUBLIC_LIST_LABELS: Record<PublicList, string> = {
  yellow: '黄牌名单',
  red: '红牌名单',
  'over-limit': '超标排放企业名单',
  'over-limit-serious': '超标排放情节严重企业名单',
};

/** The dimensions on the card lists when a rule set does not say: every one but 环保. */
export const DEFAULT_CARD_DIMENSIONS: readonly Dimension[] = ['能耗', '质量', '安全', '技术'];

/** The dimension with its own two lists instead of cards. */
export const EMISSION_DIMENSION: Dimension = '环保';

export const OVERDUE_UNRECTIFIED = '逾期未整改';

/** Found non-compliant and not yet compliant again, dismantled or closed. */
export const NON_COMPLIANT_STATUSES: ReadonlySet<CaseStatus> = new Set(['rectifying', 'extension-requested', 'extended', 'failed', 'sealed']);

export interface CardFacts {
  readonly dimension: Dimension;
  readonly status: CaseStatus;
  /** The effective deadline (after extension or override), null when none is known. */
  readonly deadline: IsoDate | null;
  /** 情节严重, flagged on a 环保 case. */
  readonly serious?: boolean;
}

export interface CaseListing {
  readonly card: Card | null;
  /** On the yellow list past the deadline: 逾期未整改. */
  readonly overdue: boolean;
  readonly lists: readonly PublicList[];
}

export function caseListing(facts: CardFacts, today: IsoDate, cardDimensions: readonly Dimension[] = DEFAULT_CARD_DIMENSIONS): CaseListing {
  const nonCompliant = NON_COMPLIANT_STATUSES.has(facts.status);
  const overdue = nonCompliant && facts.deadline !== null && today > facts.deadline;
  if (facts.dimension === EMISSION_DIMENSION) {
    if (!nonCompliant && facts.status !== 'closed-down') return { card: null, overdue, lists: [] };
    return { card: null, overdue, lists: facts.serious ? ['over-limit', 'over-limit-serious'] : ['over-limit'] };
  }
  if (!cardDimensions.includes(facts.dimension)) return { card: null, overdue, lists: [] };
  if (facts.status === 'closed-down') return { card: 'red', overdue: false, lists: ['red'] };
  if (nonCompliant) return { card: 'yellow', overdue, lists: ['yellow'] };
  return { card: null, overdue: false, lists: [] };
}

export function deriveCard(facts: CardFacts, today: IsoDate, cardDimensions?: readonly Dimension[]): Card | null {
  return caseListing(facts, today, cardDimensions).card;
}

/** An enterprise carries the worst card of its cases: red over yellow. */
export function enterpriseCard(cards: Iterable<Card | null>): Card | null {
  let worst: Card | null = null;
  for (const card of cards) {
    if (card === 'red') return 'red';
    if (card === 'yellow') worst = 'yellow';
  }
  return worst;
}

import type { IsoDate } from '../domain/dates';
import { PERIOD_STATUSES, type CaseStatus } from './caseStates';

/**
 * 黄牌 and 红牌 as the seeds define them (鲁经信产〔2017〕481号 四、（四）): the yellow list is
 * "不达标应限期整改的企业名单", the red list "经整改仍不达标、已依法关闭的企业名单". Cards are
 * derived from a case's state and today's date, never typed in.
 *
 * A case whose period has expired but which has not yet been closed is on neither list: it is
 * overdue, which the countdown shows first, and it turns red only once the closure is recorded.
 */

export type Card = 'yellow' | 'red';

export const CARD_LABELS: Record<Card, string> = { yellow: '黄牌', red: '红牌' };

export interface CardFacts {
  readonly status: CaseStatus;
  /** The effective deadline (after extension or override), null when no period is running. */
  readonly deadline: IsoDate | null;
}

export function deriveCard(facts: CardFacts, today: IsoDate): Card | null {
  if (facts.status === 'closed-down') return 'red';
  if (PERIOD_STATUSES.has(facts.status) && (facts.deadline === null || today <= facts.deadline)) return 'yellow';
  return null;
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

import type { IsoDate } from '../domain/dates';
import type { Card, PublicList } from '../rules/cards';
import type { CaseListRow } from './listTypes';

/**
 * Yellow and red cards are derived, never typed in (docs/domain.md). The lists take the rule as a
 * parameter: the app passes the workflow's derivation (src/shared/rules/cards.ts over each
 * case's computed deadline, see src/main/services/cardRules.ts); tests may pass their own.
 */

/**
 * What a rule may read of a case: the card lists choose their cases from these columns and read the
 * rest of a row only for the rows they show (a city's 25,000 cases, issue 16).
 */
export type CardCase = Pick<CaseListRow, 'caseId' | 'enterpriseId' | 'dimension' | 'status' | 'noticeDate' | 'deadlineOverride' | 'closedDate'>;

/** The card a case carries on a given day, or null. */
export type DeriveCard = (c: CardCase, asOf: IsoDate) => Card | null;

/** The effective deadline of a case (after any extension or override), or null. */
export type CaseDeadline = (c: CardCase) => IsoDate | null;

/** The public lists a case is on (黄牌, 红牌, 超标排放, 情节严重), as of the rules' day. */
export type CaseLists = (c: CardCase) => readonly PublicList[];

export interface CardRules {
  deriveCard: DeriveCard;
  caseDeadline: CaseDeadline;
  listsOf: CaseLists;
}

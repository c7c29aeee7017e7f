import type { IsoDate } from '../domain/dates';
import type { CaseListRow } from './listTypes';

/**
 * Yellow and red cards are derived, never typed in (domain.md). The rule belongs to
 * src/shared/rules/cards.ts, which a colleague is writing; the card lists take the rule as a
 * parameter so they need not wait for it, and use this placeholder until it lands.
 */
export type CardColour = 'yellow' | 'red';

/** The card a case carries on a given day, or null. */
export type DeriveCard = (c: CaseListRow, asOf: IsoDate) => CardColour | null;

/** The effective deadline of a case (after any extension), or null when unknown. */
export type CaseDeadline = (c: CaseListRow) => IsoDate | null;

/**
 * PLACEHOLDER — replace with the rule from src/shared/rules/cards.ts when it exists. It reads
 * only what a case row stores; it cannot compute the legal deadline (that needs the rule set and
 * the holiday calendar), so it trusts the deadline it is given and treats none as "still open":
 * - 红牌: re-inspected 不达标 and closed (经整改仍不达标、已依法关闭);
 * - 黄牌: not closed, not re-inspected 达标, and `asOf` not past the deadline (不达标应限期整改).
 */
export const placeholderDeriveCard: DeriveCard = (c, asOf) => {
  if (c.reinspectionResult === '不达标' && c.closedDate !== null) return 'red';
  if (c.closedDate === null && c.reinspectionResult !== '达标' && (c.deadline === null || asOf <= c.deadline)) return 'yellow';
  return null;
};

/** PLACEHOLDER deadline: the override typed on the case, if any (see placeholderDeriveCard). */
export const placeholderCaseDeadline: CaseDeadline = (c) => c.deadlineOverride;

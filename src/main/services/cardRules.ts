import type { IsoDate } from '../../shared/domain/dates';
import type { CardRules } from '../../shared/reports/cardRules';
import type { ServiceContext } from './context';
import { computeCaseCards } from './caseCards';

/**
 * The card rule the 黄牌/红牌名单 use: the workflow's own derivation (rules/cards.ts deriveCard
 * over each case's effective deadline, computed with the ledger's calendar and rule set), so
 * the lists agree with the 工作台 and `cards:list`. An enterprise carries its worst card: a
 * case still in its period does not put a firm already closed by law on the yellow list.
 */
export function ledgerCardRules(ctx: ServiceContext, asOf: IsoDate): CardRules {
  const cases = computeCaseCards(ctx, asOf);
  const byCase = new Map(cases.map((c) => [c.id, c]));
  const redEnterprises = new Set(cases.filter((c) => c.card === 'red').map((c) => c.enterpriseId));
  return {
    deriveCard: (c) => {
      const card = byCase.get(c.caseId)?.card ?? null;
      return card === 'yellow' && redEnterprises.has(c.enterpriseId) ? null : card;
    },
    caseDeadline: (c) => byCase.get(c.caseId)?.deadline ?? c.deadlineOverride,
    listsOf: (c) => byCase.get(c.caseId)?.lists ?? [],
  };
}

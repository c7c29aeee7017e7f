import { describe, expect, it } from 'vitest';
import { cardListRows } from '../../../src/main/db/repositories/reports';
import { ledgerCardRules } from '../../../src/main/services/cardRules';
import { computeCaseCards } from '../../../src/main/services/caseCards';
import { cardEnterprises, computeCaseDeadlines, listCardEnterprises } from '../../../src/main/services/deadlineList';
import { deleteEnterprises } from '../../../src/main/services/enterprises';
import { enterpriseCard, PUBLIC_LISTS } from '../../../src/shared/rules/cards';
import type { CardRules } from '../../../src/shared/reports/cardRules';
import { addCase, addEnterprise } from '../../support/countyLedger';
import { buildCityLedger } from '../../support/cityLedger';

/**
 * The card lists derive every case's card without building its workbench row (issue 16: a city's
 * 25,000 cases). They must list exactly what the workbench's rows list.
 */
function ledger() {
  const ctx = buildCityLedger();
  const firm = addEnterprise(ctx, { name: '冠县两张牌铸造有限公司', town: '城关镇', industry: '铸造' });
  ctx.db.prepare("UPDATE enterprises SET county = '冠县' WHERE id = ?").run(firm);
  // Yellow on one case and red on another: the firm carries red, on the red list only.
  addCase(ctx.db, { enterpriseId: firm, dimension: '能耗', noticeDate: '2026-06-01' });
  addCase(ctx.db, { enterpriseId: firm, dimension: '质量', noticeDate: '2026-01-05', status: 'closed-down', closedDate: '2026-08-01' });
  addCase(ctx.db, { enterpriseId: firm, dimension: '安全', noticeDate: null });
  const gone = addEnterprise(ctx, { name: '已删除企业', town: '城关镇', industry: '铸造' });
  addCase(ctx.db, { enterpriseId: gone, dimension: '能耗', noticeDate: '2026-06-01' });
  deleteEnterprises(ctx, [gone]);
  return ctx;
}

/** The card rule as it read the workbench's rows before the lean derivation. */
function rowsRule(ctx: ReturnType<typeof ledger>, asOf: string): CardRules {
  const { cases } = computeCaseDeadlines(ctx, asOf);
  const byCase = new Map(cases.map((c) => [c.row.id, c.row]));
  const worst = (enterpriseId: number) => enterpriseCard(cases.filter((c) => c.row.enterpriseId === enterpriseId).map((c) => c.row.card));
  return {
    deriveCard: (c) => {
      const card = byCase.get(c.caseId)?.card ?? null;
      return card === 'yellow' && worst(c.enterpriseId) === 'red' ? null : card;
    },
    caseDeadline: (c) => byCase.get(c.caseId)?.deadline ?? c.deadlineOverride,
    listsOf: (c) => byCase.get(c.caseId)?.lists ?? [],
  };
}

describe('card lists from the lean case derivation', () => {
  const ctx = ledger();

  it('gives each case the card, deadline and lists of its workbench row', () => {
    for (const day of ['2026-11-20', '2026-12-15']) {
      const rows = computeCaseDeadlines(ctx, day).cases.map((c) => c.row);
      expect(computeCaseCards(ctx, day).map((c) => [c.id, c.card, c.deadline, c.overdue, c.lists])).toEqual(rows.map((r) => [r.id, r.card, r.deadline, r.overdue, r.lists]));
    }
  });

  it('the 工作台’s 黄牌/红牌名单 list the same enterprises and cases as from the workbench rows', () => {
    for (const day of ['2026-11-20', '2026-12-15']) {
      const { cases } = computeCaseDeadlines(ctx, day);
      for (const list of PUBLIC_LISTS) expect(listCardEnterprises(ctx, list, day)).toEqual(cardEnterprises(cases, list));
    }
    const red = listCardEnterprises(ctx, 'red', '2026-11-20').map((e) => e.enterpriseName);
    expect(red).toContain('冠县两张牌铸造有限公司');
    expect(listCardEnterprises(ctx, 'yellow', '2026-11-20').map((e) => e.enterpriseName)).not.toContain('冠县两张牌铸造有限公司');
  });

  it('the exported 黄牌/红牌名单 hold the rows the workbench rows’ rule gives', () => {
    for (const colour of ['yellow', 'red'] as const) {
      const q = { colour, year: 2026, asOf: '2026-12-15' };
      expect(cardListRows(ctx.db, { ...q, ...ledgerCardRules(ctx, q.asOf) })).toEqual(cardListRows(ctx.db, { ...q, ...rowsRule(ctx, q.asOf) }));
    }
  });
});

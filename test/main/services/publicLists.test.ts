import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { registerCase, setCaseSerious, transitionCase, type TransitionRequest } from '../../../src/main/services/caseWorkflow';
import { cardEnterprises, computeCaseDeadlines } from '../../../src/main/services/deadlineList';
import { ledgerCardRules } from '../../../src/main/services/cardRules';
import { cardListRows, creditPushListRows, emissionListRows, overdueListRows } from '../../../src/main/db/repositories/reports';
import { saveObligation } from '../../../src/main/services/caseObligations';
import { PUBLIC_LISTS, type PublicList } from '../../../src/shared/rules/cards';
import { addLine } from '../../support/countyLedger';
import type { Dimension } from '../../../src/shared/domain/dimensions';
import { memoryContext } from '../../support/db';
import { createContext } from '../../../src/main/services/context';

type Step = [TransitionRequest['transition'], Omit<TransitionRequest, 'id' | 'transition'>];
/** The exit lists: 未按期退出企业名单 and the credit-push list built from it. */
const EXIT_LISTS = ['overdue', 'credit-push'] as const;
type AnyList = PublicList | (typeof EXIT_LISTS)[number];
/** A line of the firm: its plan year, planned date and exit date, if any. */
type Line = { planYear: number; plannedExitDate?: string; exitDate?: string };
const TODAY = '2023-11-01';
const notice = (date = '2023-04-01'): Step => ['issue-notice', { date }];
const approval = { authority: '某某县人民政府', number: '某政字〔2023〕9号', date: '2023-05-10' };

/**
 * One firm per case, every dimension at every point of its path, on 2023-11-01. The lists are the
 * plans' (鲁经信产〔2017〕481号 四（四）): 黄牌 不达标应限期整改 (overdue ones stay), 红牌
 * 经整改仍不达标、已依法关闭, 环保 on 超标排放企业名单 and, flagged 情节严重, its serious list.
 * A firm with a line past its exit deadline, not gone or gone late, is on the 未按期退出企业名单 and
 * the credit-push list ("对未按期完成落后产能退出的企业……纳入省级信用信息共享平台", 三、（八）).
 */
const LEDGER: [firm: string, dimension: Dimension | null, steps: Step[], serious: boolean, lists: AnyList[], line?: Line][] = [
  ['能耗·待下达通知', '能耗', [], false, []],
  ['能耗·期限内', '能耗', [notice('2023-06-01')], false, ['yellow'], { planYear: 2023 }],
  ['能耗·逾期未整改', '能耗', [notice()], false, ['yellow']],
  ['能耗·延期中', '能耗', [notice(), ['request-extension', { date: '2023-09-20', extension: { months: 3 } }], ['approve-extension', { date: '2023-09-25' }]], false, ['yellow']],
  ['能耗·复查不达标', '能耗', [notice(), ['reinspect-fail', { date: '2023-08-01' }]], false, ['yellow']],
  ['能耗·依法关停', '能耗', [notice(), ['reinspect-fail', { date: '2023-08-01' }], ['close-down', { date: '2023-10-09' }]], false, ['red', 'overdue', 'credit-push'], { planYear: 2023, plannedExitDate: '2023-06-30' }],
  ['能耗·达标销号', '能耗', [notice(), ['reinspect-pass', { date: '2023-08-01' }]], false, []],
  ['质量·停产整改', '质量', [notice('2023-06-01')], false, ['yellow']],
  ['质量·关停', '质量', [notice(), ['close-down', { date: '2023-10-09' }]], false, ['red']],
  ['安全·限期改正', '安全', [['issue-notice', { date: '2023-10-01', measure: '限期改正', period: { days: 60 } }]], false, ['yellow']],
  ['安全·整顿后关闭', '安全', [['issue-notice', { date: '2023-09-01', measure: '停产停业整顿', period: { months: 3 } }], ['reinspect-fail', { date: '2023-10-01' }], ['close-down', { date: '2023-10-02' }]], false, ['red']],
  ['技术·封存限时拆除', '技术', [['seal', { date: '2023-07-01', period: { until: '2023-12-31' } }]], false, ['yellow']],
  ['技术·已拆除待验收', '技术', [['dismantle', { date: '2023-07-01' }]], false, []],
  ['技术·验收销号', '技术', [['dismantle', { date: '2023-07-01' }], ['accept-pass', { date: '2023-08-01' }]], false, [], { planYear: 2023, plannedExitDate: '2023-09-30', exitDate: '2023-08-01' }],
  ['技术·关停取缔', '技术', [['close-down', { date: '2023-07-01' }]], false, ['red']],
  ['环保·限制生产', '环保', [['issue-notice', { date: '2023-09-01', measure: '限制生产', period: { months: 3 } }]], false, ['over-limit']],
  ['环保·逾期', '环保', [['issue-notice', { date: '2023-05-01', measure: '停产整治', period: { months: 2 } }]], false, ['over-limit']],
  ['环保·情节严重', '环保', [['issue-notice', { date: '2023-09-01', measure: '停产整治', period: { months: 3 } }]], true, ['over-limit', 'over-limit-serious']],
  ['环保·情节严重已关闭', '环保', [['issue-notice', { date: '2023-05-01', measure: '停产整治', period: { months: 3 } }], ['close-down', { date: '2023-05-12', approval }]], true, ['over-limit', 'over-limit-serious']],
  ['环保·达标', '环保', [['issue-notice', { date: '2023-05-01', measure: '限制生产', period: { months: 3 } }], ['reinspect-pass', { date: '2023-07-01' }]], true, []],
  ['无整改事项·逾期未退出', null, [], false, ['overdue', 'credit-push'], { planYear: 2022 }],
  ['无整改事项·按期退出', null, [], false, [], { planYear: 2022, exitDate: '2022-11-30' }],
];

function build() {
  const ctx = memoryContext(new Date('2023-04-01T02:00:00Z'));
  const ids = new Map<string, number>();
  // The credit push is recorded once the exit was missed: on 2023-10-20.
  const later = createContext(ctx.db, { dbPath: ':memory:', now: () => new Date('2023-10-20T02:00:00Z') });
  for (const [firm, dimension, steps, serious, , line] of LEDGER) {
    const enterpriseId = createEnterprise(ctx, { name: firm }).row.id;
    ids.set(firm, enterpriseId);
    if (line) addLine(ctx.db, { enterpriseId, name: '中频炉', ...line });
    if (!dimension) continue;
    const { id } = registerCase(ctx, { enterpriseId, dimension });
    // 情节严重 is flagged before any closure: it is what allows the 环保 closure at once.
    if (serious) setCaseSerious(ctx, id, true);
    for (const [transition, input] of steps) transitionCase(ctx, { id, transition, ...input });
    // The closed firm that left late has its credit push recorded; the list shows it, and keeps it.
    if (firm === '能耗·依法关停') saveObligation(later, { caseId: id, kind: 'credit-push', doneDate: '2023-10-20', authority: '信用山东' });
  }
  return { ctx, ids };
}

describe('each firm is on exactly the lists the plans put it on', () => {
  const { ctx } = build();
  const { cases } = computeCaseDeadlines(ctx, TODAY);
  const onList = new Map<AnyList, Set<string>>(PUBLIC_LISTS.map((l) => [l, new Set(cardEnterprises(cases, l).map((e) => e.enterpriseName))]));
  onList.set('overdue', new Set(overdueListRows(ctx.db, 2023, TODAY).map((r) => r.enterpriseName)));
  const creditPush = creditPushListRows(ctx.db, 2023, TODAY);
  onList.set('credit-push', new Set(creditPush.map((r) => r.enterpriseName)));

  it.each(LEDGER.map(([firm, dimension, , , lists]) => [firm, dimension, lists] as const))('%s (%s) → %j', (firm, _dimension, lists) => {
    expect([...PUBLIC_LISTS, ...EXIT_LISTS].filter((l) => onList.get(l)!.has(firm))).toEqual(lists);
  });

  it('shows on the credit-push list which firms were pushed (平台, 日期) and which are still to push', () => {
    expect(creditPush.map((r) => [r.enterpriseName, r.state, r.pushState, r.platform, r.pushedOn])).toEqual([
      ['能耗·依法关停', '逾期退出', '已推送', '信用山东', '2023-10-20'],
      ['无整改事项·逾期未退出', '逾期未退出', '待推送', null, null],
    ]);
    expect(overdueListRows(ctx.db, 2023, TODAY).map((r) => [r.enterpriseName, r.creditPush])).toEqual([
      ['能耗·依法关停', '已推送（信用山东 2023-10-20）'],
      ['无整改事项·逾期未退出', '待推送'],
    ]);
  });

  it('marks the overdue yellow cases 逾期未整改 and agrees with the exported lists', () => {
    const overdue = cardEnterprises(cases, 'yellow').filter((e) => e.cases.some((c) => c.overdue)).map((e) => e.enterpriseName);
    // A failed check does not end the period: once it has run out, the case is 逾期未整改 too.
    expect(overdue.sort()).toEqual(['能耗·复查不达标', '能耗·逾期未整改']);
    const rules = ledgerCardRules(ctx, TODAY);
    const names = (rows: { enterpriseName: string }[]) => rows.map((r) => r.enterpriseName).sort();
    expect(names(cardListRows(ctx.db, { colour: 'yellow', year: 2023, asOf: TODAY, ...rules }))).toEqual([...onList.get('yellow')!].sort());
    expect(names(cardListRows(ctx.db, { colour: 'red', year: 2023, asOf: TODAY, ...rules }))).toEqual([...onList.get('red')!].sort());
    expect(names(emissionListRows(ctx.db, { year: 2023, asOf: TODAY, seriousOnly: false, ...rules }))).toEqual([...onList.get('over-limit')!].sort());
    expect(names(emissionListRows(ctx.db, { year: 2023, asOf: TODAY, seriousOnly: true, ...rules }))).toEqual([...onList.get('over-limit-serious')!].sort());
  });
});

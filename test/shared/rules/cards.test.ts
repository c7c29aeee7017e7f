import { describe, expect, it } from 'vitest';
import { CARD_LABELS, caseListing, deriveCard, enterpriseCard } from '../../../src/shared/rules/cards';
import type { CaseStatus } from '../../../src/shared/rules/caseStates';

const energy = (status: CaseStatus, deadline: string | null = '2023-10-09') => ({ dimension: '能耗' as const, status, deadline });

describe('黄牌: “不达标应限期整改的企业名单(“黄牌”名单)” (鲁经信产〔2017〕481号 四（四）)', () => {
  it('gives a yellow card while a non-compliant case is neither compliant again nor closed', () => {
    for (const status of ['rectifying', 'extension-requested', 'extended', 'failed', 'sealed'] as const) {
      expect(deriveCard(energy(status), '2023-05-01')).toBe('yellow');
    }
  });

  it('keeps an overdue case on the yellow list, marked 逾期未整改: the plans set no cut-off at the deadline', () => {
    expect(caseListing(energy('rectifying'), '2023-10-09')).toEqual({ card: 'yellow', overdue: false, lists: ['yellow'] });
    expect(caseListing(energy('rectifying'), '2023-10-10')).toEqual({ card: 'yellow', overdue: true, lists: ['yellow'] });
    expect(caseListing({ dimension: '质量', status: 'extended', deadline: '2023-01-01' }, '2024-06-01').overdue).toBe(true);
  });

  it('gives no card before the notice, after a passed check, or to a dismantled or accepted line', () => {
    for (const status of ['registered', 'compliant', 'awaiting-acceptance', 'exited'] as const) {
      expect(caseListing(energy(status, null), '2023-10-08')).toEqual({ card: null, overdue: false, lists: [] });
    }
  });
});

describe('红牌: “经整改仍不达标、已依法关闭的企业名单(“红牌”名单)”', () => {
  it('gives a red card to a case closed by law, whatever the date', () => {
    expect(caseListing(energy('closed-down', null), '2030-01-01')).toEqual({ card: 'red', overdue: false, lists: ['red'] });
    expect(deriveCard({ dimension: '安全', status: 'closed-down', deadline: null }, '2023-10-08')).toBe('red');
  });
});

describe('环保: “省环保厅要定期公布超标排放企业名单，以及超标排放情节严重的企业名单”', () => {
  it('puts a 环保 case on the 超标排放企业名单 and on neither card list', () => {
    expect(caseListing({ dimension: '环保', status: 'rectifying', deadline: '2023-07-01' }, '2023-05-01')).toEqual({ card: null, overdue: false, lists: ['over-limit'] });
    expect(caseListing({ dimension: '环保', status: 'closed-down', deadline: null }, '2023-05-01').card).toBeNull();
  });

  it('adds the 超标排放情节严重企业名单 when the case is flagged 情节严重', () => {
    expect(caseListing({ dimension: '环保', status: 'failed', deadline: null, serious: true }, '2023-05-01').lists).toEqual(['over-limit', 'over-limit-serious']);
  });

  it('takes a 环保 case that is compliant again off both lists', () => {
    expect(caseListing({ dimension: '环保', status: 'compliant', deadline: null, serious: true }, '2023-05-01').lists).toEqual([]);
  });
});

describe('which dimensions card is the rule set’s data', () => {
  it('cards 能耗, 质量, 安全 and 技术 by default and only the dimensions a rule set names', () => {
    for (const dimension of ['能耗', '质量', '安全', '技术'] as const) expect(deriveCard({ dimension, status: 'rectifying', deadline: null }, '2023-01-01')).toBe('yellow');
    expect(deriveCard({ dimension: '安全', status: 'rectifying', deadline: null }, '2023-01-01', ['能耗', '质量'])).toBeNull();
  });
});

describe('enterpriseCard', () => {
  it('takes the worst card of an enterprise’s cases', () => {
    expect(enterpriseCard([null, 'yellow', null])).toBe('yellow');
    expect(enterpriseCard(['yellow', 'red', null])).toBe('red');
    expect(enterpriseCard([null, null])).toBeNull();
    expect(enterpriseCard([])).toBeNull();
  });

  it('labels cards as the seeds do', () => {
    expect(CARD_LABELS).toEqual({ yellow: '黄牌', red: '红牌' });
  });
});

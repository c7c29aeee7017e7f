import { describe, expect, it } from 'vitest';
import { CARD_LABELS, deriveCard, enterpriseCard } from '../../../src/shared/rules/cards';

describe('deriveCard', () => {
  it('gives a yellow card while the rectification period runs, up to and including the deadline', () => {
    expect(deriveCard({ status: 'rectifying', deadline: '2023-10-07' }, '2023-05-01')).toBe('yellow');
    expect(deriveCard({ status: 'rectifying', deadline: '2023-10-07' }, '2023-10-07')).toBe('yellow');
    expect(deriveCard({ status: 'extended', deadline: '2024-01-08' }, '2023-12-01')).toBe('yellow');
    expect(deriveCard({ status: 'extension-requested', deadline: '2023-10-07' }, '2023-09-21')).toBe('yellow');
    expect(deriveCard({ status: 'sealed', deadline: '2021-11-01' }, '2021-08-01')).toBe('yellow');
  });

  it('gives no card once the period has expired without a recorded closure', () => {
    expect(deriveCard({ status: 'rectifying', deadline: '2023-10-07' }, '2023-10-08')).toBeNull();
  });

  it('gives a red card to a case closed by law, whatever the date', () => {
    expect(deriveCard({ status: 'closed-down', deadline: null }, '2023-10-08')).toBe('red');
  });

  it('gives no card before the notice, after a passed check, or awaiting or past acceptance', () => {
    for (const status of ['registered', 'compliant', 'failed', 'awaiting-acceptance', 'exited'] as const) {
      expect(deriveCard({ status, deadline: null }, '2023-10-08')).toBeNull();
    }
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

import { describe, expect, it } from 'vitest';
import { awaitsPeriod, caseDeadline } from '../../../src/shared/rules/caseDeadline';
import { caseListing } from '../../../src/shared/rules/cards';
import { bundledCalendar } from '../../support/bundledCalendar';

const calendar = bundledCalendar();
const facts = { noticeDate: '2023-04-01', period: { months: 6 }, approvedExtension: null } as const;

describe('caseDeadline after a failed check', () => {
  it('“逾期未整改或经整改仍未达标的，依法关停退出” (鲁经信产〔2017〕481号 二、（一）): a failed case keeps its period’s deadline, so it becomes 逾期未整改', () => {
    const deadline = caseDeadline({ ...facts, status: 'failed' }, calendar)?.deadline ?? null;
    expect(deadline).toBe('2023-10-07');
    expect(caseListing({ dimension: '能耗', status: 'failed', deadline }, '2023-10-08')).toEqual({ card: 'yellow', overdue: true, lists: ['yellow'] });
    expect(caseListing({ dimension: '能耗', status: 'failed', deadline }, '2023-10-07').overdue).toBe(false);
  });

  it('has no deadline before the notice or once closed', () => {
    expect(caseDeadline({ ...facts, status: 'registered' }, calendar)).toBeNull();
    expect(caseDeadline({ ...facts, status: 'closed-down' }, calendar)).toBeNull();
  });
});

describe('待定期限', () => {
  const running = { status: 'rectifying', noticeDate: '2023-05-01', period: null, override: null } as const;
  it('“责令采取限制生产、停产整治等措施” (鲁经信产〔2017〕481号 二、（二）): a case whose order sets the period, none entered, awaits it', () => {
    expect(awaitsPeriod(running)).toBe(true);
    expect(awaitsPeriod({ ...running, status: 'sealed' })).toBe(true);
  });

  it('does not once the period or a deadline by hand is entered, before the notice, or once closed', () => {
    expect(awaitsPeriod({ ...running, period: { months: 3 } })).toBe(false);
    expect(awaitsPeriod({ ...running, override: '2023-08-01' })).toBe(false);
    expect(awaitsPeriod({ ...running, status: 'registered', noticeDate: null })).toBe(false);
    expect(awaitsPeriod({ ...running, status: 'compliant' })).toBe(false);
  });
});

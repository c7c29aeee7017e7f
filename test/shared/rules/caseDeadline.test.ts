import { describe, expect, it } from 'vitest';
import { caseDeadline } from '../../../src/shared/rules/caseDeadline';
import { caseListing } from '../../../src/shared/rules/cards';
import { bundledCalendar } from '../../helpers/bundledCalendar';

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

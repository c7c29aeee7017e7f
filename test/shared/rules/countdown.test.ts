import { describe, expect, it } from 'vitest';
import { bandLabel, byUrgency, countdown } from '../../../src/shared/rules/countdown';

describe('countdown', () => {
  it('counts calendar days to the deadline', () => {
    expect(countdown('2023-09-27', '2023-10-07')).toEqual({ days: 10, text: '剩余 10 天', band: 'soon' });
    expect(countdown('2023-10-07', '2023-10-07')).toEqual({ days: 0, text: '今日到期', band: 'soon' });
    expect(countdown('2023-10-10', '2023-10-07')).toEqual({ days: -3, text: '逾期 3 天', band: 'overdue' });
  });

  it('puts 15 days in the first band and 30 in the second, inclusive', () => {
    const band = (today: string) => countdown(today, '2024-03-31').band;
    expect(band('2024-03-16')).toBe('soon'); // 15 days
    expect(band('2024-03-15')).toBe('near'); // 16 days
    expect(band('2024-03-01')).toBe('near'); // 30 days
    expect(band('2024-02-29')).toBe('later'); // 31 days
  });

  it('takes the thresholds as parameters', () => {
    expect(countdown('2024-03-21', '2024-03-31', { soon: 7, near: 14 }).band).toBe('near');
    expect(countdown('2024-03-24', '2024-03-31', { soon: 7, near: 14 }).band).toBe('soon');
    expect(() => countdown('2024-03-24', '2024-03-31', { soon: 20, near: 10 })).toThrow(/提醒天数设置无效/);
  });

  it('names the bands after the thresholds', () => {
    expect(['overdue', 'soon', 'near', 'later'].map((b) => bandLabel(b as never))).toEqual(['已逾期', '15天内到期', '30天内到期', '30天以后']);
  });

  it('sorts the longest overdue first', () => {
    const list = [countdown('2024-03-01', '2024-03-20'), countdown('2024-03-01', '2024-02-01'), countdown('2024-03-01', '2024-02-25')];
    expect(list.sort(byUrgency).map((c) => c.text)).toEqual(['逾期 29 天', '逾期 5 天', '剩余 19 天']);
  });
});

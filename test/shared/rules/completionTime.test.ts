import { describe, expect, it } from 'vitest';
import { resolveCompletionTime } from '../../../src/shared/rules/milestones';

function resolved(text: string, year = 2022) {
  const r = resolveCompletionTime(text, year);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function error(text: string, year = 2022): string {
  const r = resolveCompletionTime(text, year);
  if (r.ok) throw new Error(`expected “${text}” to be refused`);
  return r.error.message;
}

describe('resolveCompletionTime', () => {
  it('reads the completion times of the seeds’ responsibility tables', () => {
    expect(resolved('全年')).toEqual({ date: '2022-12-31', normalizedText: '全年' });
    expect(resolved('4月底')).toEqual({ date: '2022-04-30', normalizedText: '4月底' });
    expect(resolved('12月底')).toEqual({ date: '2022-12-31', normalizedText: '12月底' });
    expect(resolved('10月30日前')).toEqual({ date: '2022-10-30', normalizedText: '10月30日' });
  });

  it('reads the annual calendar’s wordings', () => {
    expect(resolved('每年3月底前', 2017)).toEqual({ date: '2017-03-31', normalizedText: '3月底' });
    expect(resolved('次年1月底前', 2017)).toEqual({ date: '2018-01-31', normalizedText: '次年1月底' });
    expect(resolved('2023年1月')).toEqual({ date: '2023-01-31', normalizedText: '2023年1月' });
    expect(resolved('（2020年7月15日前）', 2024)).toEqual({ date: '2020-07-15', normalizedText: '2020年7月15日' });
    expect(resolved('上半年')).toEqual({ date: '2022-06-30', normalizedText: '上半年' });
    expect(resolved('11月底之前', 2020).date).toBe('2020-11-30');
  });

  it('reads a range as its last day and keeps its first', () => {
    expect(resolved('2020年7月16日—11月20日', 2024)).toEqual({
      date: '2020-11-20',
      startDate: '2020-07-16',
      normalizedText: '2020年7月16日至11月20日',
    });
    expect(resolved('7月16日至11月20日', 2020)).toEqual({ date: '2020-11-20', startDate: '2020-07-16', normalizedText: '7月16日至11月20日' });
    expect(resolved('7月—9月').startDate).toBe('2022-07-01');
  });

  it('knows month ends, leap years, 旬 and quarters', () => {
    expect(resolved('2月底', 2024).date).toBe('2024-02-29');
    expect(resolved('2月底', 2023).date).toBe('2023-02-28');
    expect(resolved('10月上旬').date).toBe('2022-10-10');
    expect(resolved('10月下旬').date).toBe('2022-10-31');
    expect(resolved('第三季度')).toEqual({ date: '2022-09-30', normalizedText: '第三季度' });
    expect(resolved('2022年底')).toEqual({ date: '2022-12-31', normalizedText: '2022年底' });
  });

  it('accepts full-width digits, spaces, Chinese numerals and plain dates', () => {
    expect(resolved('７ 月 １５ 日前')).toEqual({ date: '2022-07-15', normalizedText: '7月15日' });
    expect(resolved('十二月底')).toEqual({ date: '2022-12-31', normalizedText: '12月底' });
    expect(resolved('十月三十日前').date).toBe('2022-10-30');
    expect(resolved('2022-12-31')).toEqual({ date: '2022-12-31', normalizedText: '2022年12月31日' });
    expect(resolved('12月底前完成').date).toBe('2022-12-31');
  });

  it('says what is wrong and how to write it', () => {
    expect(error('')).toBe('完成时间不能为空');
    expect(error('长期坚持')).toBe('无法识别完成时间“长期坚持”。可写作：全年、4月底、10月30日前、次年1月底、2022年12月31日、7月16日至11月20日');
    expect(error('2月30日')).toBe('2022年2月没有30日');
    expect(error('13月底')).toMatch(/月份13无效/);
    expect(error('11月20日—7月16日')).toMatch(/结束日早于开始日/);
  });
});

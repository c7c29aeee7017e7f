import { describe, expect, it } from 'vitest';
import { parseHolidayLines } from '../../../src/shared/calendar/holidayText';

describe('a holiday notice typed line by line', () => {
  it('expands ranges and tells 调休上班日 from 放假日', () => {
    const r = parseHolidayLines('2027-01-01至2027-01-03 元旦\n2027年2月6日至2月8日 春节 放假\n\n2027-02-14 春节 上班');
    expect(r).toEqual({
      ok: true,
      days: [
        { kind: 'holiday', date: '2027-01-01', name: '元旦' },
        { kind: 'holiday', date: '2027-01-02', name: '元旦' },
        { kind: 'holiday', date: '2027-01-03', name: '元旦' },
        { kind: 'holiday', date: '2027-02-06', name: '春节' },
        { kind: 'holiday', date: '2027-02-07', name: '春节' },
        { kind: 'holiday', date: '2027-02-08', name: '春节' },
        { kind: 'workday', date: '2027-02-14', name: '春节' },
      ],
    });
  });

  it('names the line of each mistake', () => {
    const r = parseHolidayLines('2027-02-30 春节\n2027-02-15 春节 上班\n2027-01-01');
    expect(r).toEqual({
      ok: false,
      errors: ['第1行：“2027-02-30”不是有效日期', '第2行：2027-02-15 不是星期六或星期日，不能是调休上班日', '第3行：应写作“日期 节日名称”，如 2027-01-01 元旦'],
    });
  });
});

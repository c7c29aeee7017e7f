import { describe, expect, it } from 'vitest';
import { describeYearShift, planYearOf, shiftPlanYear } from '../../../src/shared/reports/planYear';

const task = (content: string, completionText: string, completionDate: string | null = null) => ({ content, completionText, completionDate });

describe('shiftPlanYear', () => {
  it('moves every date of the source year to the year adopted, and the year after to the year after', () => {
    const { tasks, shift } = shiftPlanYear(
      [
        task('各县（市、区）开展2022年度排查。', '2022年上半年'),
        task('市直联席会议有关部门组建工作组。', '2022年7月、12月', '2022-12-31'),
        task('市工业和信息化局将全市依法关闭退出的企业进行公示。', '2023年1月'),
      ],
      2022,
      2026,
    );
    expect(tasks[0]!.content).toBe('各县（市、区）开展2026年度排查。');
    expect(tasks.map((t) => [t.completionText, t.completionDate])).toEqual([
      ['2026年上半年', null],
      ['2026年7月、12月', '2026-12-31'],
      ['2027年1月', null],
    ]);
    expect(shift).toEqual({ from: 2022, to: 2026, moved: 5 });
    expect(describeYearShift(shift)).toBe('方案为2022年：其中的2022年日期已改为2026年、2023年改为2027年（共5处）；“次年”按2027年计算。');
  });

  it('keeps catalogue editions and document titles, which are not dates', () => {
    const { tasks, shift } = shiftPlanYear(
      [task('属于《河南省淘汰落后产能综合标准体系（2021年）》和《产业结构调整指导目录（2021年本）》的设备，2021年底前拆除。', '10月底前')],
      2021,
      2026,
    );
    expect(tasks[0]!.content).toBe('属于《河南省淘汰落后产能综合标准体系（2021年）》和《产业结构调整指导目录（2021年本）》的设备，2026年底前拆除。');
    expect(shift.moved).toBe(1);
  });

  it('changes nothing when adopted for its own year', () => {
    const input = [task('2017年', '次年1月底前')];
    expect(shiftPlanYear(input, 2017, 2017)).toEqual({ tasks: input, shift: { from: 2017, to: 2017, moved: 0 } });
    expect(describeYearShift({ from: 2017, to: 2017, moved: 0 })).toBe('');
  });
});

describe('planYearOf', () => {
  it('reads the year a title names', () => {
    expect(planYearOf('聊城市2022年利用综合标准依法依规推动落后产能退出重点工作与职责分工')).toBe(2022);
    expect(planYearOf('利用综合标准依法依规推动落后产能退出重点工作与职责分工')).toBeNull();
  });
});

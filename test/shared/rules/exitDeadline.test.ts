import { describe, expect, it } from 'vitest';
import { lineExitDeadline } from '../../../src/shared/rules/exitDeadline';

const henan = (year: number) => (year === 2021 ? { date: '2021-10-31', name: '完成年度依法依规关闭退出落后产能工作' } : null);
const xinzhou = (year: number) => (year === 2020 ? { date: '2020-11-20', name: '任务落实' } : null);
const none = () => null;

describe('exit deadlines from the year’s plan', () => {
  it('“10月底前，各地、各相关单位要完成本地、本部门2021年依法依规关闭退出落后产能工作” (豫淘汰落后办〔2021〕10号): a 2021 line with no date is due 2021-10-31', () => {
    expect(lineExitDeadline({ plannedExitDate: null, planYear: 2021 }, henan)).toEqual({ date: '2021-10-31', source: '年度时间节点“完成年度依法依规关闭退出落后产能工作”' });
  });

  it('“任务落实（2020年7月16日—11月20日）” (忻州市2020年度工作方案): a 2020 line with no date is due 2020-11-20', () => {
    expect(lineExitDeadline({ plannedExitDate: null, planYear: 2020 }, xinzhou)?.date).toBe('2020-11-20');
  });

  it('falls back to 12月31日 of the plan year when the year’s plan sets no completion milestone, and keeps a line’s own date', () => {
    expect(lineExitDeadline({ plannedExitDate: null, planYear: 2023 }, none)).toEqual({ date: '2023-12-31', source: '计划退出年度2023年12月31日' });
    expect(lineExitDeadline({ plannedExitDate: '2021-08-15', planYear: 2021 }, henan)?.date).toBe('2021-08-15');
    expect(lineExitDeadline({ plannedExitDate: null, planYear: null }, henan)).toBeNull();
  });

  it('does not move the plan’s date off a rest day: 2021-10-31 was a Sunday and stays the deadline', () => {
    expect(lineExitDeadline({ plannedExitDate: null, planYear: 2021 }, henan)?.date).toBe('2021-10-31');
  });
});

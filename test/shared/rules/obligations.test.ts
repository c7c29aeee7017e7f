import { describe, expect, it } from 'vitest';
import { applicableObligations, dismantleBy, missingFields, obligationLabel, type ObligationFacts } from '../../../src/shared/rules/obligations';

const lines = [
  { lineId: 1, name: '中频炉', exitMethod: '关停整个企业' },
  { lineId: 2, name: '冲天炉', exitMethod: '拆除' },
];
const kinds = (f: Partial<ObligationFacts>) => applicableObligations({ dimension: '能耗', status: 'closed-down', missedExit: false, lines, ...f }).map((o) => (o.lineId ? `${o.kind}#${o.lineId}` : o.kind));
const henan = (year: number) => (year === 2021 ? { date: '2021-10-31', name: '主体设备淘汰拆除完毕' } : null);

describe('the steps after a closure', () => {
  it('“应立即断水、断电，拆除动力装置，封存主体设备（生产线），企业向社会公开承诺不再恢复生产，同时在省级人民政府或省级主管部门网站公告” (鲁经信产〔2017〕481号 二、（五）): owed for each line not dismantled', () => {
    expect(kinds({})).toEqual(['pledge', 'seal-line#1', 'website-notice', 'government-approval', 'licence', 'power-price']);
    expect(kinds({ status: 'sealed', dimension: '技术' })).toEqual(['pledge', 'seal-line#1', 'website-notice', 'power-price']);
  });

  it('“报有批准权的人民政府依法关停退出”, “注销生产许可证” / “吊销其相关证照”: every closure, in the words of its law', () => {
    expect(kinds({ dimension: '质量' })).toContain('licence');
    expect(obligationLabel('licence', '质量')).toBe('注销生产许可证');
    expect(obligationLabel('licence', '安全')).toBe('吊销相关证照');
  });

  it('“对能耗、电耗达不到强制性标准的产能，以及属于…淘汰类的产能，执行差别电价、阶梯电价、惩罚性电价” (鲁经信产〔2017〕481号 三、（三）): 能耗 and 技术 only', () => {
    expect(kinds({ dimension: '质量' })).not.toContain('power-price');
    expect(kinds({ dimension: '安全' })).not.toContain('power-price');
  });

  it('“对未按期完成落后产能退出的企业，由相关部门将有关信息纳入省级信用信息共享平台” (鲁经信产〔2017〕481号 三、（八）): owed by a firm that missed its exit, whatever the case’s state', () => {
    expect(kinds({ missedExit: true })).toContain('credit-push');
    expect(kinds({ status: 'rectifying', missedExit: true })).toEqual(['credit-push']);
    expect(kinds({ status: 'rectifying' })).toEqual([]);
  });

  it('owes nothing for a case still running or compliant again', () => {
    expect(kinds({ status: 'compliant' })).toEqual([]);
    expect(kinds({ status: 'failed' })).toEqual([]);
  });
});

describe('限时拆除', () => {
  it('“要于10月底前将主体设备淘汰拆除完毕，使其不能恢复生产” (豫淘汰落后办〔2021〕10号 二、（一）): a sealed line with no date of its own is due by the year’s milestone', () => {
    expect(dismantleBy({ orderedUntil: null, plannedExitDate: null, planYear: 2021, closedYear: 2021 }, henan)).toEqual({ date: '2021-10-31', source: '年度时间节点“主体设备淘汰拆除完毕”' });
  });

  it('takes the sealing order’s date first, then the line’s planned date, then 12月31日 of the closure year', () => {
    expect(dismantleBy({ orderedUntil: '2021-09-30', plannedExitDate: '2021-08-01', planYear: 2021, closedYear: 2021 }, henan).date).toBe('2021-09-30');
    expect(dismantleBy({ orderedUntil: null, plannedExitDate: '2021-08-01', planYear: 2021, closedYear: 2021 }, henan).date).toBe('2021-08-01');
    expect(dismantleBy({ orderedUntil: null, plannedExitDate: null, planYear: null, closedYear: 2023 }, henan).date).toBe('2023-12-31');
  });
});

describe('what a step needs before it counts as done', () => {
  const empty = { doneDate: '2023-10-10', document: null, authority: null, detail: null };
  it('names the fields the form lacks', () => {
    expect(missingFields('government-approval', empty)).toEqual(['批准机关', '批准文号']);
    expect(missingFields('credit-push', empty)).toEqual(['信用平台']);
    expect(missingFields('power-price', { ...empty, detail: '阶梯电价' })).toEqual(['电价（差别电价或惩罚性电价）']);
    expect(missingFields('power-price', { ...empty, detail: '惩罚性电价' })).toEqual([]);
    expect(missingFields('pledge', empty)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { reportingRound } from '../../../src/shared/countyPackage/reportingRound';
import { sharedCodesAcross } from '../../../src/shared/countyPackage/sharedCodes';

const DATES = [
  { name: '上报年度总结', date: '2026-12-31' },
  { name: '上报上半年退出情况', date: '2026-06-30' },
  { name: '上报摸排情况（一季度）', date: '2026-03-31' },
];

describe('the current reporting round (时间节点 of kind 上报上级)', () => {
  it('opens the day after the last reporting date before today and ends on the next one', () => {
    expect(reportingRound(DATES, '2026-12-06')).toEqual({ since: '2026-07-01', due: { name: '上报年度总结', date: '2026-12-31' } });
  });

  it('counts the reporting day itself in the round that ends on it', () => {
    expect(reportingRound(DATES, '2026-06-30')).toEqual({ since: '2026-04-01', due: { name: '上报上半年退出情况', date: '2026-06-30' } });
  });

  it('has no start before the first reporting date, and no due date after the last', () => {
    expect(reportingRound(DATES, '2026-01-15').since).toBeNull();
    expect(reportingRound(DATES, '2027-01-05')).toEqual({ since: '2027-01-01', due: null });
    expect(reportingRound([], '2026-05-01')).toEqual({ since: null, due: null });
  });
});

describe('credit codes two counties would hold after a roll-up', () => {
  it('flags each side once, codes compared without case or spaces, empty codes never', () => {
    const byCounty = new Map([
      ['冠县', [{ name: '鲁西铸造有限公司', uscc: '91330100MA27XL1X4F' }, { name: '冠县宏达铸造', uscc: null }]],
      ['莘县', [{ name: '莘县鲁西铸造分厂', uscc: ' 91330100ma27xl1x4f ' }, { name: '莘县无码厂', uscc: '' }]],
      ['阳谷县', [{ name: '阳谷县景阳铸造厂', uscc: '913715217874563218' }]],
    ]);
    expect(sharedCodesAcross(byCounty)).toEqual([
      { county: '冠县', name: '鲁西铸造有限公司', uscc: '91330100MA27XL1X4F', otherCounties: ['莘县'] },
      { county: '莘县', name: '莘县鲁西铸造分厂', uscc: '91330100MA27XL1X4F', otherCounties: ['冠县'] },
    ]);
  });
});

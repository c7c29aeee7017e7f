import { describe, expect, it } from 'vitest';
import { canonicalUnit, sameUnit } from '../../../src/shared/domain/units';
import { CapacityLinePatch } from '../../../src/shared/entities/capacityLine';

describe('the unit vocabulary', () => {
  it.each([
    ['万吨/年', '万吨'],
    ['万吨', '万吨'],
    ['万条/年', '万条'],
    ['万重量箱/年', '万重量箱'],
    ['万t', '万吨'],
    ['万t/a', '万吨'],
    ['t/d', '吨/日'],
    ['吨/天', '吨/日'],
    ['（万吨／年）', '万吨'],
    ['万kVAh', '万千伏安时'],
    [' 台 ', '台'],
    ['万立方米', '万立方米'],
  ] as const)('%s is stored as %s', (written, canonical) => {
    expect(canonicalUnit(written)).toBe(canonical);
  });

  it('takes an annual unit and the same unit without 「/年」 as one, and 万吨 against 万条/年 as two', () => {
    expect(sameUnit('万吨', '万吨/年')).toBe(true);
    expect(sameUnit('万t', '万吨/年')).toBe(true);
    expect(sameUnit('t/d', '吨/日')).toBe(true);
    expect(sameUnit('万吨', '万条/年')).toBe(false);
    expect(sameUnit('吨/日', '万吨')).toBe(false);
  });

  it('is what the line schema stores, for the grid and the import alike', () => {
    expect(CapacityLinePatch.parse({ capacityUnit: '万吨/年', quantityUnit: '台' })).toEqual({ capacityUnit: '万吨', quantityUnit: '台' });
  });
});

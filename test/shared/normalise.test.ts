import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/shared/normalise/date';

describe('normaliseDate', () => {
  it.each([
    ['2022年7月1日', '2022-07-01'],
    ['2022.7.1', '2022-07-01'],
    ['2022/7/1', '2022-07-01'],
    ['2022-07-01', '2022-07-01'],
    ['２０２２年７月１日', '2022-07-01'],
    ['20220701', '2022-07-01'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it('reads Excel serial numbers (44743 is 2022-07-01)', () => {
    expect(normaliseDate(44743)).toBe('2022-07-01');
    expect(normaliseDate('44743')).toBe('2022-07-01');
  });

  it('refuses dates that do not exist', () => {
    expect(normaliseDate('2023-02-29')).toBeNull();
    expect(normaliseDate('2022年13月1日')).toBeNull();
    expect(normaliseDate('明年')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { periodBasis } from '../../../src/shared/rules/periodBasis';

describe('legal basis of a period by the date it began', () => {
  it('“期限按民法总则第二百条至第二百零四条计算” for a period that began before 2021-01-01', () => {
    expect(periodBasis('2020-12-31')).toMatchObject({ law: '民法总则', citation: '《中华人民共和国民法总则》第二百条至第二百零四条' });
    expect(periodBasis('2020-07-16').sentence).toBe('期限自2020年7月16日起算，早于民法典施行日2021年1月1日，按《中华人民共和国民法总则》第二百条至第二百零四条计算。');
  });

  it('“民法典第二百零一条至第二百零四条” for a period that began on or after 2021-01-01', () => {
    expect(periodBasis('2021-01-01')).toMatchObject({ law: '民法典', citation: '《中华人民共和国民法典》第二百零一条至第二百零四条' });
    expect(periodBasis('2023-04-01').sentence).toBe('期限自2023年4月1日起算，按《中华人民共和国民法典》第二百零一条至第二百零四条计算。');
  });
});

import { formatChineseDate, type IsoDate } from '../domain/dates';

/**
 * Which civil-law period rules a deadline is counted by. The 民法典 took effect on 2021-01-01 and
 * repealed the 民法总则; a period that began before then is counted by the 民法总则 第二百条至第二百
 * 零四条, a later one by the 民法典 第二百零一条至第二百零四条 (same content, renumbered). The
 * period begins on the day of the notice (or of the later order it counts from).
 */
export const CIVIL_CODE_EFFECTIVE: IsoDate = '2021-01-01';

export interface PeriodBasis {
  readonly law: '民法总则' | '民法典';
  /** 《中华人民共和国民法典》第二百零一条至第二百零四条 */
  readonly citation: string;
  /** The sentence the explanation shows. */
  readonly sentence: string;
}

export function periodBasis(periodStart: IsoDate): PeriodBasis {
  const start = formatChineseDate(periodStart);
  if (periodStart < CIVIL_CODE_EFFECTIVE) {
    const citation = '《中华人民共和国民法总则》第二百条至第二百零四条';
    return { law: '民法总则', citation, sentence: `期限自${start}起算，早于民法典施行日2021年1月1日，按${citation}计算。` };
  }
  const citation = '《中华人民共和国民法典》第二百零一条至第二百零四条';
  return { law: '民法典', citation, sentence: `期限自${start}起算，按${citation}计算。` };
}

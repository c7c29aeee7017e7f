import { z } from './zod';
import { isIsoDate } from '../domain/dates';
import { MonthsOrDaysSchema } from '../rules/ruleSet';

export const IsoDateSchema = z.string().refine(isIsoDate, { error: '应为有效日期，格式 2022-07-01' });

/** A period as an order states it: months, days, or until a named date (限时拆除至10月31日). */
export const PeriodSchema = z.union([MonthsOrDaysSchema, z.strictObject({ until: IsoDateSchema })], {
  error: '期限应写作 {"months": 月数}、{"days": 天数} 或 {"until": "2022-10-31"}',
});

export { MonthsOrDaysSchema };

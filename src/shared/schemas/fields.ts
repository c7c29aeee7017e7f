import { z } from './zod';
import { readWrittenDate } from '../normalise/writtenDate';
import { isIsoDate } from '../domain/dates';
import { cleanText, keptText } from '../normalise/text';
import { checkCreditCode } from '../creditCode';
import { canonicalUnit } from '../domain/units';

/** '' and white space mean "no value": stored as NULL, shown as an empty cell. */
function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return value;
}

export function optionalText(max = 200) {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? keptText(b) : typeof b === 'number' ? String(b) : b;
    },
    z.string().max(max, { error: `不能超过${max}个字` }).nullable(),
  );
}

/** Long free text (notes, descriptions): line breaks are kept. */
export function optionalLongText(max = 4000) {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? b.trim() : b;
    },
    z.string().max(max, { error: `不能超过${max}个字` }).nullable(),
  );
}

export function requiredText(max = 200) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? keptText(v) : v),
    z.string({ error: '不能为空' }).min(1, { error: '不能为空' }).max(max, { error: `不能超过${max}个字` }),
  );
}

/** A number a user typed: full-width digits and thousands separators accepted; ≥ 0. */
export function optionalAmount() {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      if (typeof b !== 'string') return b;
      const t = cleanText(b).replace(/[,，]/g, '');
      return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : b;
    },
    z.number({ error: '应为数字' }).min(0, { error: '不能为负数' }).max(1e12, { error: '数值过大' }).nullable(),
  );
}

/**
 * The dates a ledger can hold: none before the People's Republic, none past 2100. 0000-01-01,
 * 1899-12-30 (Excel's day 0) and 9999-12-31 are placeholders or typing slips, never real dates.
 */
export const PLAUSIBLE_DATES = { from: '1949-10-01', to: '2100-12-31' } as const;

export function isPlausibleDate(iso: string): boolean {
  return iso >= PLAUSIBLE_DATES.from && iso <= PLAUSIBLE_DATES.to;
}

/** The date forms a message offers (the grid's and the import's). */
export const DATE_FORMS = '可写作 2022-07-01、2022年7月1日、2022.12、2022年10月底前、2022年年底前、2022年三季度末';

export function optionalDate() {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      // A limit that names its year (2022年10月底前, 2022.12) is a date here; one without a year
      // (10月底前) is read by the caller that knows which year the row is about.
      if (typeof b === 'string' || typeof b === 'number') return readWrittenDate(b, null)?.date ?? b;
      return b;
    },
    z
      .string({ error: `应为日期，${DATE_FORMS}` })
      // isIsoDate, not just the pattern: 2024-02-30 has the shape of a date but is none.
      .refine(isIsoDate, { error: `不是有效日期，${DATE_FORMS}` })
      .refine(isPlausibleDate, { error: (i) => `日期 ${String(i.input)} 不在 ${PLAUSIBLE_DATES.from} 至 ${PLAUSIBLE_DATES.to} 之间，请核对年份` })
      .nullable(),
  );
}

/** A unit as the unit vocabulary writes it: 万吨/年 and 万t are stored as 万吨, t/d as 吨/日. */
export function optionalUnit(max = 20) {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? canonicalUnit(b) : b;
    },
    z.string().max(max, { error: `不能超过${max}个字` }).nullable(),
  );
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? cleanText(b) : b;
    },
    z.enum(values, { error: `只能是：${values.join('、')}` }).nullable(),
  );
}

/**
 * A credit code: normalised (case, spaces, full width) and rejected only when malformed. The
 * check-digit warning is computed by the service, which can pass it back beside the saved row.
 */
export function optionalCreditCode() {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? checkCreditCode(b).code : b;
    },
    z
      .string()
      .nullable()
      .superRefine((code, ctx) => {
        if (code === null) return;
        const check = checkCreditCode(code);
        if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error });
      }),
  );
}

export const entityId = z.number().int().positive();

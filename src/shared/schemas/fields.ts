import { z } from './zod';
import { normaliseDate } from '../normalise/date';
import { isIsoDate } from '../domain/dates';
import { cleanText } from '../normalise/text';
import { checkCreditCode } from '../creditCode';

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
      return typeof b === 'string' ? cleanText(b) : typeof b === 'number' ? String(b) : b;
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
    (v) => (typeof v === 'string' ? cleanText(v) : v),
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

export function optionalDate() {
  return z.preprocess(
    (v) => {
      const b = blankToNull(v);
      if (typeof b === 'string' || typeof b === 'number') return normaliseDate(b) ?? b;
      return b;
    },
    z
      .string({ error: '应为日期，如 2022-07-01 或 2022年7月1日' })
      // isIsoDate, not just the pattern: 2024-02-30 has the shape of a date but is none.
      .refine(isIsoDate, { error: '不是有效日期，请按 2022-07-01 或 2022年7月1日 填写' })
      .nullable(),
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

/**
 * Text of a work plan or a calendar as the document writes it: an official document's full-width
 * brackets and punctuation are kept (县（市）), only the ends trimmed and runs of spaces folded.
 */
export function planText(max: number) {
  return z.preprocess(
    (v) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
      return typeof v === 'string' ? v.replace(/[ \t\u3000]+/g, ' ').trim() : typeof v === 'number' ? String(v) : v;
    },
    z.string().max(max, { error: `不能超过${max}个字` }).nullable(),
  );
}

export const entityId = z.number().int().positive();

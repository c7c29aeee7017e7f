import { toHalfWidth } from '../../../shared/normalise/text';
import { sameUnit } from '../../../shared/domain/units';

/**
 * "50万吨", "1.5 亿米", "2台": a number followed by its unit, as bureau sheets write them in one
 * cell. Returns the two parts, or null when the text is not of that shape (the service then
 * judges the text as a number and says why it is not one).
 */
export function splitAmount(input: unknown): { amount: string; unit: string } | null {
  if (typeof input !== 'string') return null;
  const m = /^\s*(-?[\d,，]+(?:\.\d+)?)\s*([^\d\s.,，][^\d]*?)\s*$/.exec(toHalfWidth(input));
  if (!m) return null;
  return { amount: m[1]!.replace(/[,，]/g, ''), unit: m[2]! };
}

/** The patch one typed cell of an amount column means: the number, and its unit if one came with it. */
export function amountPatch(field: string, unitField: string) {
  return (value: unknown, row?: Readonly<Record<string, unknown>>): Record<string, unknown> => {
    const split = splitAmount(value);
    if (!split) return { [field]: value };
    const rowUnit = row?.[unitField];
    // A unit that contradicts the row's goes to the service as written, beside the row's unit,
    // so that the refusal names both (万吨 against 万条/年); 万吨 against 万吨/年 is no conflict.
    if (typeof rowUnit === 'string' && rowUnit.trim() !== '' && !sameUnit(rowUnit, split.unit)) return { [field]: value, [unitField]: rowUnit };
    return { [field]: split.amount, [unitField]: split.unit };
  };
}

/** 12.5 万吨 → 12.5; up to four decimals, no thousands separator (Excel shows none either). */
export function formatAmount(value: unknown): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '' : String(value);
  return String(Math.round(value * 10_000) / 10_000);
}

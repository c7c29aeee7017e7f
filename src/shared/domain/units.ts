import { toHalfWidth } from '../normalise/text';

/**
 * Capacity and quantity units as county sheets write them, and the one form the ledger stores.
 * The canonical forms are those of 设置's default unit lists (万吨, 万重量箱, 吨/日, 万条…): a
 * capacity is an annual figure unless it says per day, so 万吨 and 万吨/年 are one unit and
 * totals per unit must not split them. Letters are the metric symbols offices type (万t, t/d).
 */
const SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/kvah$/i, '千伏安时'],
  [/kva·?h$/i, '千伏安时'],
  [/kw$/i, '千瓦'],
  [/^(.*?)t$/i, '$1吨'],
  [/^(.*?)m$/i, '$1米'],
];

const PER: readonly (readonly [RegExp, string])[] = [
  [/(?:\/|每|／)(?:年|a)$/i, ''],
  [/(?:\/|每|／)(?:日|天|d)$/i, '/日'],
  [/(?:\/|每|／)(?:小时|时|h)$/i, '/时'],
];

/** 万吨/年 → 万吨; 万t → 万吨; t/d → 吨/日; 吨/天 → 吨/日; an unknown unit comes back trimmed, as written. */
export function canonicalUnit(text: string): string {
  const written = text.trim();
  let s = toHalfWidth(written).replace(/\s+/g, '').replace(/^[(（]|[)）]$/g, '');
  if (s === '') return '';
  let per = '';
  for (const [re, to] of PER) {
    if (re.test(s)) {
      per = to;
      s = s.replace(re, '');
      break;
    }
  }
  for (const [re, to] of SYMBOLS) {
    if (re.test(s)) {
      s = s.replace(re, to);
      break;
    }
  }
  return `${s}${per}`;
}

/** Whether two written units mean the same thing (万吨 and 万吨/年 do; 万吨 and 万条/年 do not). */
export function sameUnit(a: string, b: string): boolean {
  return canonicalUnit(a) === canonicalUnit(b);
}

import { toHalfWidth } from '../../../shared/normalise/text';

/**
 * The search box: names, their pinyin initials (xdzz finds 鑫达铸造) and codes. pinyin-pro and
 * its dictionary are a large part of the bundle, so they load on first need, not at start-up:
 * callers await `loadPinyin()` before building keys.
 */
type PinyinFn = (text: string, options: { pattern: 'first'; toneType: 'none'; type: 'array' }) => string[];

let pinyin: PinyinFn | null = null;
let loading: Promise<void> | null = null;
const initialsCache = new Map<string, string>();

export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((m) => {
    pinyin = m.pinyin as unknown as PinyinFn;
  });
  return loading;
}

export const pinyinReady = (): boolean => pinyin !== null;

/** 鑫达铸造有限公司 → xdzzyxgs. Memoised: a ledger repeats the same names many times. */
export function pinyinInitials(text: string): string {
  if (!pinyin) throw new Error('pinyin-pro 尚未加载：先 await loadPinyin()');
  let v = initialsCache.get(text);
  if (v === undefined) {
    v = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
    initialsCache.set(text, v);
  }
  return v;
}

/**
 * What the search box matches a row against: each name as written, its pinyin initials, and
 * codes; lower case, joined by a separator no query contains.
 */
export function searchKey(names: readonly (string | null | undefined)[], codes: readonly (string | null | undefined)[] = []): string {
  const parts: string[] = [];
  // Half-width for matching only: 「（集团）」 is stored as written and found by 「(集团)」.
  for (const n of names) if (n) parts.push(toHalfWidth(n).toLowerCase(), pinyinInitials(n));
  for (const c of codes) if (c) parts.push(toHalfWidth(c).toLowerCase());
  return parts.join('\u0001');
}

/** Words of the query: every one must be found (鑫达 铸造, or xdzz). */
export function queryWords(query: string): string[] {
  return toHalfWidth(query).toLowerCase().split(/\s+/).filter(Boolean);
}

export function matches(key: string, words: readonly string[]): boolean {
  for (const w of words) if (!key.includes(w)) return false;
  return true;
}

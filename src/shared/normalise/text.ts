/** Full-width ASCII (Ａ１，) to half-width and the ideographic space to a plain one. */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/**
 * A stored text as the user wrote it: full-width brackets and letters kept (「（二号）」,
 * 「（集团）」), only the ends trimmed and runs of white space folded to one space.
 */
export function keptText(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => (KEPT_FULL_WIDTH.has(c) ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Chinese punctuation, written full-width on purpose; full-width digits and letters (０５３１) are folded. */
const KEPT_FULL_WIDTH = new Set('（），：；！？'.split(''));

/**
 * The form two texts are compared in (matching, duplicates, search) but never stored in:
 * half-width, no white space, lower case — 「甲公司（二号）」 and 「甲公司(二号)」 are one name.
 */
export function matchKey(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '').toLowerCase();
}

/** Trimmed, half-width, inner runs of white space folded; '' stays ''. */
export function cleanText(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, ' ').trim();
}

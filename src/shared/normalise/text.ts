/** Full-width ASCII (Ａ１，) to half-width and the ideographic space to a plain one. */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Trimmed, half-width, inner runs of white space folded; '' stays ''. */
export function cleanText(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, ' ').trim();
}

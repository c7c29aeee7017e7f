/**
 * The one file-name sanitiser, for every name a user or a file supplies (exports, charts,
 * evidence copies, backups to a chosen place, template outputs). A name from a spreadsheet or an
 * attachment can carry what Windows refuses or what misleads the eye:
 *   - control characters (U+0000–U+001F, U+007F) are dropped: a NUL ends the path in native code;
 *   - bidi controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are dropped: a right-to-left
 *     override makes 「‮gnp.exe.png」 read as an .exe;
 *   - \ / : * ? " < > | are replaced by _;
 *   - a reserved device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension)
 *     gets a _ in front, and trailing dots and spaces (which Windows strips) are removed;
 *   - the length is capped at 120 characters, keeping the extension.
 */
export const FILE_NAME_MAX = 120;

const DROPPED = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const FORBIDDEN = /[\\/:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

export function safeFileName(name: string, fallback = '未命名'): string {
  let s = name.replace(DROPPED, '').replace(FORBIDDEN, '_').trim().replace(/[. ]+$/, '');
  if (s === '') s = fallback;
  const dot = s.indexOf('.');
  const stem = (dot < 0 ? s : s.slice(0, dot)).trimEnd();
  if (RESERVED.test(stem)) s = `_${s}`;
  return capLength(s);
}

function capLength(s: string): string {
  const chars = Array.from(s);
  if (chars.length <= FILE_NAME_MAX) return s;
  const dot = s.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(s.slice(dot)) : [];
  const keep = ext.length > 0 && ext.length <= 16 ? ext : [];
  return (chars.slice(0, FILE_NAME_MAX - keep.length).join('').replace(/[. ]+$/, '') + keep.join(''));
}

import iconv from 'iconv-lite';
import { columnLetter, type Cell, type SheetData } from '../../shared/import/types';
import { LIMITS, MESSAGES, cellTooLong, checkSheetArea, fail } from './limits';

/**
 * CSV as Chinese Windows saves it: GB18030/GBK by default ("CSV (逗号分隔)"), UTF-8 with a BOM
 * ("CSV UTF-8"), UTF-8 without one (WPS, scripts), or UTF-16 ("Unicode 文本", tab-separated).
 * The choice between UTF-8 and GB18030 is made by strict UTF-8 validity: GBK text is almost
 * never valid UTF-8, while UTF-8 text decoded as GBK would silently become mojibake.
 */
export function decodeCsv(buf: Uint8Array, fileName: string): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(buf)) fail(MESSAGES.notSpreadsheet(fileName));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    const other = otherEncoding(buf);
    if (other && !readsBetterAsGb18030(buf, other.codec)) fail(MESSAGES.unreadableEncoding(fileName, other.label));
    return { text: iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}

/**
 * Whether bytes that are not UTF-8 are not GB18030 either, and which encoding they look like.
 * Every byte pair decodes as GBK, so Big5 or Shift-JIS would become a table of wrong characters
 * and 「还没有对应任何字段」. Simplified Chinese text in GBK keeps almost all its characters in
 * the GB2312 area (both bytes 0xA1–0xFE); Big5 puts many second bytes in 0x40–0x7E, Shift-JIS
 * its kana and kanji behind first bytes 0x81–0x9F, and Latin-1 a lone high byte among ASCII.
 */
function otherEncoding(buf: Uint8Array): { label: string; codec: string } | null {
  let pairs = 0;
  let gb2312 = 0;
  let lone = 0;
  let sjisLead = 0;
  let lowTrail = 0;
  let highTrail = 0;
  const end = Math.min(buf.length, 65_536);
  for (let i = 0; i < end; i++) {
    const b = buf[i]!;
    if (b < 0x80) continue;
    const t = buf[i + 1] ?? 0;
    if (t < 0x40 || b === 0x80 || b === 0xff) {
      // Not the start of a GBK pair: a single high byte (Latin-1 é), or a GB18030 four-byte form.
      if (!(t >= 0x30 && t <= 0x39)) lone++;
      else i += 3;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    if (b >= 0x81 && b <= 0x9f) sjisLead++;
    if (t >= 0x40 && t <= 0x7e) lowTrail++;
    if (t >= 0x80) highTrail++;
    i++;
  }
  const highs = pairs + lone;
  if (highs < 4 || gb2312 >= 0.7 * pairs && lone <= 0.2 * highs) return null;
  // Latin-1's accented letters stand alone among ASCII: hardly ever two high bytes in a row.
  if (highTrail < 0.2 * highs) return { label: 'Latin-1（西文）', codec: 'latin1' };
  if (sjisLead > 0.3 * pairs) return { label: 'Shift-JIS（日文）', codec: 'shift_jis' };
  if (lowTrail > 0.1 * pairs) return { label: 'Big5（繁体中文）', codec: 'big5' };
  return null;
}

/**
 * GBK text written all in traditional characters (華通、鑄造) lies outside GB2312 with the second
 * bytes Big5 uses, and behind Shift-JIS's first bytes: the byte counts above take it for one of
 * them. Decoded as that encoding it earns replacement characters (first bytes 0x81–0xA0, second
 * bytes 0x80–0xA0 are no Big5 pair), while real Big5 or Shift-JIS text decodes whole both ways:
 * the encoding named must read the start of the file with no more replacements than GB18030 does.
 */
function readsBetterAsGb18030(buf: Uint8Array, codec: string): boolean {
  const sample = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 65_536));
  const replaced = (text: string): number => {
    let n = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
    return n;
  };
  return replaced(iconv.decode(sample, 'gb18030')) < replaced(iconv.decode(sample, codec));
}

const BINARY_MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

/**
 * A binary file, or UTF-16 without its BOM: zero bytes all through. A few zero bytes in text are a
 * NUL character inside a cell (copied from another system), which parseCsv reports at its cell.
 */
function looksBinary(buf: Uint8Array): boolean {
  if (BINARY_MAGIC.some((m) => m.every((b, i) => buf[i] === b))) return true;
  const end = Math.min(buf.length, 65_536);
  let zeros = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0) zeros++;
  return zeros > 0 && (zeros > 16 || zeros * 100 > end);
}

function detectDelimiter(text: string): string {
  const firstLines = text.slice(0, 8192);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < firstLines.length; i++) {
      const ch = firstLines[i];
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** ="0123" is how Excel users keep leading zeros in a CSV: the text inside is the value. */
function cellOf(raw: string): Cell {
  if (raw === '') return null;
  if (raw.length > 3 && raw.startsWith('="') && raw.endsWith('"')) return raw.slice(2, -1);
  return raw;
}

/**
 * A quote left open swallows every row after it into one cell (three data rows became
 * 「added: 2」 without a word). A real multi-line cell holds short lines of text; a whole line
 * inside the quotes with as many delimiters as a row of the table is a row swallowed.
 */
function swallowsRow(text: string, from: number, to: number, delimiter: string, width: number): boolean {
  if (width < 2) return false;
  let count = -1; // -1 until the first line break inside the quotes: the opening line is the cell's own
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === '\n') {
      if (count >= width - 1) return true;
      count = 0;
    } else if (ch === delimiter && count >= 0) count++;
  }
  return count >= width - 1;
}

function unclosedQuote(sheetName: string, row: number, col: number): never {
  fail(
    `工作表「${sheetName}」第 ${row + 1} 行 ${columnLetter(col)} 列开头的引号（"）没有闭合，其后的各行都会被读成这一个单元格；` +
      `请用记事本打开文件，在该单元格内容末尾补上引号（或删去这个多余的引号）后再导入`,
  );
}

function nulInCell(sheetName: string, row: number, col: number): never {
  fail(
    `工作表「${sheetName}」第 ${row + 1} 行 ${columnLetter(col)} 列的单元格中有空字符（NUL，常见于从其他系统复制的内容），` +
      `Excel 和 WPS 都显示不出它；请用记事本打开文件，删去该单元格中看不见的字符（或重新录入该单元格）后再导入`,
  );
}

/** RFC 4180 with the usual liberties (any line ending, a lone quote inside a bare field). */
export function parseCsv(text: string, sheetName: string): SheetData {
  const delimiter = detectDelimiter(text);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let width = 0;
  let i = 0;
  const n = text.length;
  const push = (raw: string): void => {
    if (raw.length > LIMITS.cellChars) cellTooLong(sheetName, rows.length, row.length, raw.length);
    if (raw.includes('\u0000')) nulInCell(sheetName, rows.length, row.length);
    row.push(cellOf(raw));
  };
  const endRow = (): void => {
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
    if (row.length > width) width = row.length;
    checkSheetArea(sheetName, rows.length, width);
    row = [];
  };
  while (i < n) {
    let raw: string;
    if (text[i] === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) unclosedQuote(sheetName, rows.length, row.length);
        if (swallowsRow(text, j, q, delimiter, width)) unclosedQuote(sheetName, rows.length, row.length);
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          if (value.length > LIMITS.cellChars) cellTooLong(sheetName, rows.length, row.length, value.length);
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as Excel does.
      let k = j;
      while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
      // A cell that ran over a line break and whose "closing" quote is followed by more text was
      // closed by the opening quote of a later cell: the quote that opened it was never closed.
      if (k > j && value.includes('\n')) unclosedQuote(sheetName, rows.length, row.length);
      raw = value + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
      raw = text.slice(i, k);
      i = k;
    }
    push(raw);
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      if (i >= n) push('');
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    endRow();
  }
  if (row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  for (const r of rows) while (r.length < width) r.push(null);
  return { name: sheetName, rows, merges: [], hidden: false };
}

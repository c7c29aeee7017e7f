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
    return { text: iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
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

function looksBinary(buf: Uint8Array): boolean {
  if (BINARY_MAGIC.some((m) => m.every((b, i) => buf[i] === b))) return true;
  const end = Math.min(buf.length, 65_536);
  for (let i = 0; i < end; i++) if (buf[i] === 0) return true;
  return false;
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

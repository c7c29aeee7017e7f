import type { Cell, MergeRange } from '../../shared/import/types';
import { LIMITS, MESSAGES, cellTooLong, checkSheetArea, checkWorkbookCells, fail } from './limits';
import { attr, decodeXmlText, localNameStart, richText, startTags, tagEnd } from './xml';

/**
 * One pass over a worksheet's XML, filling dense rows directly (no per-cell objects, no styles):
 * the reason an .xlsx import is faster here than SheetJS's full object model. Only the cached
 * values are read; formulas, styles and number formats are ignored, so a date stays an Excel
 * serial number for the date normaliser to read.
 */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** 'AB12' → { r: 11, c: 27 }; null if the reference is malformed. */
export function parseCellRef(ref: string): { r: number; c: number } | null {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) c = c * 26 + (code - 64);
    else if (code >= 97 && code <= 122) c = c * 26 + (code - 96);
    else break;
  }
  const r = Number(ref.slice(i));
  if (c === 0 || !Number.isInteger(r) || r < 1) return null;
  return { r: r - 1, c: c - 1 };
}

function parseRange(ref: string): MergeRange | null {
  const [a, b] = ref.split(':');
  const s = a ? parseCellRef(a) : null;
  const e = b ? parseCellRef(b) : s;
  return s && e ? { s, e } : null;
}

export interface SheetScan {
  rows: Cell[][];
  merges: MergeRange[];
}

export function scanSheetXml(xml: string, sheetName: string, strings: readonly string[], cellBudget: { left: number }): SheetScan {
  const rows: Cell[][] = [];
  let maxRow = -1;
  let maxCol = -1;
  let row = -1;
  let col = -1;
  let i = xml.indexOf('sheetData');
  const dataEnd = Math.max(xml.lastIndexOf('sheetData>'), i);
  while (i >= 0 && i < dataEnd) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= dataEnd) break;
    const gt = tagEnd(xml, lt);
    if (gt < 0) fail(`工作表「${sheetName}」的内容已损坏，无法读取；请用 Excel/WPS 打开后另存再导入`);
    i = gt + 1;
    if (xml.charCodeAt(lt + 1) === 47 /* / */) continue;
    let n = lt + 1;
    let e = n;
    while (e < gt) {
      const code = xml.charCodeAt(e);
      if (code === 32 || code === 47 || code === 62 || code === 9 || code === 10 || code === 13) break;
      e++;
    }
    const local = localNameStart(xml, n, e);
    const prefix = local > n ? xml.slice(n, local) : '';
    n = local;
    const len = e - n;
    if (len === 3 && xml.startsWith('row', n)) {
      const r = attr(xml, e, gt, 'r');
      row = r === null ? row + 1 : Number(r) - 1;
      // A row number of 3.5 would put the row where no array index is: lost without a word.
      if (!(Number.isInteger(row) && row >= 0 && row < MAX_ROWS)) {
        fail(`工作表「${sheetName}」有异常的行号「${String(r).slice(0, 20)}」，文件可能已损坏；请用 Excel/WPS 打开后另存再导入`);
      }
      col = -1;
      continue;
    }
    if (len !== 1 || xml.charCodeAt(n) !== 99 /* c */) continue;
    const ref = attr(xml, e, gt, 'r');
    if (ref !== null) {
      const at = parseCellRef(ref);
      if (!at || at.c >= MAX_COLS || at.r >= MAX_ROWS) fail(`工作表「${sheetName}」有异常的单元格位置「${ref}」，文件可能已损坏；请用 Excel/WPS 打开后另存再导入`);
      row = at.r;
      col = at.c;
    } else col++;
    if (xml.charCodeAt(gt - 1) === 47 /* self-closing: an empty, styled cell */) continue;
    const close = xml.indexOf(`</${prefix}c>`, gt);
    if (close < 0) fail(`工作表「${sheetName}」的内容不完整，文件可能已损坏；请重新获取原文件`);
    i = close + prefix.length + 4;
    const value = cellValue(xml, e, gt, close, prefix);
    if (value === null) continue;
    if (typeof value === 'string' && value.length > LIMITS.cellChars) cellTooLong(sheetName, row, col, value.length);
    if (row > maxRow || col > maxCol) {
      maxRow = Math.max(row, maxRow);
      maxCol = Math.max(col, maxCol);
      checkSheetArea(sheetName, maxRow + 1, maxCol + 1);
    }
    if (--cellBudget.left < 0) checkWorkbookCells(Infinity);
    let target = rows[row];
    if (target === undefined) target = rows[row] = [];
    target[col] = value;
  }
  return { rows: densify(rows, maxRow + 1, maxCol + 1), merges: scanMerges(xml, sheetName) };

  function cellValue(x: string, attrFrom: number, attrTo: number, close: number, pfx: string): Cell {
    const t = attr(x, attrFrom, attrTo, 't');
    if (t === 'inlineStr') {
      const text = richText(x, attrTo + 1, close);
      return text === '' ? null : text;
    }
    const vOpen = findChild(x, attrTo, close, `<${pfx}v`);
    if (vOpen < 0) return null;
    const vStart = x.indexOf('>', vOpen) + 1;
    if (x.charCodeAt(vStart - 2) === 47) return null;
    const raw = x.slice(vStart, x.indexOf('<', vStart));
    switch (t) {
      case 's': {
        const s = strings[Number(raw)];
        return s === undefined || s === '' ? null : s;
      }
      case 'b':
        return raw === '1' ? 'TRUE' : 'FALSE';
      case 'str':
      case 'e':
      case 'd': {
        const text = decodeXmlText(raw);
        return text === '' ? null : t === 'd' ? text.slice(0, 10) : text;
      }
      default: {
        if (raw === '') return null;
        const num = Number(raw);
        return Number.isFinite(num) ? num : decodeXmlText(raw);
      }
    }
  }
}

/** The start of child element `open` (e.g. '<v') between from and to, or -1; never scans past `to`. */
function findChild(xml: string, from: number, to: number, open: string): number {
  let k = xml.indexOf('<', from);
  while (k >= 0 && k < to) {
    if (xml.startsWith(open, k)) {
      const after = xml.charCodeAt(k + open.length);
      if (after === 62 || after === 32 || after === 47) return k;
    }
    k = xml.indexOf('<', k + 1);
  }
  return -1;
}

/** Pads the rows in place (no second copy of a large sheet): holes and missing rows become null. */
function densify(sparse: Cell[][], height: number, width: number): Cell[][] {
  sparse.length = height;
  for (let r = 0; r < height; r++) {
    let row = sparse[r];
    if (row === undefined) row = sparse[r] = [];
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    row.length = width;
  }
  return sparse;
}

function scanMerges(xml: string, sheetName: string): MergeRange[] {
  const at = xml.indexOf('mergeCells');
  if (at < 0) return [];
  const merges: MergeRange[] = [];
  const tail = xml.slice(at);
  for (const tag of startTags(tail, 'mergeCell')) {
    if (merges.length >= LIMITS.merges) fail(MESSAGES.tooManyMerges(sheetName, LIMITS.merges));
    const ref = attr(tail, tag.start, tag.end, 'ref');
    const range = ref ? parseRange(ref) : null;
    if (range) merges.push(range);
  }
  return merges;
}

import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { columnLetter } from '../../../shared/import/types';
import { parseCellRef } from '../../import/xlsxSheet';

/**
 * A template's data validations, conditional formats and merged ranges, clipped to the part of
 * the sheet a fill can reach before ExcelJS opens it.
 *
 * Why: ExcelJS keeps a validation per cell, so a drop-down set on a whole column (D5:D1048576, as
 * Excel writes it when a clerk selects the column) takes 10 s to open and 40 s to save, and a
 * 57 KB file with a validation or a merge over A1:XFD1048576 exhausts any memory. Rows and
 * columns past the reach of the fill are empty in the template and stay empty in the result, so
 * clipping changes nothing a printed or opened copy shows.
 */
export interface Reach {
  /** Last row (1-based) the filled sheet can use: the template's rows plus the rows written. */
  rows: number;
  /** Last column (1-based). */
  columns: number;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** One reference or range of a sqref list, clipped; anything unreadable is left as written. */
function clipRange(ref: string, reach: Reach): string {
  const whole = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(ref);
  if (whole) return clipRange(`${whole[1]}1:${whole[2]}1048576`, reach);
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(ref);
  if (rows) return clipRange(`A${rows[1]}:XFD${rows[2]}`, reach);
  const [a, b] = ref.split(':');
  const s = a ? parseCellRef(a) : null;
  const e = b ? parseCellRef(b) : null;
  if (!s || !e) return ref;
  const endRow = Math.max(s.r, Math.min(e.r, reach.rows - 1));
  const endCol = Math.max(s.c, Math.min(e.c, reach.columns - 1));
  const start = `${columnLetter(s.c)}${s.r + 1}`;
  const end = `${columnLetter(endCol)}${endRow + 1}`;
  return start === end ? start : `${start}:${end}`;
}

const clipList = (list: string, reach: Reach): string =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => clipRange(r, reach))
    .join(' ');

/** The worksheet XML with every validation, conditional format and merge inside the reach. */
export function clipSheetXml(xml: string, reach: Reach): string {
  return xml
    .replace(/(<(?:\w+:)?(?:dataValidation|conditionalFormatting)\b[^>]*?\ssqref=")([^"]*)(")/g, (_, open: string, list: string, close: string) => open + clipList(list, reach) + close)
    .replace(/(<(?:\w+:)?mergeCell\b[^>]*?\sref=")([^"]*)(")/g, (_, open: string, ref: string, close: string) => open + clipRange(ref, reach) + close)
    .replace(/(<xm:sqref>)([^<]*)(<\/xm:sqref>)/g, (_, open: string, list: string, close: string) => open + clipList(list, reach) + close);
}

/** The .xlsx with its worksheets clipped; the same bytes when nothing reached past the reach. */
export function clipTemplateRanges(data: Uint8Array, reach: Reach): Uint8Array {
  const parts = unzipSync(data);
  let changed = false;
  for (const [name, bytes] of Object.entries(parts)) {
    if (!SHEET_PART.test(name)) continue;
    const xml = strFromU8(bytes);
    const clipped = clipSheetXml(xml, reach);
    if (clipped === xml) continue;
    parts[name] = strToU8(clipped);
    changed = true;
  }
  return changed ? zipSync(parts as Zippable, { level: 1 }) : data;
}

import { toHalfWidth } from '../normalise/text';
import { columnLetter, type Cell, type SheetData } from './types';
import { isSerialHeader, matchHeader, normaliseHeader, tableKindOf, type TableKind } from './synonyms';
import { MergeIndex } from './merges';
import { classifyBodyRow, isInfoLine } from './rowKinds';
import { yearInTitle } from './rowYears';

/**
 * Finds the table in a sheet as offices lay it out:
 * 1. skip title lines and 填报单位/日期 lines; the header row is the early row that looks most
 *    like column names (many text cells, many known field names, no numbers);
 * 2. grow the header over the rows its merged cells join (two-row headers: 退出产能 over 数值
 *    and 单位 become 退出产能/数值 and 退出产能/单位);
 * 3. classify every row below: data, blank, 合计/小计, section heading (一、…), a repeated
 *    header, or footnote (填报说明, 填表人, 注：… and everything after the first one);
 * 4. data cells under a vertically merged cell take its value (one enterprise over its lines).
 * Row numbers are 1-based as Excel shows them; the report engine reuses the layout to fill a
 * city's template (first data row, blank template rows, 合计 row, footnotes).
 */
export interface TableColumn {
  /** 0-based index into each row's cells. */
  index: number;
  letter: string;
  /** Parent and child header texts joined with '/': 退出产能/数值. */
  name: string;
  parts: string[];
}

export interface TableRow {
  sourceRow: number;
  cells: Cell[];
  /** The section heading (一、重点任务) the row sits under, if any. */
  section: string | null;
}

export interface DetectedTable {
  sheetName: string;
  kind: TableKind;
  header: { firstRow: number; lastRow: number };
  titleRows: number[];
  /** The year the title names (阳谷县2022年…台账): undated limits and plan years fall back to it. */
  titleYear: number | null;
  infoRows: number[];
  columns: TableColumn[];
  serialColumns: TableColumn[];
  /** The first row below the header: where a filled template's rows start. */
  bodyStartRow: number;
  firstDataRow: number | null;
  rows: TableRow[];
  blankRows: number[];
  totalRows: number[];
  subtotalRows: number[];
  sectionRows: number[];
  repeatedHeaderRows: number[];
  footnoteRows: number[];
  /** Rows below the header that are not data (blank, 合计, headings, footnotes): counted, not imported. */
  skippedRowCount: number;
}

const HEADER_SCAN_ROWS = 30;
const MAX_HEADER_ROWS = 4;

export function cellText(v: Cell): string {
  return v === null ? '' : typeof v === 'number' ? String(v) : toHalfWidth(v).replace(/\s+/g, ' ').trim();
}

/** A header as the file writes it, minus line breaks and padding: 统一社会\n信用代码 → 统一社会信用代码. */
export function headerText(v: Cell): string {
  if (v === null) return '';
  return String(v)
    .replace(/(?<=[^\x00-\xff])[\s\u3000]+(?=[^\x00-\xff])/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

function headerScore(sheet: SheetData, merges: MergeIndex, r: number): number {
  const row = sheet.rows[r] ?? [];
  let texts = 0;
  let numbers = 0;
  let known = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c] ?? null;
    if (v === null || merges.isCovered(r, c)) continue;
    if (typeof v === 'number') numbers++;
    const t = cellText(v);
    if (t === '') continue;
    if (isInfoLine(t)) return -1;
    texts++;
    if (isSerialHeader(t) || matchHeader(t, 'ledger') || matchHeader(t, 'task') || matchHeader(t, 'milestone')) known++;
  }
  if (texts < 2) return -1;
  return known * 3 + texts - numbers * 3;
}

function findHeaderRow(sheet: SheetData, merges: MergeIndex): number {
  let best = -1;
  let bestScore = -1;
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const s = headerScore(sheet, merges, r);
    if (s > bestScore) [best, bestScore] = [r, s];
  }
  if (best >= 0) return best;
  const firstNonBlank = sheet.rows.findIndex((row) => row.some((v) => cellText(v) !== ''));
  return Math.max(0, firstNonBlank);
}

const CHILD_WORDS = new Set(['数值', '单位', '计量单位', '数量', '名称', '型号', '规格', '日期', '时间', '结果', '意见', '人员', '规模', '小计']);

/** A row of short texts like 数值 / 单位 under a parent header written without merges (CSV). */
function looksLikeChildRow(sheet: SheetData, r: number): boolean {
  const row = sheet.rows[r];
  if (!row) return false;
  const texts = row.map(cellText).filter((t) => t !== '');
  if (texts.length === 0 || row.some((v) => typeof v === 'number')) return false;
  const childish = texts.filter((t) => CHILD_WORDS.has(normaliseHeader(t)) || matchHeader(t, 'ledger')).length;
  return childish * 2 >= texts.length && texts.some((t) => CHILD_WORDS.has(normaliseHeader(t)));
}

function headerBlock(sheet: SheetData, merges: MergeIndex, h: number): { first: number; last: number } {
  let first = h;
  let last = h;
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of merges.all) {
      const spansRows = m.e.r > m.s.r;
      if (!spansRows || m.e.r < first || m.s.r > last) continue;
      if (m.s.r < first && last - m.s.r < MAX_HEADER_ROWS) [first, grew] = [m.s.r, true];
      if (m.e.r > last && m.e.r - first < MAX_HEADER_ROWS) [last, grew] = [m.e.r, true];
    }
  }
  // A horizontal merge in the last header row with short texts under it: a child header row.
  while (last - first + 1 < MAX_HEADER_ROWS) {
    const parentMerge = merges.all.some((m) => m.s.r === last && m.e.r === last && m.e.c > m.s.c);
    const below = last + 1;
    const under = parentMerge && merges.all.some((m) => m.s.r === last && m.e.c > m.s.c && rangeHasText(sheet, below, m.s.c, m.e.c));
    if ((under && !rowHasNumbers(sheet, below)) || looksLikeChildRow(sheet, below)) last = below;
    else break;
  }
  return { first, last };
}

function rangeHasText(sheet: SheetData, r: number, c0: number, c1: number): boolean {
  const row = sheet.rows[r];
  if (!row) return false;
  for (let c = c0; c <= c1; c++) if (typeof row[c] === 'string' && cellText(row[c] ?? null) !== '') return true;
  return false;
}

function rowHasNumbers(sheet: SheetData, r: number): boolean {
  return (sheet.rows[r] ?? []).some((v) => typeof v === 'number');
}

function buildColumns(sheet: SheetData, merges: MergeIndex, first: number, last: number, width: number): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      let text = headerText(merges.valueAt(sheet, r, c));
      // Without merges (CSV), a parent header is written once, over the first of its children.
      if (text === '' && r < last && headerText(merges.valueAt(sheet, r + 1, c)) !== '') text = parentToTheLeft(sheet, merges, r, c);
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    columns.push({ index: c, letter: columnLetter(c), name: parts.join('/'), parts });
  }
  return columns;
}

function parentToTheLeft(sheet: SheetData, merges: MergeIndex, r: number, c: number): string {
  for (let k = c - 1; k >= 0; k--) {
    const t = headerText(merges.valueAt(sheet, r, k));
    if (t !== '') return headerText(merges.valueAt(sheet, r + 1, k)) !== '' ? t : '';
  }
  return '';
}

/** When the user corrects the detection in the wizard: the header rows, 1-based inclusive. */
export interface HeaderChoice {
  firstRow: number;
  lastRow: number;
}

export function detectTable(sheet: SheetData, choice?: HeaderChoice): DetectedTable {
  const merges = new MergeIndex(sheet);
  const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const { first, last } = choice
    ? { first: Math.max(0, choice.firstRow - 1), last: Math.max(choice.firstRow - 1, choice.lastRow - 1) }
    : headerBlock(sheet, merges, findHeaderRow(sheet, merges));
  const all = buildColumns(sheet, merges, first, last, width);
  const serialColumns = all.filter((c) => c.name !== '' && isSerialHeader(c.name));
  const serial = new Set(serialColumns.map((c) => c.index));
  const headerTexts = all.map((c) => normaliseHeader(cellText(merges.valueAt(sheet, last, c.index))));
  const t: DetectedTable = {
    sheetName: sheet.name,
    kind: tableKindOf(all.map((c) => c.name)),
    header: { firstRow: first + 1, lastRow: last + 1 },
    titleRows: [],
    titleYear: null,
    infoRows: [],
    columns: [],
    serialColumns,
    bodyStartRow: last + 2,
    firstDataRow: null,
    rows: [],
    blankRows: [],
    totalRows: [],
    subtotalRows: [],
    sectionRows: [],
    repeatedHeaderRows: [],
    footnoteRows: [],
    skippedRowCount: 0,
  };
  for (let r = 0; r < first; r++) {
    const texts = (sheet.rows[r] ?? []).map(cellText).filter((x) => x !== '');
    if (texts.length === 0) continue;
    const info = texts.some(isInfoLine);
    (info ? t.infoRows : t.titleRows).push(r + 1);
    if (!info && t.titleYear === null) t.titleYear = yearInTitle(texts);
  }
  const used = new Set<number>();
  let section: string | null = null;
  let inFootnotes = false;
  for (let r = last + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const kind = inFootnotes ? 'footnote' : classifyBodyRow(row, serial, headerTexts, merges, r);
    const n = r + 1;
    if (kind === 'footnote') {
      inFootnotes = true;
      if (row.some((v) => cellText(v) !== '')) t.footnoteRows.push(n);
      continue;
    }
    if (kind === 'blank') t.blankRows.push(n);
    else if (kind === 'total') t.totalRows.push(n);
    else if (kind === 'subtotal') t.subtotalRows.push(n);
    else if (kind === 'repeatedHeader') t.repeatedHeaderRows.push(n);
    else if (kind === 'section') {
      t.sectionRows.push(n);
      section = row.map(cellText).find((x) => x !== '') ?? null;
    } else {
      const cells = merges.filledRow(sheet, r, last + 1);
      if (used.size < width) for (let c = 0; c < cells.length; c++) if (cells[c] !== null) used.add(c);
      t.rows.push({ sourceRow: n, cells, section });
    }
  }
  t.firstDataRow = t.rows[0]?.sourceRow ?? null;
  t.skippedRowCount = Math.max(0, sheet.rows.length - (last + 1)) - t.rows.length;
  t.columns = all
    .filter((c) => !serial.has(c.index) && (c.name !== '' || used.has(c.index)))
    .map((c) => (c.name === '' ? { ...c, name: `（${c.letter}列）` } : c));
  return t;
}

import ExcelJS from 'exceljs';
import { dayNumber, formatChineseDate, isIsoDate } from '../../shared/domain/dates';
import type { ListCell, ListColumn, ListDefinition, ListMeta } from '../../shared/reports/listTypes';
import { FONT, SIZE_PT, excelWidthForMm, mmToInches, rowHeightPt, wrappedLines } from '../../shared/reports/officialLayout';
import { TotalsAccumulator } from '../../shared/reports/totals';
import { cancelledError, writeStreamAtomic } from '../fs/atomicWrite';
import { THIN_BORDER, font, setCell } from './xlsxCells';

/**
 * The one writer behind every list (责任清单, 退出名单, 黄牌/红牌, 超标排放, 未按期退出, 汇总):
 *   1. open a streaming workbook (ExcelJS WorkbookWriter) on a temporary file beside the target;
 *   2. write the title, the 填报单位（盖章）/填报日期 line, the 单位 line and the header row(s);
 *   3. stream the rows, committing each to disk, adding it to the 合计 accumulator, reporting
 *      progress and checking the cancel signal every few hundred rows;
 *   4. write the 合计 row(s) and the notes, set filters, print titles, A4 landscape fitted to
 *      one page wide and page numbers; then commit and rename over the target.
 * A cancelled or failed export leaves neither the target changed nor a temporary file behind.
 *
 * Text is 小四 (12 pt) 仿宋: a list of 12 to 15 columns fitted to one landscape page wide would
 * otherwise be shrunk by the printer to something smaller than 小四 anyway.
 */

export interface ListProgress {
  done: number;
  /** Rows expected, when the caller knows (for a percentage). */
  total: number | null;
}

export interface StyledListOptions<R> {
  signal?: AbortSignal;
  onProgress?: (p: ListProgress) => void;
  expectedRows?: number;
  /** Rows that replace the accumulated 合计 row (the summary's per-unit totals). */
  totalRows?: readonly { label: string; row: R }[];
  titleFont?: string;
}

const BODY_PT = SIZE_PT.小四;
const BATCH = 500;
const FIRST_HEADER_ROW = 4;

const centred: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const leftWrap: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
/** 2026-10-31: the long 2026年10月31日 would take a third more width in a 15-column list. */
const DATE_FORMAT = 'yyyy-mm-dd';

function styles(titleFont: string) {
  const body = font(FONT.body, BODY_PT);
  const cell = (alignment: Partial<ExcelJS.Alignment>, numFmt?: string): Partial<ExcelJS.Style> => ({ font: body, alignment, border: THIN_BORDER, ...(numFmt ? { numFmt } : {}) });
  return {
    title: { font: font(titleFont, SIZE_PT.小二), alignment: centred },
    meta: { font: body, alignment: { horizontal: 'left', vertical: 'middle' } },
    metaRight: { font: body, alignment: { horizontal: 'right', vertical: 'middle' } },
    note: { font: body, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
    header: { font: font(FONT.label, BODY_PT), alignment: centred, border: THIN_BORDER },
    total: { font: font(FONT.label, BODY_PT), alignment: centred, border: THIN_BORDER },
    centred: cell(centred),
    left: cell(leftWrap),
    number: cell(centred, 'General'),
    date: cell(centred, DATE_FORMAT),
    percent: cell(centred, '0.0%'),
  } satisfies Record<string, Partial<ExcelJS.Style>>;
}
type Styles = ReturnType<typeof styles>;

type ColumnShape = Pick<ListColumn<never>, 'kind' | 'wrapLeft' | 'widthMm'>;

function columnStyle(col: ColumnShape, s: Styles): Partial<ExcelJS.Style> {
  switch (col.kind) {
    case 'date':
      return s.date;
    case 'percent':
      return s.percent;
    case 'number':
    case 'index':
      return s.number;
    default:
      return col.wrapLeft ? s.left : s.centred;
  }
}

/** An ISO date becomes a real date cell (Excel serial day); anything else stays text. */
function cellValue(col: ColumnShape, value: ListCell): ListCell {
  if (col.kind === 'date' && typeof value === 'string' && isIsoDate(value)) return dayNumber(value) + 25_569;
  return value;
}

export async function writeStyledList<R>(
  file: string,
  def: ListDefinition<R>,
  meta: ListMeta,
  rows: Iterable<R> | AsyncIterable<R>,
  opts: StyledListOptions<R> = {},
): Promise<{ rows: number }> {
  let written = 0;
  await writeStreamAtomic(
    file,
    async (out, signal) => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
      wb.creator = '落后产能退出台账';
      try {
        written = await writeSheet(wb, def, meta, rows, opts, signal);
        await wb.commit();
      } catch (err) {
        abandon(wb);
        throw err;
      }
    },
    opts.signal ? { signal: opts.signal } : {},
  );
  return { rows: written };
}

/** Stops ExcelJS's zip stream so that nothing more is written into the file being discarded. */
function abandon(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  // `zip` is the archiver instance ExcelJS pipes into the output; it is not in the typings.
  const zip = (wb as unknown as { zip?: { abort?: () => void; on?: (e: string, f: () => void) => void } }).zip;
  zip?.on?.('error', () => undefined);
  zip?.abort?.();
}

async function writeSheet<R>(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  def: ListDefinition<R>,
  meta: ListMeta,
  rows: Iterable<R> | AsyncIterable<R>,
  opts: StyledListOptions<R>,
  signal: AbortSignal | undefined,
): Promise<number> {
  const s = styles(opts.titleFont ?? FONT.title);
  const cols = def.columns;
  const n = cols.length;
  const twoRowHeader = cols.some((c) => c.group);
  const headerBottom = FIRST_HEADER_ROW + (twoRowHeader ? 1 : 0);
  const ws = wb.addWorksheet(def.sheetName, {
    views: [{ state: 'frozen', ySplit: headerBottom }],
    pageSetup: {
      paperSize: 9, // A4 (ExcelJS's PaperSize is a const enum, which isolatedModules cannot import)
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { top: mmToInches(20), bottom: mmToInches(18), left: mmToInches(15), right: mmToInches(15), header: mmToInches(8), footer: mmToInches(8) },
      printTitlesRow: `${FIRST_HEADER_ROW}:${headerBottom}`,
    },
    headerFooter: { oddFooter: `&C&"${FONT.body}"&11第 &P 页，共 &N 页` },
  });
  ws.columns = cols.map((c) => ({ width: excelWidthForMm(c.widthMm) }));

  writeHead(ws, def, meta, s, twoRowHeader);
  const totals = new TotalsAccumulator(cols);
  let r = headerBottom;
  let done = 0;
  const report = () => opts.onProgress?.({ done, total: opts.expectedRows ?? null });
  for await (const row of rows) {
    r += 1;
    done += 1;
    writeDataRow(ws.getRow(r), cols, row, done, s, false);
    totals.add(row);
    if (done % BATCH === 0) {
      if (signal?.aborted) throw cancelledError();
      report();
      // Let the zip stream drain to disk before the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (signal?.aborted) throw cancelledError();
  if (done > 0) ws.autoFilter = { from: { row: headerBottom, column: 1 }, to: { row: r, column: n } };

  if (opts.totalRows) {
    for (const t of opts.totalRows) writeDataRow(ws.getRow(++r), cols, t.row, t.label, s, true);
  } else if (totals.hasTotals) {
    const row = ws.getRow(++r);
    const cells = totals.cells();
    cells.forEach((v, c) => setCell(row.getCell(c + 1), cellValue(cols[c]!, v), s.total));
    for (const [from, to] of totals.multiUnitSpans()) ws.mergeCells(r, from + 1, r, to + 1);
    // Totals per unit (4.3万吨 / 120万重量箱) are mostly digits, whose width varies most between
    // fonts: estimated against 85 % of the width, so that no unit's line is cut off.
    row.height = rowHeightPt(maxLines(cols, cells, totals.multiUnitSpans(), 0.85), BODY_PT);
    row.commit();
  }
  for (const note of def.notes ?? []) {
    r += 1;
    ws.mergeCells(r, 1, r, n);
    setCell(ws.getCell(r, 1), note, s.note);
    ws.getRow(r).height = rowHeightPt(wrappedLines(note, totalWidth(cols), BODY_PT), BODY_PT);
    ws.getRow(r).commit();
  }
  report();
  ws.commit();
  return done;
}

function writeHead<R>(ws: ExcelJS.Worksheet, def: ListDefinition<R>, meta: ListMeta, s: Styles, twoRowHeader: boolean): void {
  const cols = def.columns;
  const n = cols.length;
  const half = Math.max(1, Math.floor(n / 2));
  const title = def.title(meta);

  ws.mergeCells(1, 1, 1, n);
  setCell(ws.getCell(1, 1), title, s.title);
  ws.getRow(1).height = rowHeightPt(wrappedLines(title, totalWidth(cols), SIZE_PT.小二), SIZE_PT.小二);

  ws.mergeCells(2, 1, 2, half);
  ws.mergeCells(2, half + 1, 2, n);
  setCell(ws.getCell(2, 1), `填报单位（盖章）：${meta.reportingUnit}`, s.meta);
  setCell(ws.getCell(2, half + 1), `填报日期：${formatChineseDate(meta.reportDate)}`, s.metaRight);
  ws.getRow(2).height = rowHeightPt(1, BODY_PT);

  ws.mergeCells(3, 1, 3, n);
  setCell(ws.getCell(3, 1), def.unitsLine ? `单位：${def.unitsLine}` : null, s.metaRight);
  ws.getRow(3).height = rowHeightPt(1, BODY_PT);

  const top = FIRST_HEADER_ROW;
  const headerLines = (pick: (c: ListColumn<R>) => boolean) =>
    Math.max(1, ...cols.filter(pick).map((c) => wrappedLines(c.header, c.widthMm * 0.95, BODY_PT)));
  cols.forEach((col, c) => {
    if (!twoRowHeader) {
      setCell(ws.getCell(top, c + 1), col.header, s.header);
      return;
    }
    setCell(ws.getCell(top, c + 1), col.group ?? col.header, s.header);
    setCell(ws.getCell(top + 1, c + 1), col.group ? col.header : null, s.header);
    if (!col.group) ws.mergeCells(top, c + 1, top + 1, c + 1);
  });
  if (twoRowHeader) {
    // Each run of columns sharing a group gets one cell above them.
    for (let c = 0; c < n; ) {
      let end = c;
      while (cols[c]!.group && end + 1 < n && cols[end + 1]!.group === cols[c]!.group) end += 1;
      if (cols[c]!.group && end > c) ws.mergeCells(top, c + 1, top, end + 1);
      c = end + 1;
    }
    // The lower row fits the sub-headers; the upper makes up what the two-row cells still need.
    const lower = rowHeightPt(headerLines((c) => c.group !== undefined), BODY_PT);
    ws.getRow(top + 1).height = lower;
    ws.getRow(top).height = Math.max(rowHeightPt(1, BODY_PT), rowHeightPt(headerLines((c) => c.group === undefined), BODY_PT) - lower);
  } else {
    ws.getRow(top).height = rowHeightPt(headerLines(() => true), BODY_PT);
  }
  for (let r = 1; r <= top + (twoRowHeader ? 1 : 0); r++) ws.getRow(r).commit();
}

function writeDataRow<R>(row: ExcelJS.Row, cols: readonly ListColumn<R>[], data: R, index: number | string, s: Styles, isTotal: boolean): void {
  const values = cols.map((col) => (col.kind === 'index' ? index : (col.value?.(data) ?? null)));
  values.forEach((v, c) => setCell(row.getCell(c + 1), cellValue(cols[c]!, v), isTotal ? (c === 0 ? s.total : columnStyle(cols[c]!, s)) : columnStyle(cols[c]!, s)));
  row.height = rowHeightPt(maxLines(cols, values), BODY_PT);
  row.commit();
}

/** Lines of the tallest cell; `spans` widen a cell over the columns it is merged with. */
function maxLines(cols: readonly ColumnShape[], values: readonly ListCell[], spans: readonly [number, number][] = [], share = 0.95): number {
  let lines = 1;
  values.forEach((v, c) => {
    if (typeof v !== 'string' || (v.length <= 3 && !v.includes('\n'))) return;
    const span = spans.find(([from]) => from === c);
    const width = span ? cols.slice(span[0], span[1] + 1).reduce((a, col) => a + col.widthMm, 0) : cols[c]!.widthMm;
    lines = Math.max(lines, wrappedLines(v, width * share, BODY_PT));
  });
  return lines;
}

function totalWidth(cols: readonly ColumnShape[]): number {
  return cols.reduce((a, c) => a + c.widthMm, 0);
}

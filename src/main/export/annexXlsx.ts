import ExcelJS from 'exceljs';
import {
  ANNEX_COLUMNS,
  ANNEX_HEADER,
  annexMerges,
  layoutAnnex,
  type AnnexLayout,
  type AnnexOptions,
} from '../../shared/reports/annexLayout';
import { annexColumnWidths } from '../../shared/reports/annexWidths';
import {
  FONT,
  MARGINS_MM,
  SIZE_PT,
  TYPE_AREA_HEIGHT_PT,
  excelWidthForMm,
  mmToInches,
  rowHeightPt,
  wrappedLines,
} from '../../shared/reports/officialLayout';
import { keepTogetherBlocks, planPageBreaks, splitMergesAtBreaks, type MergeRange } from '../../shared/reports/pagination';
import type { Task } from '../../shared/reports/tasks';
import { writeFileAtomic, throwIfCancelled } from '../fs/atomicWrite';
import { THIN_BORDER, font, setCell } from './xlsxCells';

/**
 * 附件 重点工作与职责分工 as .xlsx (通政办发〔2017〕179号 附件3 is the model):
 *   1. lay the tasks out as a grid (shared with the .docx writer, so both merge alike);
 *   2. write the 附件N label, the title and the header row, then section and task rows;
 *   3. set every row's height from its wrapped text (Excel and WPS do not grow rows for merged
 *      cells by themselves), plan page breaks that keep a category block on one page where it
 *      fits, then merge the category, 序号 and repeated department cells page by page;
 *   4. page setup: A4 landscape, GB/T 9704 margins, header row repeated on every page,
 *      all columns fitted to one page wide, page numbers in the footer.
 *
 * The table body is 4号 (14 pt) 仿宋 rather than the 3号 of running text: six columns on a
 * landscape page leave the task text about 17 characters a line at 4号 and 15 at 3号, and the
 * long partner lists of 通政办发〔2017〕179号 would run to ten lines a cell. 4号 is what county offices use
 * for such tables; the label and the title keep 3号 and 2号.
 */

const BODY_PT = SIZE_PT.四号;
const HEADER_ROW = 4;
const FIRST_BODY_ROW = HEADER_ROW + 1;
/** A little under the type area, for rounding in the spreadsheet programs' own layout. */
const PAGE_BODY_PT = TYPE_AREA_HEIGHT_PT * 0.97;

export interface AnnexXlsxOptions extends AnnexOptions {
  /** Title face; pass FONT.titleFallback (宋体) for machines without 方正小标宋简体. */
  titleFont?: string;
  sheetName?: string;
}

const center: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const left: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };

const STYLES = {
  label: { font: font(FONT.label, SIZE_PT.三号), alignment: { horizontal: 'left', vertical: 'middle' } },
  header: { font: font(FONT.label, BODY_PT), alignment: center, border: THIN_BORDER },
  section: { font: font(FONT.label, BODY_PT), alignment: { ...left, indent: 1 }, border: THIN_BORDER },
  centred: { font: font(FONT.body, BODY_PT), alignment: center, border: THIN_BORDER },
  text: { font: font(FONT.body, BODY_PT), alignment: left, border: THIN_BORDER },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** Which style each of the six columns uses: the task text reads left-aligned, the rest centred. */
const COLUMN_STYLE = [STYLES.centred, STYLES.centred, STYLES.text, STYLES.centred, STYLES.centred, STYLES.centred];

export function buildAnnexWorkbook(tasks: readonly Task[], opts: AnnexXlsxOptions): ExcelJS.Workbook {
  const layout = layoutAnnex(tasks, opts);
  const widths = annexColumnWidths(layout, BODY_PT);
  const wb = new ExcelJS.Workbook();
  wb.creator = '落后产能退出台账';
  const ws = wb.addWorksheet(opts.sheetName ?? (layout.label || '重点工作与职责分工'));
  ws.columns = widths.map((mm) => ({ width: excelWidthForMm(mm) }));
  const headHeight = writeHead(ws, layout, opts.titleFont ?? FONT.title, widths);
  writeBody(ws, layout, headHeight, widths);
  setupPage(ws);
  return wb;
}

export async function writeAnnexXlsx(file: string, tasks: readonly Task[], opts: AnnexXlsxOptions, signal?: AbortSignal): Promise<void> {
  throwIfCancelled(signal);
  const buffer = await buildAnnexWorkbook(tasks, opts).xlsx.writeBuffer();
  await writeFileAtomic(file, new Uint8Array(buffer as ArrayBuffer), signal ? { signal } : {});
}

/** Writes rows 1–4 and returns their height, which the first page loses to them. */
function writeHead(ws: ExcelJS.Worksheet, layout: AnnexLayout, titleFont: string, widths: readonly number[]): number {
  setCell(ws.getCell(1, 1), layout.label, STYLES.label);
  ws.getRow(1).height = rowHeightPt(1, SIZE_PT.三号);

  ws.mergeCells(2, 1, 2, ANNEX_COLUMNS);
  setCell(ws.getCell(2, 1), layout.title, { font: font(titleFont, SIZE_PT.二号), alignment: center });
  const totalMm = widths.reduce((a, b) => a + b, 0);
  ws.getRow(2).height = rowHeightPt(wrappedLines(layout.title, totalMm, SIZE_PT.二号), SIZE_PT.二号);
  ws.getRow(3).height = 10; // the blank line GB/T 9704 leaves under a title

  ws.mergeCells(HEADER_ROW, 2, HEADER_ROW, 3);
  ANNEX_HEADER.forEach((text, c) => setCell(ws.getCell(HEADER_ROW, c + 1), text, STYLES.header));
  ws.getRow(HEADER_ROW).height = rowHeightPt(1, BODY_PT);
  return [1, 2, 3, HEADER_ROW].reduce((h, r) => h + (ws.getRow(r).height ?? 0), 0);
}

function writeBody(ws: ExcelJS.Worksheet, layout: AnnexLayout, headHeight: number, widths: readonly number[]): void {
  const linesIn = (text: string, col: number, span: number) => estimatedLines(text, widths, col, span);
  const heights = layout.rows.map((row, i) => {
    const r = FIRST_BODY_ROW + i;
    if (row.kind === 'section') {
      for (let c = 0; c < ANNEX_COLUMNS; c++) setCell(ws.getCell(r, c + 1), c === 0 ? row.text : null, STYLES.section);
      return rowHeightPt(1, BODY_PT);
    }
    let lines = 1;
    row.cells.forEach((cell, c) => {
      setCell(ws.getCell(r, c + 1), cell.rowSpan === 0 || cell.colSpan === 0 ? null : cell.text, COLUMN_STYLE[c]!);
      if (cell.rowSpan === 1 && cell.colSpan > 0) lines = Math.max(lines, linesIn(cell.text, c, cell.colSpan));
    });
    return rowHeightPt(lines, BODY_PT);
  });

  const merges = annexMerges(layout);
  const textOf = ([top, col]: MergeRange) => {
    const row = layout.rows[top]!;
    return row.kind === 'section' ? row.text : row.cells[col]!.text;
  };
  merges.forEach((m) => growToFit(heights, m, textOf(m), widths));

  // Plan the page breaks ourselves: a category block stays on one page where that wastes little.
  const sections = new Set(layout.rows.flatMap((row, i) => (row.kind === 'section' ? [i] : [])));
  const blocks = keepTogetherBlocks(layout.rows.length, merges, sections);
  const breaks = planPageBreaks(heights, blocks, {
    first: PAGE_BODY_PT - headHeight,
    later: PAGE_BODY_PT - (ws.getRow(HEADER_ROW).height ?? 0),
    glued: sections,
  });
  for (const merge of merges) {
    // A block cut by a page edge repeats its merged text (序号, category, departments) on the next page.
    for (const piece of splitMergesAtBreaks([merge], breaks)) {
      const [top, col, bottom, right] = piece;
      const style = layout.rows[top]!.kind === 'section' ? STYLES.section : COLUMN_STYLE[col]!;
      setCell(ws.getCell(FIRST_BODY_ROW + top, col + 1), textOf(merge), style);
      ws.mergeCells(FIRST_BODY_ROW + top, col + 1, FIRST_BODY_ROW + bottom, right + 1);
      if (piece !== merge) growToFit(heights, piece, textOf(merge), widths);
    }
  }
  for (const b of breaks) ws.getRow(FIRST_BODY_ROW + b - 1).addPageBreak();
  heights.forEach((h, i) => (ws.getRow(FIRST_BODY_ROW + i).height = h));
}

/** Grows the last row a merged cell covers until its text fits the rows together. */
function growToFit(heights: number[], [top, col, bottom, right]: MergeRange, text: string, widths: readonly number[]): void {
  if (bottom === top) return;
  const needed = rowHeightPt(estimatedLines(text, widths, col, right - col + 1), BODY_PT);
  const have = heights.slice(top, bottom + 1).reduce((a, b) => a + b, 0);
  if (needed > have) heights[bottom]! += needed - have;
}

/**
 * Lines a text takes in a column span. Estimated against 95 % of the width: LibreOffice draws
 * columns a little narrower than Excel when Calibri (the unit of column width) is replaced.
 */
function estimatedLines(text: string, widths: readonly number[], col: number, span: number): number {
  return wrappedLines(text, widths.slice(col, col + span).reduce((a, b) => a + b, 0) * 0.95, BODY_PT);
}

function setupPage(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    paperSize: 9, // A4 (ExcelJS's PaperSize is a const enum, which isolatedModules cannot import)
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: {
      top: mmToInches(MARGINS_MM.top),
      bottom: mmToInches(MARGINS_MM.bottom),
      left: mmToInches(MARGINS_MM.left),
      right: mmToInches(MARGINS_MM.right),
      header: mmToInches(MARGINS_MM.header),
      footer: mmToInches(MARGINS_MM.footer),
    },
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  };
  ws.headerFooter = { oddFooter: `&C&"${FONT.pageNumber}"&14— &P —` };
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
}

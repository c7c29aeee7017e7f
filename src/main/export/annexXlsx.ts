import ExcelJS from 'exceljs';
import {
  ANNEX_COLUMNS,
  ANNEX_HEADER,
  layoutAnnex,
  type AnnexLayout,
  type AnnexOptions,
} from '../../shared/reports/annexLayout';
import { annexColumnWidths } from '../../shared/reports/annexWidths';
import {
  COUNTY_FILL,
  FONT,
  MARGINS_MM,
  SIZE_PT,
  TYPE_AREA_HEIGHT_PT,
  excelWidthForMm,
  mmToInches,
  printedColumnMm,
  rowHeightPt,
  wrappedLines,
} from '../../shared/reports/officialLayout';
import { planAnnexPages } from '../../shared/reports/annexPages';
import type { Task } from '../../shared/reports/tasks';
import { writeFileAtomic, throwIfCancelled } from '../fs/atomicWrite';
import { THIN_BORDER, font, setCell } from './xlsxCells';

/**
 * 附件 重点工作与职责分工 as .xlsx (通政办发〔2017〕179号 附件3 is the model):
 *   1. lay the tasks out as a grid (shared with the .docx writer, so both merge alike);
 *   2. write the 附件N label, the title and the header row, then section and task rows;
 *   3. set every row's height from its wrapped text at the width the column is printed (Excel
 *      and WPS do not grow rows for merged cells by themselves; LibreOffice prints columns
 *      narrower than Excel), plan the page breaks (annexPages: no page under half full but the
 *      last, blocks kept together where that costs little), then merge the category, 序号 and
 *      repeated department cells page by page;
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
  /** A county's heading in a city's annex: shaded, so it does not read as one more section row. */
  county: { font: font(FONT.label, BODY_PT), alignment: { ...left, indent: 1 }, border: THIN_BORDER, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${COUNTY_FILL}` } } },
  centred: { font: font(FONT.body, BODY_PT), alignment: center, border: THIN_BORDER },
  text: { font: font(FONT.body, BODY_PT), alignment: left, border: THIN_BORDER },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** Which style each of the six columns uses: the task text reads left-aligned, the rest centred. */
const COLUMN_STYLE = [STYLES.centred, STYLES.centred, STYLES.text, STYLES.centred, STYLES.centred, STYLES.centred];

export function buildAnnexWorkbook(tasks: readonly Task[], opts: AnnexXlsxOptions): ExcelJS.Workbook {
  const layout = layoutAnnex(tasks, opts);
  const widths = annexColumnWidths(layout, BODY_PT, printedColumnMm);
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
  const totalMm = widths.reduce((a, b) => a + printedColumnMm(b), 0);
  ws.getRow(2).height = rowHeightPt(wrappedLines(layout.title, totalMm, SIZE_PT.二号), SIZE_PT.二号);
  ws.getRow(3).height = 10; // the blank line GB/T 9704 leaves under a title

  ws.mergeCells(HEADER_ROW, 2, HEADER_ROW, 3);
  ANNEX_HEADER.forEach((text, c) => setCell(ws.getCell(HEADER_ROW, c + 1), text, STYLES.header));
  ws.getRow(HEADER_ROW).height = rowHeightPt(1, BODY_PT);
  return [1, 2, 3, HEADER_ROW].reduce((h, r) => h + (ws.getRow(r).height ?? 0), 0);
}

function writeBody(ws: ExcelJS.Worksheet, layout: AnnexLayout, headHeight: number, widths: readonly number[]): void {
  layout.rows.forEach((row, i) => {
    const r = FIRST_BODY_ROW + i;
    if (row.kind === 'section') {
      for (let c = 0; c < ANNEX_COLUMNS; c++) setCell(ws.getCell(r, c + 1), c === 0 ? row.text : null, row.county ? STYLES.county : STYLES.section);
      return;
    }
    row.cells.forEach((cell, c) => setCell(ws.getCell(r, c + 1), cell.rowSpan === 0 || cell.colSpan === 0 ? null : cell.text, COLUMN_STYLE[c]!));
  });

  const plan = planAnnexPages(layout, widths.map(printedColumnMm), BODY_PT, {
    first: PAGE_BODY_PT - headHeight,
    later: PAGE_BODY_PT - (ws.getRow(HEADER_ROW).height ?? 0),
  });
  // A block cut by a page edge repeats its merged text (序号, category, departments) on the next page.
  for (const { range: [top, col, bottom, right], text } of plan.merges) {
    const laid = layout.rows[top]!;
    const style = laid.kind === 'section' ? (laid.county ? STYLES.county : STYLES.section) : COLUMN_STYLE[col]!;
    setCell(ws.getCell(FIRST_BODY_ROW + top, col + 1), text, style);
    ws.mergeCells(FIRST_BODY_ROW + top, col + 1, FIRST_BODY_ROW + bottom, right + 1);
  }
  for (const b of plan.breaks) ws.getRow(FIRST_BODY_ROW + b - 1).addPageBreak();
  plan.heights.forEach((h, i) => (ws.getRow(FIRST_BODY_ROW + i).height = h));
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

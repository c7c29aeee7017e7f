import type ExcelJS from 'exceljs';
import { printedWidthMm, rowHeightPt, wrappedLines } from '../../../shared/reports/officialLayout';

/**
 * The filled rows of a template fitted to their text, for printing:
 *   - a row whose text needs more lines than its height holds grows (a template row is one
 *     line high; a long enterprise name would print clipped), and a cell whose text is wider
 *     than its column wraps even where the template forgot to set 自动换行;
 *   - the template's blank rows that no ledger row filled are hidden, so that six rows in a
 *     fifteen-row template do not print a second page of empty ruled rows. Hidden, not deleted:
 *     the clerk can show them again to add rows by hand, and a 合计 formula over them still holds.
 * Text is measured at the width LibreOffice prints the column (the narrowest of the programs).
 */

/** Excel's default: 8.43 characters on screen, stored as 9.14. */
const DEFAULT_STORED_WIDTH = 9.14;
const DEFAULT_FONT_PT = 11;

export function growRowsToText(ws: ExcelJS.Worksheet, from: number, count: number, width: number): void {
  const widths = Array.from({ length: width }, (_, c) => printedWidthMm(ws.getColumn(c + 1).width ?? ws.properties.defaultColWidth ?? DEFAULT_STORED_WIDTH));
  for (let r = from; r < from + count; r++) {
    const row = ws.getRow(r);
    let needed = 0;
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (typeof cell.value !== 'string' || cell.value === '' || (cell.isMerged && cell.master.address !== cell.address)) continue;
      // A cell merged across the columns to its right has their width too.
      let mm = widths[c - 1]!;
      for (let k = c + 1; k <= width && isCoveredBy(row.getCell(k), cell); k++) mm += widths[k - 1]!;
      const pt = cell.font?.size ?? DEFAULT_FONT_PT;
      const lines = wrappedLines(cell.value, mm, pt);
      if (lines < 2 && !cell.value.includes('\n')) continue;
      if (!cell.alignment?.wrapText) cell.style = { ...cell.style, alignment: { ...cell.alignment, wrapText: true } };
      needed = Math.max(needed, rowHeightPt(lines, pt));
    }
    if (needed > (row.height ?? 0)) row.height = needed;
  }
}

function isCoveredBy(cell: ExcelJS.Cell, master: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address === master.address;
}

export function hideUnusedRows(ws: ExcelJS.Worksheet, from: number, count: number): void {
  for (let r = from; r < from + count; r++) ws.getRow(r).hidden = true;
}

/** A4 in points; a template without a paper size prints on A4 in every Chinese office. */
const A4_PT = { width: 595.3, height: 841.9 };
/** The least a table may be shrunk to spare a last page: 85 % keeps 11 pt text readable. */
const MIN_SHRINK = 0.85;

/**
 * A table that runs a little over onto a last page (under half of it: the 合计 and the notes,
 * say) is printed on one page fewer, by asking for the page count in fit-to-page (the program
 * shrinks it a little). A template printed at a fixed scale, or one that would shrink below
 * 85 %, is left as it is.
 */
export function spareLastPage(ws: ExcelJS.Worksheet): void {
  const setup = ws.pageSetup;
  if ((setup.paperSize ?? 9) !== 9 || (!setup.fitToPage && (setup.scale ?? 100) !== 100)) return;
  const landscape = setup.orientation === 'landscape';
  const page = landscape ? { width: A4_PT.height, height: A4_PT.width } : A4_PT;
  const m = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
  const room = { width: page.width - (m.left + m.right) * 72, height: page.height - (m.top + m.bottom) * 72 };
  // Excel draws a stored column width w as 7w px (5.25w pt); fit-to-width shrinks a wider table.
  let tableWidth = 0;
  for (let c = 1; c <= ws.columnCount; c++) tableWidth += (ws.getColumn(c).width ?? DEFAULT_STORED_WIDTH) * 5.25;
  const widthScale = setup.fitToPage && setup.fitToWidth ? Math.min(1, room.width / tableWidth) : 1;
  const height = (r: number) => (ws.getRow(r).hidden ? 0 : (ws.getRow(r).height ?? ws.properties.defaultRowHeight ?? 15));
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? '');
  let titleHeight = 0;
  if (titles) for (let r = Number(titles[1]); r <= Number(titles[2]); r++) titleHeight += height(r);

  const pagesAt = (scale: number) => {
    const cap = room.height / scale;
    let pages = 1;
    let used = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const h = height(r);
      if (used + h > cap && used > titleHeight) {
        pages += 1;
        used = titleHeight;
      }
      used += h;
    }
    return { pages, lastFill: used / cap };
  };
  const now = pagesAt(widthScale);
  if (now.pages < 2 || now.lastFill >= 0.5) return;
  if (pagesAt(widthScale * MIN_SHRINK).pages >= now.pages) return;
  ws.pageSetup = { ...setup, fitToPage: true, fitToWidth: setup.fitToPage ? (setup.fitToWidth ?? 1) : 1, fitToHeight: now.pages - 1 };
}

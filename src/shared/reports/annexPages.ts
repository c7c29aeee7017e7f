import { annexMerges, type AnnexLayout } from './annexLayout';
import { rowHeightPt, wrappedLines } from './officialLayout';
import { planPages, splitMergesAtBreaks, type MergeRange, type PagePlan, type TallMerge } from './pagination';

/**
 * Row heights and page breaks of an annex table, shared by the .xlsx and .docx writers. Heights
 * come from the wrapped text of each cell at the width it is printed (`printedMm`, which each
 * writer knows: a spreadsheet program draws columns narrower than their nominal width, see
 * officialLayout.printedColumnMm); a cell merged down over rows needs the rows together.
 */
export interface AnnexPagePlan extends PagePlan {
  /** The merged cells, cut at the page breaks: each part repeats the merged text. */
  merges: { range: MergeRange; text: string }[];
}

export function planAnnexPages(
  layout: AnnexLayout,
  printedMm: readonly number[],
  fontPt: number,
  space: { first: number; later: number },
): AnnexPagePlan {
  const widthOf = (col: number, span: number) => printedMm.slice(col, col + span).reduce((a, b) => a + b, 0);
  const heightOf = (text: string, col: number, span: number) => rowHeightPt(wrappedLines(text, widthOf(col, span), fontPt), fontPt);
  const rows = layout.rows.map((row) => {
    if (row.kind === 'section') return heightOf(row.text, 0, printedMm.length);
    let h = rowHeightPt(1, fontPt);
    row.cells.forEach((cell, c) => {
      if (cell.rowSpan === 1 && cell.colSpan > 0) h = Math.max(h, heightOf(cell.text, c, cell.colSpan));
    });
    return h;
  });
  const merges = annexMerges(layout).map((range) => {
    const row = layout.rows[range[0]]!;
    return { range, text: row.kind === 'task' ? row.cells[range[1]]!.text : row.text };
  });
  const tall: TallMerge[] = merges
    .filter(({ range: [top, , bottom] }) => bottom > top)
    .map(({ range: [top, col, bottom, right], text }) => ({ top, bottom, needed: heightOf(text, col, right - col + 1) }));
  const glued = new Set(layout.rows.flatMap((row, i) => (row.kind === 'section' ? [i] : [])));
  const plan = planPages(rows, tall, { ...space, glued });
  const pieces = merges.flatMap(({ range, text }) => splitMergesAtBreaks([range], plan.breaks).map((piece) => ({ range: piece, text })));
  return { ...plan, merges: pieces };
}

import { ANNEX_COLUMN_WIDTHS_MM, type AnnexLayout } from './annexLayout';
import { breakUnits, linesOfUnits, rowHeightPt } from './officialLayout';

/**
 * Column widths for one annex, fitted to its text: 序号, 类别 and 完成时间 keep their widths;
 * the rest of the 243 mm type area is shared among 主要内容, 牵头部门 and 配合部门 so that the
 * table is as short as it can be. A plan whose 配合部门 are mostly empty gives that room to the
 * task text; 通政办发〔2017〕179号's long partner lists keep theirs. On the five plans of docs/domain.md this prints 7–22 %
 * fewer row heights than one fixed set of widths, i.e. fewer, fuller pages.
 *
 * Widths move in 2 mm steps. Every cell's line count is worked out once per candidate width,
 * then the combinations are summed, so 200 tasks take milliseconds.
 */

const STEP_MM = 2;
const MIN_MM = { content: 70, lead: 24, cooperating: 24 } as const;
/** Wrapping is estimated against 95 % of a width, as the .xlsx writer does (see annexXlsx.ts). */
const SAFETY = 0.95;

export function annexColumnWidths(layout: AnnexLayout, fontPt: number): number[] {
  const fixed = ANNEX_COLUMN_WIDTHS_MM;
  const total = fixed.reduce((a, b) => a + b, 0);
  const free = total - fixed[0] - fixed[1] - fixed[5];
  const rows = layout.rows.flatMap((row) => (row.kind === 'task' ? [row.cells] : []));
  if (rows.length === 0) return [...fixed];
  // A text's break points do not depend on the width: found once, laid out at every width.
  const unitsMemo = new Map<string, number[]>();
  const wrappedLines = (text: string, widthMm: number, pt: number) => {
    let u = unitsMemo.get(text);
    if (!u) unitsMemo.set(text, (u = breakUnits(text)));
    return linesOfUnits(u, widthMm, pt);
  };

  const candidates = (min: number, max: number) => {
    const out: number[] = [];
    for (let w = min; w <= max; w += STEP_MM) out.push(w);
    return out;
  };
  const contentWidths = candidates(MIN_MM.content, free - MIN_MM.lead - MIN_MM.cooperating);
  const leadWidths = candidates(MIN_MM.lead, free - MIN_MM.content - MIN_MM.cooperating);

  // Lines of each row's cells per candidate width; a cell spanning 类别 and 主要内容 gets the 类别 width added.
  const linesAt = (col: number, width: number) =>
    rows.map((cells) => {
      const cell = cells[col]!;
      if (cell.rowSpan !== 1 || cell.colSpan === 0) {
        return col === 2 && cells[1]!.colSpan === 2 ? wrappedLines(cells[1]!.text, (fixed[1] + width) * SAFETY, fontPt) : 1;
      }
      return wrappedLines(cell.text, width * SAFETY, fontPt);
    });
  const memo = new Map<string, number[]>();
  const lines = (col: number, width: number) => {
    const key = `${col}:${width}`;
    let v = memo.get(key);
    if (!v) memo.set(key, (v = linesAt(col, width)));
    return v;
  };
  const fixedLines = rows.map((cells) => Math.max(1, ...[0, 1, 5].map((c) => (cells[c]!.rowSpan === 1 && cells[c]!.colSpan === 1 ? wrappedLines(cells[c]!.text, fixed[c]! * SAFETY, fontPt) : 1))));

  // Cells merged down over several rows (categories, shared departments) need their rows together.
  const merged = rows.flatMap((cells, i) =>
    cells.flatMap((cell, col) => {
      if (cell.rowSpan <= 1) return [];
      // The height a merged cell needs, per width tried (a few dozen widths, not every combination).
      const byWidth = new Map<number, number>();
      const needed = (width: number) => {
        let h = byWidth.get(width);
        if (h === undefined) byWidth.set(width, (h = rowHeightPt(wrappedLines(cell.text, width * SAFETY, fontPt), fontPt)));
        return h;
      };
      return [{ i, col, rows: cell.rowSpan, colSpan: cell.colSpan, needed }];
    }),
  );
  const widthOf = (w: readonly number[], col: number, span: number) => w.slice(col, col + span).reduce((a, b) => a + b, 0);

  let best: number[] = [...fixed];
  let bestHeight = Number.POSITIVE_INFINITY;
  const heights = new Array<number>(rows.length);
  for (const content of contentWidths) {
    for (const lead of leadWidths) {
      const cooperating = free - content - lead;
      if (cooperating < MIN_MM.cooperating) continue;
      const w = [fixed[0], fixed[1], content, lead, cooperating, fixed[5]];
      const a = lines(2, content);
      const b = lines(3, lead);
      const c = lines(4, cooperating);
      let height = 0;
      for (let i = 0; i < rows.length; i++) height += heights[i] = rowHeightPt(Math.max(fixedLines[i]!, a[i]!, b[i]!, c[i]!), fontPt);
      for (const m of merged) {
        let have = 0;
        for (let r = m.i; r < m.i + m.rows; r++) have += heights[r]!;
        height += Math.max(0, m.needed(widthOf(w, m.col, m.colSpan)) - have);
      }
      if (height < bestHeight) [best, bestHeight] = [w, height];
    }
  }
  return best;
}

import type { Bounds } from './cellRange';

/** What a grid's range looks like at one moment (see RangeSelection). */
export interface RangePicture {
  /** The selected rectangle, or null when only a cell is focused. */
  range: Bounds | null;
  /** The rectangle (or the focused cell) whose bottom-right corner holds the fill handle. */
  handle: Bounds | null;
  /** While the handle is dragged: the last row it reaches. */
  fillTo: number | null;
}

/** Rows drawn beyond the rendered ones, so a quick scroll shows the range before it is repainted. */
const MARGIN = 100;

const RANGE = 'background-color: rgba(22, 119, 255, 0.12);';
const FILL_TARGET = 'background-color: rgba(22, 119, 255, 0.06); outline: 1px dashed #1677ff; outline-offset: -1px;';
const CORNER =
  "content: ''; position: absolute; right: 0; bottom: 0; width: 7px; height: 7px; background: #1677ff; border: 1px solid #fff; cursor: crosshair;";

let scopes = 0;

/**
 * Draws a grid's range with one style sheet of its own instead of a class on each cell: the cells
 * are picked by their row's `row-index` and their `col-id`. AG Grid therefore runs nothing per cell
 * for ranges — not when the first rows are drawn, nor after a sort or a scroll — and a row scrolled
 * into view is drawn by the browser's style matching. A range can cover 100,000 rows, so only the
 * rows near the rendered ones are listed; the grid calls `paint` again when those change.
 */
export class RangePaint {
  private readonly style = document.createElement('style');
  private readonly scope: string;
  private text = '';
  /** Whether the last picture left rows out (then a scroll needs a repaint). */
  clipped = false;

  constructor(host: HTMLElement) {
    const id = String(++scopes);
    host.dataset.rangeScope = id;
    this.scope = `[data-range-scope="${id}"]`;
    document.head.appendChild(this.style);
  }

  paint(p: RangePicture, colIds: readonly string[], rendered: { first: number; last: number }): void {
    const from = rendered.first - MARGIN;
    const to = rendered.last + MARGIN;
    this.clipped = false;
    const rule = (b: Bounds, declarations: string, pseudo = ''): string => {
      const top = Math.max(b.top, from);
      const bottom = Math.min(b.bottom, to);
      if (top > b.top || bottom < b.bottom) this.clipped = true;
      if (top > bottom) return '';
      const rows = Array.from({ length: bottom - top + 1 }, (_, i) => `[row-index="${top + i}"]`).join(',');
      const cols = colIds
        .slice(b.left, b.right + 1)
        .map((id) => `[col-id="${CSS.escape(id)}"]`)
        .join(',');
      return cols ? `${this.scope} .ag-row:is(${rows}) .ag-cell:is(${cols})${pseudo} { ${declarations} }\n` : '';
    };
    let text = '';
    if (p.range) text += rule(p.range, RANGE);
    const h = p.handle;
    if (h && p.fillTo !== null && p.fillTo > h.bottom) text += rule({ ...h, top: h.bottom + 1, bottom: p.fillTo }, FILL_TARGET);
    if (h) text += rule({ top: h.bottom, bottom: h.bottom, left: h.right, right: h.right }, CORNER, '::after');
    if (text !== this.text) this.style.textContent = this.text = text;
  }

  destroy(): void {
    this.style.remove();
  }
}

import type { Column, GridApi } from 'ag-grid-community';
import { boundsOf, fillSeries, inBounds, moveEnd, type Bounds, type CellPos, type CellRange } from './cellRange';
import { dataColumns, editableColumns, shownRowKeys, writePlan } from './gridActions';
import type { GridController } from './gridController';
import { planPaste } from './pastePlan';
import { RangePaint } from './rangePaint';
import { toTsv } from './tsv';
import type { GridRow, LedgerRow } from './types';

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
/** How close to a cell's bottom-right corner a press grabs the fill handle, in pixels. */
const HANDLE = 8;

/**
 * Cell ranges for the ledger grids (AG Grid Community has none; its Enterprise licence is no
 * option for a county bureau). A drag, Shift+click or Shift+arrows select a rectangle; Ctrl+C
 * copies it as TSV; Delete clears it; Ctrl+D fills down; the handle at its bottom-right corner
 * drags a value or a series down. Every write goes through writePlan, so each is one undo step.
 * The rectangle is drawn by one style sheet per grid (rangePaint.ts), so nothing runs per cell.
 */
export class RangeSelection<T extends LedgerRow> {
  private range: CellRange | null = null;
  private focus: CellPos | null = null;
  private fillTo: number | null = null;
  private dragging: 'select' | 'fill' | null = null;
  private dragAnchor: CellPos | null = null;
  private colIndex = new Map<string, number>();
  private colIds: string[] = [];
  /** Kept with range and focus: the rectangle and the handle's cells, as painted. */
  private rangeBounds: Bounds | null = null;
  private handle: Bounds | null = null;
  private paint: RangePaint | null = null;

  constructor(private readonly c: GridController<T>) {}

  private get api(): GridApi<GridRow<T>> | null {
    const g = this.c.gridApi;
    return g && !g.isDestroyed() ? g : null;
  }

  /** The selected rectangle, or the focused cell alone. */
  private current(): CellRange | null {
    return this.range ?? (this.focus ? { anchor: this.focus, end: this.focus } : null);
  }

  private updateBounds(): void {
    this.rangeBounds = this.range ? boundsOf(this.range) : null;
    const r = this.current();
    this.handle = r ? boundsOf(r) : null;
  }

  hasRange(): boolean {
    return this.range !== null;
  }

  columnsChanged(): void {
    this.colIds = dataColumns(this.c).map((col) => col.getColId());
    this.colIndex = new Map(this.colIds.map((id, i) => [id, i]));
    this.set(null);
  }

  /** The grid rendered other rows: a range longer than the painted rows is painted again. */
  viewportChanged(): void {
    if (this.paint?.clipped) this.redraw();
  }

  /** AG Grid moved the focus (click, arrows, Enter): a new active cell, no rectangle. */
  focusChanged(rowIndex: number | null, column: Column | null): void {
    const col = column ? this.colIndex.get(column.getColId()) : undefined;
    this.focus = rowIndex === null || col === undefined ? null : { row: rowIndex, col };
    // A click inside the rectangle (Shift+click's own, or the end of a drag) keeps it.
    if (this.dragging === null && !inBounds(this.rangeBounds, this.focus?.row ?? -1, this.focus?.col ?? -1)) this.range = null;
    this.updateBounds();
    this.redraw();
  }

  set(range: CellRange | null): void {
    this.range = range && (range.anchor.row !== range.end.row || range.anchor.col !== range.end.col) ? range : null;
    this.updateBounds();
    this.redraw();
  }

  private redraw(): void {
    const g = this.api;
    if (!g || !this.paint) return;
    const rendered = { first: g.getFirstDisplayedRowIndex(), last: g.getLastDisplayedRowIndex() };
    this.paint.paint({ range: this.rangeBounds, handle: this.handle, fillTo: this.fillTo }, this.colIds, rendered);
  }

  /** The rectangle as Excel pastes it (tab-separated, as the cells show), or null without one. */
  copyText(): string | null {
    const g = this.api;
    if (!g || !this.range) return null;
    const b = boundsOf(this.range);
    const columns = dataColumns(this.c).slice(b.left, b.right + 1);
    const rows: string[][] = [];
    for (let i = b.top; i <= b.bottom; i++) {
      const node = g.getDisplayedRowAtIndex(i);
      rows.push(columns.map((col) => (node ? String(g.getCellValue({ rowNode: node, colKey: col, useFormatter: true }) ?? '') : '')));
    }
    return toTsv(rows);
  }

  /** Writes `block` over the rectangle's top-left corner: one action, one undo step. */
  private write(at: CellPos, block: string[][], label: string, verb: string): void {
    const columns = editableColumns(this.c);
    const plan = planPaste(block, { rowKeys: shownRowKeys(this.c, at.row, block.length), columns, anchorRow: 0, anchorCol: at.col });
    if (plan.existing.size === 0 || [...plan.existing.values()].every((v) => Object.keys(v).length === 0)) {
      this.c.hooks.status({ kind: 'info', text: `所选单元格都是只读的，未${verb}` });
      return;
    }
    writePlan(this.c, plan, label, (saved) => `已${label}：${saved} 行${plan.skippedReadOnly ? `（${plan.skippedReadOnly} 个只读单元格未${verb}）` : ''}`);
  }

  /** Whether a display cell is inside the rectangle. */
  contains(row: number, colId: string): boolean {
    return inBounds(this.rangeBounds, row, this.colIndex.get(colId) ?? -1);
  }

  /** The display rows of the rectangle (or of the focused cell), top to bottom. */
  rowIndexes(): number[] {
    const b = this.handle;
    return b ? Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.top + i) : [];
  }

  /** Delete on a rectangle (or, from the menu, on the focused cell): every editable cell is cleared. */
  clear(): boolean {
    const r = this.current();
    if (!r) return false;
    const b = boundsOf(r);
    const block = Array.from({ length: b.bottom - b.top + 1 }, () => Array<string>(b.right - b.left + 1).fill(''));
    this.write({ row: b.top, col: b.left }, block, `清除 ${block.length} 行 × ${block[0]!.length} 列`, '清除');
    return true;
  }

  /** Ctrl+D: the rectangle's top row down over the rest; a single cell takes the cell above. */
  fillDown(): void {
    const r = this.current();
    if (!r) return;
    const b = boundsOf(r);
    const top = this.range ? b.top : b.top - 1;
    if (top < 0) return;
    const source = this.rowTexts(top, b.left, b.right);
    const block = Array.from({ length: b.bottom - top }, () => [...source]);
    if (block.length) this.write({ row: top + 1, col: b.left }, block, '向下填充', '填充');
  }

  /** The fill handle let go at row `to`: each column's values (or their series) continue down. */
  private fillSeries(to: number): void {
    const b = this.handle;
    if (!b || to <= b.bottom) return;
    const sources: string[][] = [];
    for (let i = b.top; i <= b.bottom; i++) sources.push(this.rowTexts(i, b.left, b.right));
    const perColumn = sources[0]!.map((_, c) => fillSeries(sources.map((row) => row[c]!), to - b.bottom));
    const block = Array.from({ length: to - b.bottom }, (_, r) => perColumn.map((values) => values[r]!));
    this.write({ row: b.bottom + 1, col: b.left }, block, `填充 ${block.length} 行`, '填充');
    this.set({ anchor: { row: b.top, col: b.left }, end: { row: to, col: b.right } });
  }

  /** A row's cells as they would be typed (the raw value, not a formatted one). */
  private rowTexts(rowIndex: number, left: number, right: number): string[] {
    const g = this.api;
    const node = g?.getDisplayedRowAtIndex(rowIndex);
    return dataColumns(this.c)
      .slice(left, right + 1)
      .map((col) => {
        const v = node && g ? g.getCellValue({ rowNode: node, colKey: col }) : null;
        return v === null || v === undefined ? '' : String(v);
      });
  }

  private cellAt(target: EventTarget | null): CellPos | null {
    const cell = target instanceof Element ? target.closest('.ag-cell') : null;
    const row = cell?.closest('.ag-row');
    const col = cell ? this.colIndex.get(cell.getAttribute('col-id') ?? '') : undefined;
    const index = row?.getAttribute('row-index');
    if (!cell || col === undefined || !index || row?.closest('.ag-floating-top, .ag-floating-bottom')) return null;
    return { row: Number(index), col };
  }

  /** Mouse and keys on the grid's element (one listener each, delegated) and the painter; returns the cleanup. */
  attach(host: HTMLElement): () => void {
    const paint = (this.paint = new RangePaint(host));
    this.redraw();
    const onPointerDown = (e: PointerEvent) => {
      const g = this.api;
      if (e.button !== 0 || !g || g.getEditingCells().length > 0) return;
      const pos = this.cellAt(e.target);
      if (!pos) return;
      const rect = (e.target as Element).closest('.ag-cell')!.getBoundingClientRect();
      const h = this.handle;
      if (h && pos.row === h.bottom && pos.col === h.right && rect.right - e.clientX <= HANDLE && rect.bottom - e.clientY <= HANDLE) {
        this.dragging = 'fill';
        this.fillTo = h.bottom;
        e.preventDefault();
        return;
      }
      if (e.shiftKey) {
        const anchor = this.range?.anchor ?? this.focus ?? pos;
        this.dragging = 'select';
        this.set({ anchor, end: pos });
        // AG Grid would move the active cell to the clicked one; Excel keeps it at the anchor.
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      this.dragging = 'select';
      this.dragAnchor = pos;
      this.set(null);
    };
    const onPointerMove = (e: PointerEvent) => {
      if (!this.dragging || (e.buttons & 1) === 0) return;
      const pos = this.cellAt(document.elementFromPoint(e.clientX, e.clientY));
      if (!pos) return;
      if (this.dragging === 'fill') {
        this.fillTo = Math.max(pos.row, this.handle!.bottom);
        this.redraw();
      } else {
        const anchor = this.range?.anchor ?? this.dragAnchor;
        if (anchor) this.set({ anchor, end: pos });
      }
    };
    const onPointerUp = () => {
      if (this.dragging === 'fill' && this.fillTo !== null) {
        const to = this.fillTo;
        this.fillTo = null;
        this.redraw();
        this.fillSeries(to);
      }
      this.dragging = null;
      this.dragAnchor = null;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const g = this.api;
      if (!g || g.getEditingCells().length > 0 || !(e.target instanceof Element) || !e.target.closest('.ag-cell')) return;
      const mod = e.ctrlKey || e.metaKey;
      const arrow = ARROWS[e.key];
      if (arrow && e.shiftKey && !mod) {
        const start = this.range ?? (this.focus ? { anchor: this.focus, end: this.focus } : null);
        if (!start) return;
        const next = moveEnd(start, arrow[0], arrow[1], g.getDisplayedRowCount(), this.colIndex.size);
        this.set(next);
        g.ensureIndexVisible(next.end.row);
        const col = dataColumns(this.c)[next.end.col];
        if (col) g.ensureColumnVisible(col);
        e.preventDefault();
        e.stopPropagation();
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && this.range) {
        this.clear();
        e.preventDefault();
        e.stopPropagation();
      } else if (mod && !e.shiftKey && e.key.toLowerCase() === 'd') {
        this.fillDown();
        e.preventDefault();
        e.stopPropagation();
      } else if (arrow || e.key === 'Tab' || e.key === 'Enter') {
        this.set(null);
      }
    };
    host.addEventListener('pointerdown', onPointerDown, true);
    host.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    host.addEventListener('keydown', onKeyDown, true);
    return () => {
      host.removeEventListener('pointerdown', onPointerDown, true);
      host.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      host.removeEventListener('keydown', onKeyDown, true);
      paint.destroy();
      this.paint = null;
    };
  }
}

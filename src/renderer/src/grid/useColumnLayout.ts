import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef } from 'react';
import type { GridKey, GridLayout } from '../../../shared/schemas/gridLayout';
import { api } from '../api';

const toLayout = (state: ColumnState[]): GridLayout =>
  state
    .filter((s) => !s.colId.startsWith('ag-Grid-'))
    .map((s) => ({ colId: s.colId, width: Math.round(s.width ?? 100), hide: !!s.hide, pinned: s.pinned === 'left' || s.pinned === 'right' ? s.pinned : null }));

/**
 * Remembers a grid's column widths, order and visibility in the data file (grid:layout), so they
 * survive restarts in Electron (file://) and in the harness (whose port changes every run).
 * Sorting and filters are not kept: a fresh start shows the ledger in its natural order.
 */
export function useColumnLayout(grid: GridKey) {
  const layout = useRef<Promise<GridLayout | null>>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<GridLayout | null>(null);
  const applied = useRef(false);
  layout.current ??= api.call('grid:layout', { grid }).catch(() => null);

  /** Sends a layout still waiting out its pause now. */
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const columns = pending.current;
    pending.current = null;
    if (!columns) return;
    void api.call('grid:saveLayout', { grid, columns }).catch(() => {
      // A layout that cannot be saved (read-only file) is not worth interrupting the user for.
    });
  }, [grid]);

  // A width dragged just before leaving the screen or closing the window is still kept.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  /** Called when AG Grid is ready: puts the remembered layout on the columns. */
  const restore = useCallback(async (g: GridApi) => {
    const saved = await layout.current;
    if (saved && !g.isDestroyed()) {
      const known = new Set(g.getColumns()?.map((c) => c.getColId()));
      g.applyColumnState({ state: saved.filter((c) => known.has(c.colId)), applyOrder: true });
    }
    applied.current = true;
  }, []);

  /** Saves the columns as they are now, after a short pause (a drag fires many events). */
  const save = useCallback(
    (g: GridApi) => {
      if (!applied.current || g.isDestroyed()) return;
      pending.current = toLayout(g.getColumnState());
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, 500);
    },
    [flush],
  );

  /** Called on every column event: only what the user did is kept. */
  const changed = useCallback(
    (g: GridApi, source: string) => {
      if (source !== 'api' && source !== 'gridInitializing' && source !== 'flex') save(g);
    },
    [save],
  );

  /** Forgets the user's layout: the columns as the app defines them. */
  const reset = useCallback(
    (g: GridApi) => {
      g.resetColumnState();
      pending.current = toLayout(g.getColumnState());
      flush();
    },
    [flush],
  );

  return { restore, changed, save, reset };
}

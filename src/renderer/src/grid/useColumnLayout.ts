import type { FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef } from 'react';
import { ColumnFilter, type GridKey, type GridLayout } from '../../../shared/schemas/gridLayout';
import { api } from '../api';

function toLayout(g: GridApi): GridLayout {
  const filters: FilterModel = g.getFilterModel();
  return g
    .getColumnState()
    .filter((s) => !s.colId.startsWith('ag-Grid-'))
    .map((s) => {
      // A filter the layout cannot hold (none of ours today) is left out rather than losing the layout.
      const filter = ColumnFilter.safeParse(filters[s.colId]);
      return {
        colId: s.colId,
        width: Math.round(s.width ?? 100),
        hide: !!s.hide,
        pinned: s.pinned === 'left' || s.pinned === 'right' ? s.pinned : null,
        ...(filter.success ? { filter: filter.data } : {}),
      };
    });
}

/**
 * Remembers a grid's column widths, order, visibility, frozen columns and filters in the data
 * file (grid:layout), so they survive restarts in Electron (file://) and in the harness (whose
 * port changes every run). Sorting is not kept: a fresh start shows the ledger in its natural
 * order, and the status bar's 筛选后 count says when a kept filter hides rows.
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
      const columns = saved.filter((c) => known.has(c.colId));
      g.applyColumnState({ state: columns, applyOrder: true });
      const filters: FilterModel = {};
      for (const c of columns) if (c.filter) filters[c.colId] = c.filter;
      if (Object.keys(filters).length) g.setFilterModel(filters);
    }
    applied.current = true;
  }, []);

  /** Saves the columns as they are now, after a short pause (a drag fires many events). */
  const save = useCallback(
    (g: GridApi) => {
      if (!applied.current || g.isDestroyed()) return;
      pending.current = toLayout(g);
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

  /**
   * Forgets the user's layout: the columns' widths, order, visibility and freezing as the app
   * defines them. The rows' order is not layout: a sort stays as it was, as the filters do (AG
   * Grid's column state holds both, so the sort is put back). Says whether a sort was kept.
   */
  const reset = useCallback(
    (g: GridApi): boolean => {
      const sorts = g
        .getColumnState()
        .filter((s) => s.sort)
        .map(({ colId, sort, sortIndex }) => ({ colId, sort, sortIndex }));
      g.resetColumnState();
      if (sorts.length) g.applyColumnState({ state: sorts });
      pending.current = toLayout(g);
      flush();
      return sorts.length > 0;
    },
    [flush],
  );

  /** Called on every filter change; the search box's changes leave the column filters as they were. */
  const lastFilters = useRef('');
  const filtersChanged = useCallback(
    (g: GridApi) => {
      const now = JSON.stringify(g.getFilterModel());
      if (now === lastFilters.current) return;
      lastFilters.current = now;
      save(g);
    },
    [save],
  );

  return { restore, changed, save, reset, filtersChanged };
}

import type { ColumnState } from 'ag-grid-community';
import { useState } from 'react';
import { filterValueOf } from './cellText';
import { addDraftRow, copyText, dataColumns, pasteBlock } from './gridActions';
import type { GridController } from './gridController';
import { GridContextMenu, menuTargetOf, type MenuAction, type MenuTarget } from './GridContextMenu';
import type { RangeSelection } from './rangeSelection';
import { isSetFilter } from './SetFilter';
import { setModelOf, setValueOf } from './setFilterModel';
import type { LedgerRow } from './types';

interface MenuHosts<T extends LedgerRow> {
  controller: GridController<T>;
  range: RangeSelection<T>;
  /** Saves the columns' layout (frozen columns are part of it). */
  saveLayout(): void;
  confirmDelete(): void;
}

/** The filter that keeps rows whose cell equals `value`, in the column's own filter's terms. */
function equalsModel(filter: unknown, value: unknown): Record<string, unknown> {
  if (isSetFilter(filter)) return setModelOf([setValueOf(value)]);
  if (value === null || value === undefined || value === '') return { filterType: filter === 'agNumberColumnFilter' ? 'number' : filter === 'agDateColumnFilter' ? 'date' : 'text', type: 'blank' };
  if (filter === 'agNumberColumnFilter') return { filterType: 'number', type: 'equals', filter: Number(value) };
  if (filter === 'agDateColumnFilter') return { filterType: 'date', type: 'equals', dateFrom: `${String(value)} 00:00:00` };
  return { filterType: 'text', type: 'equals', filter: String(value) };
}

function run<T extends LedgerRow>(h: MenuHosts<T>, action: MenuAction, t: MenuTarget): void {
  const { controller: c, range } = h;
  const g = c.gridApi;
  if (!g) return;
  const status = c.hooks.status;
  const label = c.label(t.colId);
  const columns = dataColumns(c);
  switch (action) {
    case 'copy': {
      const text = range.copyText() ?? copyText(c) ?? '';
      navigator.clipboard.writeText(text).then(
        () => status({ kind: 'info', text: '已复制，可粘贴到 Excel 或 WPS' }),
        () => status({ kind: 'info', text: '菜单无法写入剪贴板，请按 Ctrl+C 复制' }),
      );
      return;
    }
    case 'paste':
      navigator.clipboard.readText().then(
        (text) => pasteBlock(c, text),
        () => status({ kind: 'info', text: '菜单无法读取剪贴板，请按 Ctrl+V 粘贴' }),
      );
      return;
    case 'insertRow':
      return addDraftRow(c);
    case 'deleteRow':
      return h.confirmDelete();
    case 'fillDown':
      return range.fillDown();
    case 'clear':
      range.clear();
      return;
    case 'freeze': {
      const upTo = columns.findIndex((col) => col.getColId() === t.colId);
      const state: ColumnState[] = columns.map((col, i) => ({ colId: col.getColId(), pinned: i <= upTo ? 'left' : null }));
      g.applyColumnState({ state });
      h.saveLayout();
      return status({ kind: 'info', text: `已冻结至「${label}」：左侧 ${upTo + 1} 列不随横向滚动` });
    }
    case 'unfreeze': {
      // The name column stays frozen, as the grid defines it; the user's freezes are undone.
      g.applyColumnState({ state: columns.map((col) => ({ colId: col.getColId(), pinned: col.getColDef().pinned === 'left' ? 'left' : null })) });
      h.saveLayout();
      return status({ kind: 'info', text: '已取消冻结' });
    }
    case 'sort': {
      const now = g.getColumnState().find((s) => s.colId === t.colId)?.sort;
      const sort = now === 'asc' ? 'desc' : 'asc';
      g.applyColumnState({ state: [{ colId: t.colId, sort }], defaultState: { sort: null } });
      return status({ kind: 'info', text: `已按「${label}」${sort === 'asc' ? '升序' : '降序'}排列` });
    }
    case 'filterValue': {
      const node = t.rowIndex === null ? undefined : g.getDisplayedRowAtIndex(t.rowIndex);
      const column = g.getColumn(t.colId);
      if (!node || !column) return;
      const value = filterValueOf(g, node, column);
      void g.setColumnFilterModel(t.colId, equalsModel(column.getColDef().filter, value)).then(() => g.onFilterChanged());
      return status({ kind: 'info', text: `已筛选「${label}」为「${value === null || value === undefined || value === '' ? '空白' : String(value)}」；在列标题的筛选按钮中可清除` });
    }
  }
}

/** The right-click menu's state and handlers for a ledger grid. */
export function useGridMenu<T extends LedgerRow>(hosts: MenuHosts<T>) {
  const [target, setTarget] = useState<MenuTarget | null>(null);
  function onContextMenu(e: React.MouseEvent) {
    const t = menuTargetOf(e);
    const g = hosts.controller.gridApi;
    if (!t || !g) return;
    e.preventDefault();
    // A right-click outside the rectangle makes that cell the active one, as in Excel.
    if (t.rowIndex !== null && !hosts.range.contains(t.rowIndex, t.colId)) g.setFocusedCell(t.rowIndex, t.colId);
    setTarget(t);
  }
  const menu = <GridContextMenu target={target} onClose={() => setTarget(null)} onAction={(a, t) => run(hosts, a, t)} />;
  return { onContextMenu, menu };
}

import type { Column, IRowNode } from 'ag-grid-community';
import { errorMessage } from '../api';
import type { GridController, UnsavedChange } from './gridController';
import { publish } from './rowBus';
import { planPaste, type PastePlan } from './pastePlan';
import { isDraft, rowKey, setPending, snapshotUnsaved, unsavedValues } from './rowState';
import { parseTsv, toTsv } from './tsv';
import type { GridRow, LedgerRow } from './types';

/** The grid's own columns (not the selection checkboxes), as displayed. */
export function dataColumns<T extends LedgerRow>(c: GridController<T>): Column[] {
  return (c.gridApi?.getAllDisplayedColumns() ?? []).filter((col) => !col.getColId().startsWith('ag-Grid-'));
}

/**
 * Pastes a block copied from Excel or WPS at the focused cell, as one action: the block is laid
 * over the displayed rows and columns from the focused cell (rows past the end become draft
 * rows; cells past the last column or on read-only columns are counted), then written by
 * writePlan.
 */
export function pasteBlock<T extends LedgerRow>(c: GridController<T>, text: string): void {
  const g = c.gridApi;
  const block = parseTsv(text);
  if (!g || block.length === 0) return;
  const focused = g.getFocusedCell();
  if (!focused || focused.rowPinned) {
    c.hooks.status({ kind: 'info', text: '请先点选要粘贴到的起始单元格，再粘贴' });
    return;
  }
  const columns = dataColumns(c);
  const anchorCol = columns.findIndex((col) => col.getColId() === focused.column.getColId());
  const plan = planPaste(block, {
    rowKeys: shownRowKeys(c, focused.rowIndex, block.length),
    columns: editableColumns(c),
    anchorRow: 0,
    anchorCol: Math.max(anchorCol, 0),
  });
  const size = `${block.length} 行 × ${Math.max(...block.map((r) => r.length))} 列`;
  writePlan(c, plan, `粘贴 ${size}`, (saved, created) => {
    const skipped = plan.skippedOutside + plan.skippedReadOnly;
    return `已粘贴 ${size}：保存 ${saved} 行${created ? `（新增 ${created} 行）` : ''}${skipped ? `；${skipped} 个单元格落在只读列或表格之外，未粘贴` : ''}`;
  });
}

/** Keys of `count` displayed rows from `from` (fewer at the end of the grid). */
export function shownRowKeys<T extends LedgerRow>(c: GridController<T>, from: number, count: number): string[] {
  const g = c.gridApi;
  const keys: string[] = [];
  if (!g) return keys;
  for (let i = from; i < Math.min(g.getDisplayedRowCount(), from + count); i++) {
    const n = g.getDisplayedRowAtIndex(i);
    if (n?.data) keys.push(rowKey(n.data));
  }
  return keys;
}

/** The displayed data columns and whether each can be written. */
export function editableColumns<T extends LedgerRow>(c: GridController<T>): { field: string; editable: boolean }[] {
  return dataColumns(c).map((col) => ({ field: col.getColId(), editable: col.getColDef().editable !== false }));
}

/**
 * Writes planned cells (a paste, a cleared range, a fill) as one action:
 * 1. every cell shows at once as unsaved; new rows appear as drafts;
 * 2. one applyEdits call saves all good cells in one transaction and one audit batch;
 * 3. refused cells stay marked with their reason (a new row keeps its good cells, see
 *    gridEdits), and the whole action, drafts included, is one undo step.
 */
export function writePlan<T extends LedgerRow>(c: GridController<T>, plan: PastePlan, label: string, done: (saved: number, created: number) => string): void {
  const g = c.gridApi;
  if (!g) return;
  const unsaved: UnsavedChange<T>[] = [];
  const updates: { id: number; patch: Record<string, unknown> }[] = [];
  const creates: { key: string; draft: Record<string, unknown> }[] = [];
  const sent = new Map<string, Record<string, unknown>>();
  const touched: IRowNode<GridRow<T>>[] = [];
  for (const [key, cells] of plan.existing) {
    const node = c.node(key);
    if (!node?.data || Object.keys(cells).length === 0) continue;
    unsaved.push({ key, before: snapshotUnsaved(node.data) });
    const expanded = c.expandAll(cells, node.data);
    for (const [f, v] of Object.entries({ ...expanded, ...cells })) setPending(node.data, f, v);
    touched.push(node);
    if (isDraft(node.data)) {
      const values = unsavedValues(node.data);
      sent.set(key, values);
      creates.push({ key, draft: { ...c.spec.defaults, ...c.expandAll(values) } });
    } else {
      sent.set(key, { ...expanded, ...cells });
      updates.push({ id: node.data.id, patch: expanded });
    }
  }
  const drafts = plan.added.map((cells) => {
    const d = c.nextDraft();
    for (const [f, v] of Object.entries(cells)) setPending(d, f, v);
    const key = rowKey(d);
    sent.set(key, { ...cells });
    creates.push({ key, draft: { ...c.spec.defaults, ...c.expandAll(cells) } });
    return d;
  });
  if (drafts.length) g.applyTransaction({ add: drafts });
  c.refresh(touched);

  void c.enqueue(async () => {
    const r = await c.spec.store.applyEdits({ updates, creates });
    c.applyOutcome(r, sent);
    for (const u of unsaved) u.after = c.snapshot(u.key);
    for (const d of drafts) {
      const key = rowKey(d);
      const node = c.node(key);
      if (node?.data && isDraft(node.data)) unsaved.push({ key, after: snapshotUnsaved(node.data), draftRow: { ...node.data } });
    }
    c.history.push({ label, batchId: r.batchId, unsaved });
    c.publishRows([...r.rows, ...r.created.map((x) => x.row)]);
    c.reportOutcome(r, done(r.rows.length + r.created.length, r.created.length));
  });
}

/** The selected rows (or else the focused cell) as tab-separated text for Excel and WPS. */
export function copyText<T extends LedgerRow>(c: GridController<T>): string | null {
  const g = c.gridApi;
  if (!g) return null;
  const text = (node: IRowNode<GridRow<T>>, col: Column) => {
    const v = g.getCellValue({ rowNode: node, colKey: col, useFormatter: true });
    return v === null || v === undefined ? '' : String(v);
  };
  const selected = g.getSelectedNodes().sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
  const columns = dataColumns(c);
  if (selected.length) return toTsv(selected.map((n) => columns.map((col) => text(n, col))));
  const cell = g.getFocusedCell();
  const node = cell && !cell.rowPinned ? g.getDisplayedRowAtIndex(cell.rowIndex) : undefined;
  return cell && node ? text(node, cell.column) : null;
}

/** A new empty row at the end, focused on its first editable column, ready for typing or a paste. */
export function addDraftRow<T extends LedgerRow>(c: GridController<T>): void {
  const g = c.gridApi;
  if (!g) return;
  // An empty row passes no column filter: show all rows, or the new one would be hidden.
  const filtered = g.isColumnFilterPresent();
  if (filtered) g.setFilterModel(null);
  const draft = c.nextDraft();
  const [node] = g.applyTransaction({ add: [draft] })?.add ?? [];
  const col = dataColumns(c).find((x) => x.getColDef().editable !== false);
  if (!node || node.rowIndex === null || !col) return;
  g.ensureIndexVisible(node.rowIndex, 'bottom');
  g.ensureColumnVisible(col);
  // In a long grid the new row is drawn only after the scroll: focus its cell once it is there,
  // so that typing and Ctrl+V go to the row, not to the 新增行 button.
  const rowIndex = node.rowIndex;
  requestAnimationFrame(() => requestAnimationFrame(() => !g.isDestroyed() && g.setFocusedCell(rowIndex, col)));
  c.hooks.status({ kind: 'info', text: `${filtered ? '已清除筛选，' : ''}已新增一行草稿：填好后自动保存；也可以在此粘贴从 Excel 复制的多行` });
}

/** Deletes rows: saved ones go to the 回收站 (one batch); drafts are simply dropped. Both undoable. */
export function removeRows<T extends LedgerRow>(c: GridController<T>, rows: GridRow<T>[]): Promise<void> {
  return c.enqueue(async () => {
    const drafts = rows.filter((r) => isDraft(r));
    const saved = rows.filter((r) => !isDraft(r));
    let batchId: string | null = null;
    if (saved.length) {
      const r = await c.spec.store.remove(saved.map((x) => x.id));
      batchId = r.batchId;
      if (r.cascaded && (r.cascaded.lines || r.cascaded.cases)) publish({ kind: 'reload', entities: ['capacityLine', 'case'], source: c.id });
    }
    c.gridApi?.applyTransaction({ remove: rows });
    const gone = saved.map((x) => ({ ...x, deletedAt: new Date().toISOString() }));
    c.publishRows(gone);
    const unsaved = drafts.map((d) => ({ key: rowKey(d), before: snapshotUnsaved(d), draftRow: { ...d } }));
    const label = `删除 ${rows.length} ${c.spec.measure}${c.spec.noun}`;
    c.history.push({ label, batchId, unsaved });
    c.hooks.status({ kind: 'saved', text: `已${label}${saved.length ? '（可在回收站恢复，或按 Ctrl+Z 撤销）' : ''}` });
  });
}

/** Brings rows back from the 回收站 (one batch, undoable). */
export function restoreRows<T extends LedgerRow>(c: GridController<T>, rows: T[]): Promise<void> {
  return c.enqueue(async () => {
    try {
      const r = await c.spec.store.restore(rows.map((x) => x.id));
      const back = rows.map((x) => ({ ...x, deletedAt: null }));
      c.applyRows(back);
      c.publishRows(back);
      if (r.cascaded && (r.cascaded.lines || r.cascaded.cases)) publish({ kind: 'reload', entities: ['capacityLine', 'case'], source: c.id });
      const label = `从回收站恢复 ${rows.length} ${c.spec.measure}${c.spec.noun}`;
      c.history.push({ label, batchId: r.batchId, unsaved: [] });
      const more = r.cascaded && (r.cascaded.lines || r.cascaded.cases) ? `，连同其 ${r.cascaded.lines} 条设备、${r.cascaded.cases} 个整改事项` : '';
      c.hooks.status({ kind: 'saved', text: `已${label}${more}` });
    } catch (err) {
      c.hooks.status({ kind: 'error', text: `恢复失败：${errorMessage(err)}` });
    }
  });
}

import type { IRowNode } from 'ag-grid-community';
import { api, errorMessage } from '../api';
import { clearCell, isDraft, isUnsavedCell, restoreUnsaved } from './rowState';
import type { Action, GridRow, LedgerRow, UndoTarget, UnsavedChange } from './types';

/**
 * Undo and redo of one grid. What was saved is reversed by history:undo over the audit batch
 * (itself a new batch, so redo is the undo of the undo); drafts and refused cells the action
 * left are put back to how they were. Nothing here depends on the grid's sort or filter.
 */
export async function undoLast<T extends LedgerRow>(c: UndoTarget<T>): Promise<void> {
  if (discardFocusedCell(c)) return;
  const action = c.history.takeUndo();
  if (!action) return c.hooks.status({ kind: 'info', text: '没有可撤销的操作' });
  try {
    const batchId = await revert(c, action, 'before');
    c.history.pushRedo({ ...action, batchId });
    c.hooks.status({ kind: 'saved', text: `已撤销：${action.label}` });
  } catch (err) {
    c.history.restoreUndo(action);
    c.hooks.status({ kind: 'error', text: `撤销失败：${errorMessage(err)}` });
  }
}

export async function redoLast<T extends LedgerRow>(c: UndoTarget<T>): Promise<void> {
  const action = c.history.takeRedo();
  if (!action) return c.hooks.status({ kind: 'info', text: '没有可重做的操作' });
  try {
    const batchId = await revert(c, action, 'after');
    c.history.pushDone({ ...action, batchId });
    c.hooks.status({ kind: 'saved', text: `已重做：${action.label}` });
  } catch (err) {
    c.history.restoreRedo(action);
    c.hooks.status({ kind: 'error', text: `重做失败：${errorMessage(err)}` });
  }
}

async function revert<T extends LedgerRow>(c: UndoTarget<T>, action: Action<T>, side: 'before' | 'after'): Promise<string | null> {
  let batchId: string | null = null;
  if (action.batchId) {
    const r = await api.call('history:undo', { batchId: action.batchId });
    c.applyTouched(r.rows);
    batchId = r.batchId;
  }
  applyUnsaved(c, action.unsaved, side);
  return batchId;
}

/** Applies the before or after side of an action's unsaved changes. */
export function applyUnsaved<T extends LedgerRow>(c: UndoTarget<T>, changes: readonly UnsavedChange<T>[], side: 'before' | 'after'): void {
  const g = c.gridApi;
  if (!g) return;
  const add: GridRow<T>[] = [];
  const remove: GridRow<T>[] = [];
  const refresh: IRowNode<GridRow<T>>[] = [];
  for (const change of changes) {
    const state = change[side];
    const node = c.node(change.key);
    if (change.draftRow && !state) {
      if (node?.data && isDraft(node.data)) remove.push(node.data);
    } else if (change.draftRow && !node) {
      const row = { ...change.draftRow };
      restoreUnsaved(row, state);
      add.push(row);
    } else if (node?.data) {
      restoreUnsaved(node.data, state);
      refresh.push(node);
    }
  }
  if (add.length || remove.length) g.applyTransaction({ add, remove });
  c.refresh(refresh);
}

/** Esc or Ctrl+Z on a cell showing unsaved text: it shows its saved value again. */
export function discardFocusedCell<T extends LedgerRow>(c: UndoTarget<T>): boolean {
  const g = c.gridApi;
  const cell = g?.getFocusedCell();
  if (!g || !cell || cell.rowPinned) return false;
  const node = g.getDisplayedRowAtIndex(cell.rowIndex);
  const field = cell.column.getColId();
  if (!node?.data || !isUnsavedCell(node.data, field) || isDraft(node.data)) return false;
  clearCell(node.data, field);
  c.refresh([node]);
  c.hooks.status({ kind: 'info', text: `已放弃未保存的「${c.label(field)}」，恢复为已保存的值` });
  c.hooks.changed();
  return true;
}

/** Forgets every draft and refused cell of the grid. */
export function discardAll<T extends LedgerRow>(c: UndoTarget<T>): void {
  const g = c.gridApi;
  if (!g) return;
  const remove: GridRow<T>[] = [];
  const refresh: IRowNode<GridRow<T>>[] = [];
  g.forEachLeafNode((n) => {
    if (!n.data?.__unsaved) return;
    if (isDraft(n.data)) remove.push(n.data);
    else {
      restoreUnsaved(n.data, undefined);
      refresh.push(n);
    }
  });
  if (remove.length) g.applyTransaction({ remove });
  c.refresh(refresh);
  c.hooks.changed();
}

import type React from 'react';
import { isMac, noteKeyUndo } from './activeGrid';
import { copyText, pasteBlock } from './gridActions';
import type { GridController } from './gridController';
import { discardFocusedCell } from './gridUndo';
import type { RangeSelection } from './rangeSelection';
import type { LedgerRow } from './types';

/**
 * The keys and clipboard events a ledger grid answers on its element, outside a cell editor:
 * Ctrl+Z/Ctrl+Y undo and redo over the audit log, Esc forgets a refused cell, Ctrl+V pastes a
 * block from Excel/WPS, Ctrl+C copies the range (else the ticked rows, else the cell). An open
 * editor keeps them all for its own text.
 */
export function hostEvents<T extends LedgerRow>(controller: GridController<T>, range: RangeSelection<T>) {
  const editing = () => !controller.gridApi || controller.gridApi.getEditingCells().length > 0;

  function onKeyDown(e: React.KeyboardEvent) {
    if (editing()) return;
    const mod = isMac ? e.metaKey : e.ctrlKey;
    const key = e.key.toLowerCase();
    if (mod && key === 'z' && !e.shiftKey) {
      e.preventDefault();
      noteKeyUndo();
      void controller.undo();
    } else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) {
      e.preventDefault();
      noteKeyUndo();
      void controller.redo();
    } else if (e.key === 'Escape') {
      discardFocusedCell(controller);
    }
  }

  function onPaste(e: React.ClipboardEvent) {
    if (editing()) return;
    e.preventDefault();
    pasteBlock(controller, e.clipboardData.getData('text/plain'));
  }

  function onCopy(e: React.ClipboardEvent) {
    if (editing()) return;
    const block = range.copyText();
    const text = block ?? copyText(controller);
    if (text === null) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
    const n = controller.gridApi!.getSelectedNodes().length;
    controller.hooks.status({ kind: 'info', text: block ? '已复制所选区域，可粘贴到 Excel 或 WPS' : n ? `已复制 ${n} 行，可粘贴到 Excel 或 WPS` : '已复制单元格' });
  }

  return { onKeyDown, onPaste, onCopy };
}

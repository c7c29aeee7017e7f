import type { Column, GridApi } from 'ag-grid-community';
import { useEffect, type RefObject } from 'react';

/**
 * Typing through an input method on a selected cell, as in WPS and Excel.
 *
 * AG Grid opens the editor on a printable key, but an input method's keystroke arrives as the
 * key "Process" (keyCode 229) on a cell that is not a text box, and the browser drops whatever
 * the input method composes there. So:
 * 1. on that keystroke, a text box is laid over the focused cell and takes the focus, so the
 *    composition happens in it, inline, with the candidate window beside the cell;
 * 2. when the composition ends, the cell's own editor opens (empty, as a typed letter would
 *    open it) with the composed text and the caret after it; typing goes on in the editor;
 * 3. Esc or leaving the box drops the composition and gives the focus back to the cell.
 * Enter then saves and moves down like any edit.
 */
export function attachImeStart(host: HTMLElement, getApi: () => GridApi | null | undefined): () => void {
  const box = document.createElement('textarea');
  box.className = 'ime-start';
  box.setAttribute('aria-hidden', 'true');
  box.tabIndex = -1;
  host.appendChild(box);
  let target: { rowIndex: number; column: Column } | null = null;
  let composing = false;

  function hide() {
    box.classList.remove('ime-start-active');
    box.value = '';
    composing = false;
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.target === box || !(e.key === 'Process' || e.keyCode === 229)) return;
    const api = getApi();
    const cellEl = e.target instanceof HTMLElement ? e.target : null;
    if (!api || api.isDestroyed() || !cellEl?.classList.contains('ag-cell') || api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    const node = focused && !focused.rowPinned ? api.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
    if (!focused || !node || !focused.column.isCellEditable(node)) return;
    target = { rowIndex: focused.rowIndex, column: focused.column };
    const r = cellEl.getBoundingClientRect();
    Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${Math.max(r.width, 80)}px`, height: `${r.height}px` });
    box.value = '';
    box.classList.add('ime-start-active');
    // Synchronously, inside the keystroke, so the composition it starts lands in the box.
    box.focus({ preventScroll: true });
  }

  function commit(text: string) {
    const api = getApi();
    const at = target;
    hide();
    target = null;
    if (!api || api.isDestroyed() || !at) return;
    api.setFocusedCell(at.rowIndex, at.column);
    if (!text) return;
    // Backspace opens the editor empty, the way a typed letter replaces the cell's text.
    api.startEditingCell({ rowIndex: at.rowIndex, colKey: at.column, key: 'Backspace' });
    putIntoEditor(host, text);
  }

  box.addEventListener('compositionstart', () => (composing = true));
  box.addEventListener('compositionend', (e) => commit(box.value || e.data));
  box.addEventListener('input', (e) => {
    if (!composing && !(e as InputEvent).isComposing) commit(box.value);
  });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || composing) return;
    e.stopPropagation();
    commit('');
  });
  box.addEventListener('blur', () => {
    if (target) hide();
    target = null;
  });
  host.addEventListener('keydown', onKeyDown, true);
  return () => {
    host.removeEventListener('keydown', onKeyDown, true);
    box.remove();
  };
}

/** Waits (a few frames at most) for the editor's text box to take the focus, then fills it. */
function putIntoEditor(host: HTMLElement, text: string, framesLeft = 30): void {
  const el = document.activeElement;
  const inEditor = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  if (inEditor && el !== host.querySelector('.ime-start') && (host.contains(el) || el.closest('.ag-popup-editor'))) {
    const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    // The native setter, so React-controlled inputs (the enterprise search) see the change.
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.setSelectionRange(text.length, text.length);
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => putIntoEditor(host, text, framesLeft - 1));
}

/** attachImeStart for a React grid: `host` wraps the AgGridReact. */
export function useImeStart(host: RefObject<HTMLElement | null>, getApi: () => GridApi | null | undefined): void {
  useEffect(() => {
    const el = host.current;
    return el ? attachImeStart(el, getApi) : undefined;
    // getApi reads a ref or a controller that lives as long as the grid, so it is not a dependency.
  }, [host]);
}

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
 *
 * The editor opens a frame or more after the composition ends (AG Grid draws it through React).
 * A key pressed in that gap (an input method that sends Enter with its commit, a fast typist)
 * would reach an editor still empty, and Enter would save nothing: so until the composed text is
 * in the editor, keys are held and then replayed into it in order (a character is appended).
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
    const held = holdKeys();
    // Backspace opens the editor empty, the way a typed letter replaces the cell's text.
    api.startEditingCell({ rowIndex: at.rowIndex, colKey: at.column, key: 'Backspace' });
    putIntoEditor(host, text, held);
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

/** How long the editor may take to open before the held keys go back to wherever the focus is. */
const EDITOR_WAIT_MS = 3000;

interface HeldKeys {
  /** Characters typed while waiting, to append to the composed text. */
  typed: string;
  /** Other keys (Enter, Tab, Esc, arrows…) in the order pressed. */
  keys: KeyboardEventInit[];
  release(): void;
}

/** From now until release(), keystrokes anywhere in the window are held instead of acted on. */
function holdKeys(): HeldKeys {
  const held: HeldKeys = { typed: '', keys: [], release: () => window.removeEventListener('keydown', onKey, true) };
  function onKey(e: KeyboardEvent) {
    if (e.key === 'Process' || e.keyCode === 229 || !e.isTrusted) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (plain && e.key.length === 1 && held.keys.length === 0) held.typed += e.key;
    else held.keys.push({ key: e.key, code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey });
  }
  window.addEventListener('keydown', onKey, true);
  return held;
}

/** Waits for the editor's text box to take the focus, fills it, then replays the keys held meanwhile. */
function putIntoEditor(host: HTMLElement, text: string, held: HeldKeys, until = performance.now() + EDITOR_WAIT_MS): void {
  const el = document.activeElement;
  const inEditor = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  if (inEditor && el !== host.querySelector('.ime-start') && (host.contains(el) || el.closest('.ag-popup-editor'))) {
    const value = text + held.typed;
    const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    // The native setter, so React-controlled inputs (the enterprise search) see the change.
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.setSelectionRange(value.length, value.length);
    replay(held);
    return;
  }
  if (performance.now() < until) requestAnimationFrame(() => putIntoEditor(host, text, held, until));
  else replay(held);
}

/** The held keys, in order, each to whatever has the focus when its turn comes (Enter moves it). */
function replay(held: HeldKeys): void {
  held.release();
  for (const init of held.keys) {
    const to = document.activeElement ?? document.body;
    to.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }));
  }
}

/** attachImeStart for a React grid: `host` wraps the AgGridReact. */
export function useImeStart(host: RefObject<HTMLElement | null>, getApi: () => GridApi | null | undefined): void {
  useEffect(() => {
    const el = host.current;
    return el ? attachImeStart(el, getApi) : undefined;
    // getApi reads a ref or a controller that lives as long as the grid, so it is not a dependency.
  }, [host]);
}

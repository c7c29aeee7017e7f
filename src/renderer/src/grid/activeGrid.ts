/**
 * The grid the user last worked in, for the Electron menu's 撤销/重做 (whose accelerators may
 * reach the app as menu commands instead of key presses).
 */
export interface GridCommands {
  undo(): void;
  redo(): void;
  /** False while its screen is hidden: a hidden grid never acts on a shortcut. */
  visible(): boolean;
}

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

let active: GridCommands | null = null;
let lastKeyUndo = 0;

/**
 * A grid handled Ctrl+Z or Ctrl+Y itself. Electron may still run the 编辑 menu's accelerator for
 * the same key press; the menu command that follows within a moment is then ignored.
 */
export function noteKeyUndo(): void {
  lastKeyUndo = performance.now();
}

export function justUndoneByKey(): boolean {
  return performance.now() - lastKeyUndo < 300;
}

export function setActiveGrid(commands: GridCommands | null, leaving?: GridCommands): void {
  if (commands === null && leaving !== undefined && active !== leaving) return;
  active = commands;
}

export function activeGrid(): GridCommands | null {
  return active?.visible() ? active : null;
}

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);

/**
 * Ctrl+Z / Ctrl+Y when the focus is not in a grid cell (a toolbar button, an empty grid): the
 * grid last used acts. A grid that handled the key itself has already called preventDefault;
 * text fields and open dialogs keep their own behaviour.
 */
export function installUndoShortcuts(isMac: boolean): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isEditable(e.target) || document.querySelector('.ant-modal-wrap:not([style*="display: none"])')) return;
    const mod = isMac ? e.metaKey : e.ctrlKey;
    const key = e.key.toLowerCase();
    const grid = activeGrid();
    if (!mod || !grid) return;
    if (key === 'z' && !e.shiftKey) grid.undo();
    else if (key === 'y' || (key === 'z' && e.shiftKey)) grid.redo();
    else return;
    noteKeyUndo();
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

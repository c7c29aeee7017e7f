/**
 * The grid the user last worked in, for the Electron menu's 撤销/重做 (whose accelerators may
 * reach the app as menu commands instead of key presses).
 */
export interface GridCommands {
  undo(): void;
  redo(): void;
}

let active: GridCommands | null = null;

export function setActiveGrid(commands: GridCommands | null, leaving?: GridCommands): void {
  if (commands === null && leaving !== undefined && active !== leaving) return;
  active = commands;
}

export function activeGrid(): GridCommands | null {
  return active;
}

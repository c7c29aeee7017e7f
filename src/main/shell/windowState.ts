import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../fs/atomicWrite';
import type { BrowserWindow } from 'electron';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const DEFAULT: WindowState = { width: 1360, height: 860, maximized: false };

export function loadWindowState(dataDir: string): WindowState {
  try {
    const s = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as Partial<WindowState>;
    if (typeof s.width === 'number' && typeof s.height === 'number' && s.width >= 800 && s.height >= 560) {
      return { ...DEFAULT, ...s };
    }
  } catch {
    // No saved state yet, or an unreadable one: the default size is right.
  }
  return DEFAULT;
}

/** Remembers the size and place on close; written to a temp file and renamed, never half-written. */
export function trackWindowState(win: BrowserWindow, dataDir: string): void {
  win.on('close', () => {
    const b = win.getNormalBounds();
    const state: WindowState = { width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() };
    const file = join(dataDir, 'window-state.json');
    try {
      writeFileAtomicSync(file, JSON.stringify(state));
    } catch {
      // Losing the window size is harmless; never block closing for it.
    }
  });
}

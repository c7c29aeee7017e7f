import { dialog, shell, type BrowserWindow } from 'electron';
import type { ShellPort } from '../services/shellPort';
import { safeFileName } from '../../shared/fileName';

/** Native dialogs and the system viewer for the services, parented to the app window. */
export function electronShell(window: () => BrowserWindow | null): ShellPort {
  return {
    async chooseSaveFile({ title, defaultName, filters }) {
      const win = window();
      const opts = { title, defaultPath: safeFileName(defaultName), filters };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenFile({ title, filters }) {
      const win = window();
      const opts = { title, filters, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    showItemInFolder(path) {
      shell.showItemInFolder(path);
    },
    printWindow() {
      const win = window();
      if (!win) return Promise.resolve(null);
      // The page's print style sheet lays out the sheet (@page A4 landscape, page numbers).
      return new Promise((resolve) => win.webContents.print({ landscape: true, pageSize: 'A4', printBackground: true }, (success) => resolve(success)));
    },
  };
}

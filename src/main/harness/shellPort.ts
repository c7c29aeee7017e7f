import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ShellPort } from '../services/shellPort';
import { safeFileName } from '../../shared/fileName';

/**
 * The browser harness has no native dialogs: a file to save goes to `<folder>/导出文件/` under
 * its suggested name (the harness prints the folder); opening files is done by upload in the
 * page, so the open dialog answers "cancelled".
 */
export function harnessShell(folder: string): ShellPort {
  const exports = join(folder, '导出文件');
  return {
    async chooseSaveFile({ defaultName }) {
      mkdirSync(exports, { recursive: true });
      return join(exports, safeFileName(defaultName));
    },
    async chooseOpenFile() {
      return null;
    },
    async openPath() {},
    showItemInFolder() {},
    // The browser prints the page itself (window.print()).
    async printWindow() {
      return null;
    },
  };
}

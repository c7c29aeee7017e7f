import { LedgerError } from '../../shared/errors';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What services may ask of the desktop around them: file dialogs and the system viewer. The
 * Electron shell implements it with native dialogs; the browser harness and the CLI use
 * stand-ins. Services never import electron.
 */
export interface ShellPort {
  chooseSaveFile(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenFile(opts: { title: string; filters: FileFilter[] }): Promise<string | null>;
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
  /**
   * Opens the system print dialog for the app window (A4 landscape); true when printed, false
   * when cancelled, null where there is no native printing (the page then prints itself).
   */
  printWindow(): Promise<boolean | null>;
}

/** Where there is no desktop (CLI, tests): dialogs are refused with a message that says so. */
export const headlessShell: ShellPort = {
  chooseSaveFile: () => Promise.reject(new LedgerError('VALIDATION', '当前环境没有文件对话框，请在桌面程序中操作')),
  chooseOpenFile: () => Promise.reject(new LedgerError('VALIDATION', '当前环境没有文件对话框，请在桌面程序中操作')),
  openPath: () => Promise.reject(new LedgerError('VALIDATION', '当前环境无法打开文件')),
  showItemInFolder: () => {},
  printWindow: async () => null,
};

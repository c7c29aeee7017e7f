import { resolve } from 'node:path';
import { LedgerError } from '../../shared/errors';

/**
 * Files the app wrote this session (exports, charts, filled templates). The screens may ask to
 * show one in its folder or open it, naming it back; any other path is refused, so a renderer
 * cannot make main open arbitrary files (Electron security checklist item 14).
 */
const written = new Set<string>();

export function rememberWritten(file: string): string {
  const full = resolve(file);
  written.add(full);
  return full;
}

export function assertWritten(file: string): string {
  const full = resolve(file);
  if (!written.has(full)) throw new LedgerError('NOT_FOUND', '只能打开本次导出的文件');
  return full;
}

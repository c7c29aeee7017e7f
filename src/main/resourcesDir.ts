import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LedgerError } from '../shared/errors';

/**
 * The app's bundled data (resources/: presets, calendar, rule sets). Found by walking up from
 * this module, so that the same code finds it from src/ (CLI and harness under tsx), from
 * out/main/ (the built app) and inside app.asar (the installed app, where Electron's fs reads
 * the archive).
 */
let found: string | undefined;

export function resourcesDir(): string {
  if (found) return found;
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'presets'))) return (found = candidate);
    dir = dirname(dir);
  }
  throw new LedgerError('INTERNAL', '找不到程序自带的资料文件夹（resources），请重新安装本软件');
}

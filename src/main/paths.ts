import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = '落后产能退出台账';
export const DB_FILE_NAME = 'ledger.sqlite';
export const DB_ENV = 'LEDGER_DB';

/**
 * The per-user data folder Electron calls userData, computed without Electron so that the CLI
 * and the app open the same file: %APPDATA% on Windows, ~/Library/Application Support on macOS,
 * $XDG_CONFIG_HOME or ~/.config elsewhere.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

/** `--db FILE` wins, then $LEDGER_DB, then the data folder's ledger.sqlite. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env[DB_ENV]) return resolve(env[DB_ENV]!);
  return join(defaultDataDir(env), DB_FILE_NAME);
}

import { join } from 'node:path';
import log from 'electron-log/main';

/**
 * Main-process errors and warnings go to logs/main.log in the data folder; electron-log moves
 * a full file to main.old.log (one generation, 1 MB each), so the logs never grow unbounded.
 */
export function setupLogging(dataDir: string): typeof log {
  const logDir = join(dataDir, 'logs');
  log.transports.file.resolvePathFn = () => join(logDir, 'main.log');
  log.transports.file.level = 'warn';
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = 'warn';
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}

export function logDirOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

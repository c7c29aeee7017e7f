import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupsDir, removePartialBackups } from '../backup/backup';
import { evidenceDir } from '../evidence/store';

/**
 * What a killed write leaves in the data folder, removed when the ledger starts: atomicWrite's
 * hidden `.name.xxxxxxxxxxxx.tmp` files (an export killed midway), backups' `.partial` files and
 * side files, and evidence `.partial` files. Only files untouched for STALE_MS go: another
 * process (the CLI beside the app) may be writing one right now.
 */
export const STALE_MS = 10 * 60 * 1000;

const ATOMIC_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function removeIfStale(path: string, now: number): boolean {
  try {
    if (now - statSync(path).mtimeMs < STALE_MS) return false;
    rmSync(path, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** Returns how many files it removed. `exportDirs`: folders the app writes exports into by itself. */
export function removeStaleFiles(dbPath: string, dataDir: string, exportDirs: readonly string[] = [], now = Date.now()): number {
  let removed = 0;
  for (const dir of [dataDir, ...exportDirs]) {
    for (const f of list(dir)) if (ATOMIC_TEMP.test(f) && removeIfStale(join(dir, f), now)) removed++;
  }
  const backups = backupsDir(dbPath);
  const before = list(backups).length;
  removePartialBackups(backups, list(backups), STALE_MS, now);
  removed += before - list(backups).length;
  const evidence = evidenceDir(dataDir);
  for (const sub of list(evidence)) {
    for (const f of list(join(evidence, sub))) if (f.endsWith('.partial') && removeIfStale(join(evidence, sub, f), now)) removed++;
  }
  return removed;
}

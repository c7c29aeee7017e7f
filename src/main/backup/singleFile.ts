import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * A backup is one file. SQLite's backup API and VACUUM INTO copy the live ledger's WAL mode into
 * the copy's header, and every later open of a WAL file (even to list it) makes -wal and -shm
 * beside it: 13 backups left 52 files, and a copy on a USB stick is useless without its side
 * files once written to. So a finished copy is switched to rollback-journal mode (DELETE), and
 * whatever removes a backup removes its side files with it.
 */
export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function toRollbackJournal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  removeSideFiles(file);
}

export function removeSideFiles(file: string): void {
  for (const s of SIDE_SUFFIXES) rmSync(`${file}${s}`, { force: true });
}

export function removeWithSideFiles(file: string): void {
  rmSync(file, { force: true });
  removeSideFiles(file);
}

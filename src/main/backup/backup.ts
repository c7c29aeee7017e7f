import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import type { Db } from '../db/connection';
import type { BackupReason } from './rotation';
import { SIDE_SUFFIXES, removeWithSideFiles, toRollbackJournal } from './singleFile';

export interface BackupProgress {
  done: number;
  total: number;
}

export interface BackupOptions {
  onProgress?: (p: BackupProgress) => void;
  signal?: AbortSignal;
}

export const BACKUP_DIR_NAME = 'backups';
const NAME = /^ledger-(\d{8})-(\d{6})-([a-z-]+)\.sqlite$/;

export function backupsDir(dbPath: string): string {
  return join(dirname(dbPath), BACKUP_DIR_NAME);
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export function backupFileName(takenAt: Date, reason: BackupReason): string {
  return `ledger-${stamp(takenAt)}-${reason}.sqlite`;
}

/** Reads the time and reason back from a finished backup's name; null for anything else. */
export function parseBackupFileName(name: string): { takenAt: Date; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [d, t] = [m[1]!, m[2]!];
  const takenAt = new Date(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6));
  return { takenAt, reason: m[3]! };
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the live database with SQLite's online backup API into `target`, page batch by page
 * batch so other work goes on. It writes to `target.partial`, checks the copy opens and passes
 * quick_check, fsyncs, and only then renames it into place: a killed or cancelled backup leaves
 * at most a .partial file, which is never listed and is removed next time.
 */
export async function writeBackup(db: Db, target: string, opts: BackupOptions = {}): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        if (opts.signal?.aborted) throw new LedgerError('CANCELLED', '备份已取消，未生成备份文件');
        opts.onProgress?.({ done: totalPages - remainingPages, total: totalPages });
        return 200;
      },
    });
    if (opts.signal?.aborted) throw new LedgerError('CANCELLED', '备份已取消，未生成备份文件');
    toRollbackJournal(partial);
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    try {
      const check = (copy.pragma('quick_check') as { quick_check: string }[])[0]?.quick_check;
      if (check !== 'ok') throw new LedgerError('INTERNAL', `备份文件校验未通过（${check}），已丢弃`);
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameSync(partial, target);
  } catch (err) {
    removeWithSideFiles(partial);
    throw err;
  }
}

/**
 * Removes what killed backups leave: .partial files and their side files, and side files whose
 * backup is gone. `olderThanMs` spares a backup another process is writing right now.
 */
export function removePartialBackups(dir: string, files: readonly string[], olderThanMs = 0, now = Date.now()): void {
  const present = new Set(files);
  for (const f of files) {
    const path = join(dir, f);
    const side = SIDE_SUFFIXES.find((s) => f.endsWith(s));
    const orphan = side !== undefined && (f.slice(0, -side.length).endsWith('.partial') || !present.has(f.slice(0, -side.length)));
    if (!f.endsWith('.partial') && !orphan) continue;
    try {
      if (now - statSync(path).mtimeMs < olderThanMs) continue;
    } catch {
      continue;
    }
    if (f.endsWith('.partial')) removeWithSideFiles(path);
    else rmSync(path, { force: true });
  }
}

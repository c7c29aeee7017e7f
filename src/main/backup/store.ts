import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { backupFileName, backupsDir, parseBackupFileName, removePartialBackups, writeBackup, type BackupOptions } from './backup';
import { BACKUP_REASONS, backupsToPrune, type BackupReason } from './rotation';
import { removeWithSideFiles } from './singleFile';

export interface BackupSummary {
  file: string;
  name: string;
  takenAt: string;
  reason: BackupReason;
  bytes: number;
  schemaVersion: number;
  counts: { enterprises: number; capacityLines: number; cases: number };
}

const COUNTED = { enterprises: 'enterprises', capacityLines: 'capacity_lines', cases: 'cases' } as const;

/** What a backup file holds, read without changing it. */
export function inspectBackup(file: string): Pick<BackupSummary, 'schemaVersion' | 'counts'> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const count = (t: string) =>
      tables.has(t) ? (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE deleted_at IS NULL`).get() as { n: number }).n : 0;
    return {
      schemaVersion,
      counts: { enterprises: count(COUNTED.enterprises), capacityLines: count(COUNTED.capacityLines), cases: count(COUNTED.cases) },
    };
  } finally {
    db.close();
  }
}

/** Finished backups in the data folder's backups/, newest first; .partial files are never listed. */
export function listBackups(dbPath: string): BackupSummary[] {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupSummary[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed || !(BACKUP_REASONS as readonly string[]).includes(parsed.reason)) continue;
    const file = join(dir, name);
    try {
      out.push({ file, name, takenAt: parsed.takenAt.toISOString(), reason: parsed.reason as BackupReason, bytes: statSync(file).size, ...inspectBackup(file) });
    } catch {
      // An unreadable file in the folder is not a backup we can offer; leave it for a person to look at.
    }
  }
  return out.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Takes a backup into the backups folder, then prunes old routine ones. */
export async function takeBackup(db: Db, dbPath: string, reason: BackupReason, now: Date, opts: BackupOptions = {}): Promise<string> {
  const dir = backupsDir(dbPath);
  let target = join(dir, backupFileName(now, reason));
  for (let i = 1; listBackups(dbPath).some((b) => b.file === target); i++) {
    target = join(dir, backupFileName(new Date(now.getTime() + i * 1000), reason));
  }
  await writeBackup(db, target, opts);
  // Leftovers of killed backups; one another process is writing now is younger than ten minutes.
  removePartialBackups(dir, readdirSync(dir), 10 * 60 * 1000);
  const all = listBackups(dbPath);
  for (const f of backupsToPrune(all.map((b) => ({ file: b.file, takenAt: new Date(b.takenAt), reason: b.reason })))) removeWithSideFiles(f);
  return target;
}

/** True when the newest backup is older than a day (or there is none): the app then takes one at start. */
export function backupIsDue(dbPath: string, now: Date): boolean {
  const newest = listBackups(dbPath)[0];
  return !newest || now.getTime() - new Date(newest.takenAt).getTime() > 24 * 3600 * 1000;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import { migrate } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Db } from '../db/connection';
import { inspectBackup } from './store';

export interface RestorePreview {
  schemaVersion: number;
  counts: { enterprises: number; capacityLines: number; cases: number };
  /** Set when this app cannot restore the file; the message says why. */
  refusal: string | null;
}

export function previewRestore(file: string): RestorePreview {
  let info;
  try {
    info = inspectBackup(file);
  } catch {
    return { schemaVersion: 0, counts: { enterprises: 0, capacityLines: 0, cases: 0 }, refusal: '该文件不是本软件的备份文件，或已损坏，无法恢复' };
  }
  const refusal =
    info.schemaVersion > LATEST_SCHEMA_VERSION
      ? '该备份由较新版本的软件创建，请升级软件后再恢复'
      : null;
  return { ...info, refusal };
}

function userTables(db: Db, schema: string): string[] {
  return (
    db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]
  ).map((r) => r.name);
}

/**
 * Replaces the live database's content with a backup's, in one transaction on the open
 * connection, so the app keeps running and a crash midway leaves the old content whole:
 *   1. refuse a backup from a newer version;
 *   2. copy the backup to a temporary file and migrate that copy (an older backup comes up to
 *      today's schema; the file the user chose is never changed);
 *   3. attach it and, with foreign keys deferred, empty every table and refill it from the copy.
 * The caller takes the safety backup of the current state first (see services/backups.ts).
 */
export async function restoreFromFile(db: Db, file: string): Promise<void> {
  const preview = previewRestore(file);
  if (preview.refusal) throw new LedgerError('VALIDATION', preview.refusal);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-restore-'));
  const copyPath = join(dir, 'restore.sqlite');
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(copyPath);
    } finally {
      source.close();
    }
    const copy = new Database(copyPath);
    try {
      migrate(copy);
    } finally {
      copy.close();
    }
    db.prepare('ATTACH DATABASE ? AS restore_src').run(copyPath);
    try {
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        const tables = userTables(db, 'main');
        for (const t of tables) db.exec(`DELETE FROM main."${t}"`);
        const present = new Set(userTables(db, 'restore_src'));
        for (const t of tables) {
          if (!present.has(t)) continue;
          const cols = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(t) as { name: string }[]).map((c) => `"${c.name}"`).join(', ');
          db.exec(`INSERT INTO main."${t}" (${cols}) SELECT ${cols} FROM restore_src."${t}"`);
        }
      })();
    } finally {
      db.exec('DETACH DATABASE restore_src');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

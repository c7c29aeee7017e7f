import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { toRollbackJournal } from '../backup/singleFile';

export type Db = Database.Database;

export interface OpenedDatabase {
  db: Db;
  /** Set when PRAGMA quick_check failed: the app then works read-only and says why. */
  readOnlyReason: string | null;
  schemaVersion: number;
}

function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (creating if needed) the ledger file: WAL for crash safety and concurrent readers,
 * foreign keys on, quick_check before anything is written, then migrations. A file that fails
 * the check is reopened read-only so nothing makes it worse. Entry points call openLedger
 * (src/main/openLedger.ts), which also seeds the reference data.
 */
export function openLedgerDatabase(file: string): OpenedDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  const check = quickCheck(db);
  if (check !== null) {
    db.close();
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    configure(ro);
    return {
      db: ro,
      readOnlyReason: `数据文件完整性检查未通过（${check}），已以只读方式打开以免损坏扩大。请从备份恢复，或联系技术支持。`,
      schemaVersion: schemaVersion(ro),
    };
  }
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  configure(db);
  try {
    const from = schemaVersion(db);
    if (file !== ':memory:' && from > 0 && from < LATEST_SCHEMA_VERSION) backupBeforeMigration(db, file);
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, readOnlyReason: null, schemaVersion: schemaVersion(db) };
}

/**
 * Before a migration changes an existing ledger, a consistent copy goes to backups/. VACUUM INTO
 * is SQLite's synchronous online snapshot, which the synchronous open path needs.
 */
function backupBeforeMigration(db: Db, file: string): void {
  const dir = join(dirname(file), 'backups');
  mkdirSync(dir, { recursive: true });
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  const name = `ledger-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-pre-migration.sqlite`;
  const partial = join(dir, `${name}.partial`);
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  toRollbackJournal(partial);
  renameSync(partial, join(dir, name));
}

/** null when the database is sound, else the first problem SQLite reports. */
export function quickCheck(db: Db): string | null {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'ok';
    return first === 'ok' ? null : first;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

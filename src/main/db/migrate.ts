import type { Database } from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the latest version, each migration in its own transaction together
 * with its user_version bump, so a failure leaves the database at the previous version. A
 * database written by a newer app is refused: guessing at its tables would lose data.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (from > latest) {
    throw new LedgerError(
      'VALIDATION',
      // The numbers mean nothing to a user; the CLI's check command and the diagnostics file show them.
      '此数据文件由较新版本的软件创建，为防止数据损坏已拒绝打开。请升级本软件后再打开。',
    );
  }
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: Math.max(from, latest) };
}

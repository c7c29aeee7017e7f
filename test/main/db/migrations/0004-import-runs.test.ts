import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { migration0001 } from '../../../../src/main/db/migrations/0001-initial-ledger';
import { migration0004 } from '../../../../src/main/db/migrations/0004-import-runs';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

describe('migration 0004', () => {
  it('adds import_runs and import_profiles on top of the initial ledger', () => {
    const db = new Database(':memory:');
    migrate(db, [migration0001]);
    expect(tables(db)).not.toContain('import_runs');
    migrate(db, [migration0001, migration0004]);
    expect(schemaVersion(db)).toBe(4);
    expect(tables(db)).toEqual(expect.arrayContaining(['import_runs', 'import_profiles']));
    const columns = (db.prepare('PRAGMA table_info(import_runs)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['id', 'file_name', 'file_hash', 'started_at', 'finished_at', 'rows_total', 'undone_at']));
  });
});

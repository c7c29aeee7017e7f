import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';

const RUN = `INSERT INTO import_runs (id, file_name, file_hash, started_at, finished_at, operator, rows_total, rows_new, rows_updated, rows_unchanged,
  rows_error, enterprises_created, enterprises_updated, lines_created, lines_updated, cases_created, cases_updated, mapping)
  VALUES ('run-1', '台账.xlsx', 'h', '2024-07-15T02:00:00.000Z', '2024-07-15T02:00:05.000Z', '李四', 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, '{}')`;
const ENTRY = 'INSERT INTO audit_entries (batch_id, at, operator, entity, entity_id, action, field, old_value, new_value, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

describe('migration 0011 (compact import audit)', () => {
  it('keeps every entry with its id, and reads an import-created row through audit_log with its run’s time, operator and source', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    db.prepare(ENTRY).run('b-old', '2023-01-02T03:04:05.000Z', '张三', 'enterprise', 7, 'update', 'town', '"旧城镇"', '"城关镇"', null);
    const old = db.prepare('SELECT * FROM audit_entries').all();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 11));
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT * FROM audit_entries').all()).toEqual(old);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_entries'").get() as { sql: string }).sql).toMatch(/STRICT$/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_entries' ORDER BY name").all()).toEqual([
      { name: 'audit_entries_batch' },
      { name: 'audit_entries_entity' },
    ]);

    db.prepare(RUN).run();
    db.prepare(ENTRY).run('run-1', null, null, 'enterprise', 8, 'create', null, null, null, null);
    expect(db.prepare('SELECT batch_id, at, operator, entity, entity_id, action, source FROM audit_log WHERE entity_id = 8').get()).toEqual({
      batch_id: 'run-1',
      at: '2024-07-15T02:00:00.000Z',
      operator: '李四',
      entity: 'enterprise',
      entity_id: 8,
      action: 'create',
      source: 'import:run-1',
    });
    expect(db.prepare('SELECT at, operator, source FROM audit_log WHERE entity_id = 7').get()).toEqual({ at: '2023-01-02T03:04:05.000Z', operator: '张三', source: null });
  });

  it('allows the compact form only for a creation, with time and operator left out together', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 11));
    expect(() => db.prepare(ENTRY).run('r', null, null, 'enterprise', 1, 'update', 'town', null, '"x"', null)).toThrow(/CHECK/);
    expect(() => db.prepare(ENTRY).run('r', null, '张三', 'enterprise', 1, 'create', null, null, null, null)).toThrow(/CHECK/);
    expect(() => db.prepare(ENTRY).run('r', null, null, 'enterprise', 1, 'create', null, null, '{"name":"甲"}', null)).toThrow(/CHECK/);
  });
});

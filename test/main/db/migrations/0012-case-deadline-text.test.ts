import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';

describe('migration 0012 (整改期限原文)', () => {
  it('adds the case’s limit as written beside its deadline; cases stored before have none', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 11));
    db.prepare("INSERT INTO enterprises (name, created_at, updated_at) VALUES ('甲', 'a', 'a')").run();
    db.prepare("INSERT INTO cases (enterprise_id, dimension, status, deadline_override, created_at, updated_at) VALUES (1, '能耗', '待整改', '2022-10-31', 'a', 'a')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 12));
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT deadline_override, deadline_override_text FROM cases').get()).toEqual({ deadline_override: '2022-10-31', deadline_override_text: null });
    db.prepare("UPDATE cases SET deadline_override_text = '2022年10月底前'").run();
    expect(db.prepare('SELECT deadline_override_text FROM cases').get()).toEqual({ deadline_override_text: '2022年10月底前' });
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'cases'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
  });
});

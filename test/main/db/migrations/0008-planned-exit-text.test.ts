import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';

describe('migration 0008 (完成时限原文)', () => {
  it('adds the limit as written beside the planned exit date; lines stored before have none', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    db.prepare("INSERT INTO enterprises (name, created_at, updated_at) VALUES ('甲', 'a', 'a')").run();
    db.prepare("INSERT INTO capacity_lines (enterprise_id, name, planned_exit_date, created_at, updated_at) VALUES (1, '中频炉', '2022-10-31', 'a', 'a')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 8));
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT planned_exit_date, planned_exit_text FROM capacity_lines').get()).toEqual({ planned_exit_date: '2022-10-31', planned_exit_text: null });
    db.prepare("UPDATE capacity_lines SET planned_exit_text = '2022年10月底前'").run();
    expect(db.prepare('SELECT planned_exit_text FROM capacity_lines').get()).toEqual({ planned_exit_text: '2022年10月底前' });
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'capacity_lines'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
  });
});

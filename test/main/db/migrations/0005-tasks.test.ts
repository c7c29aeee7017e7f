import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';

describe('migration 0005 (tasks)', () => {
  it('creates tasks and department_mappings as STRICT tables at user_version 5', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    expect(schemaVersion(db)).toBe(5);
    for (const table of ['tasks', 'department_mappings']) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
    db.prepare("INSERT INTO tasks (year, section, content, created_at, updated_at) VALUES (2026, '重点任务', 'x', 'a', 'a')").run();
    expect(db.prepare('SELECT lead_departments, continues_number, sort_order FROM tasks').get()).toEqual({ lead_departments: '[]', continues_number: 0, sort_order: 0 });
    expect(() => db.prepare("INSERT INTO tasks (year, section, content, created_at, updated_at) VALUES ('二〇二六', 'a', 'x', 'a', 'a')").run()).toThrow(/INTEGER/);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { migration0001 } from '../../../../src/main/db/migrations/0001-initial-ledger';
import { migration0002 } from '../../../../src/main/db/migrations/0002-grids';
import { migration0003 } from '../../../../src/main/db/migrations/0003-workflow-calendar';

const NEW_TABLES = ['calendar_days', 'calendar_years', 'rule_sets', 'evidence_files', 'milestones'];

const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function atVersion2(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, [migration0001, migration0002]);
  return db;
}

describe('migration 0003 (workflow and calendar)', () => {
  it('adds the calendar, rule-set, evidence and milestone tables as STRICT tables at user_version 3', () => {
    const db = atVersion2();
    migrate(db, [migration0001, migration0002, migration0003]);
    expect(schemaVersion(db)).toBe(3);
    for (const table of NEW_TABLES) {
      const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
      expect(row?.sql, table).toMatch(/STRICT$/);
    }
  });

  it('keeps an existing case and gives it the empty workflow columns', () => {
    const db = atVersion2();
    const now = '2026-03-01T08:00:00.000Z';
    const enterprise = db.prepare("INSERT INTO enterprises (name, created_at, updated_at) VALUES ('鑫达铸造有限公司', ?, ?)").run(now, now).lastInsertRowid;
    db.prepare("INSERT INTO cases (enterprise_id, dimension, status, created_at, updated_at) VALUES (?, '能耗', '整改中', ?, ?)").run(enterprise, now, now);
    migrate(db, [migration0001, migration0002, migration0003]);
    expect(columns(db, 'cases')).toEqual(expect.arrayContaining(['period_start', 'period', 'extension']));
    expect(columns(db, 'case_events')).toContain('transition');
    expect(db.prepare('SELECT dimension, period_start, period, extension FROM cases').all()).toEqual([
      { dimension: '能耗', period_start: null, period: null, extension: null },
    ]);
  });

  it('lets a user day and a bundled day stand for the same date, and refuses an unknown kind', () => {
    const db = atVersion2();
    migrate(db, [migration0001, migration0002, migration0003]);
    const insert = db.prepare('INSERT INTO calendar_days (date, source, kind, name, updated_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('2026-10-01', 'bundled', 'holiday', '国庆节', 'a');
    insert.run('2026-10-01', 'user', 'workday', null, 'a');
    expect(() => insert.run('2026-10-01', 'user', 'holiday', null, 'a')).toThrow(/UNIQUE/);
    expect(() => insert.run('2026-10-02', 'bundled', '假日', null, 'a')).toThrow(/CHECK/);
  });

  it('allows one rule set per built-in key and any number of the user’s own', () => {
    const db = atVersion2();
    migrate(db, [migration0001, migration0002, migration0003]);
    const insert = db.prepare("INSERT INTO rule_sets (builtin_key, name, region, version, content, created_at, updated_at) VALUES (?, '规则', '全国', '1', '{}', 'a', 'a')");
    insert.run('national');
    expect(() => insert.run('national')).toThrow(/UNIQUE/);
    insert.run(null);
    insert.run(null);
    expect((db.prepare('SELECT count(*) AS n FROM rule_sets').get() as { n: number }).n).toBe(3);
  });
});

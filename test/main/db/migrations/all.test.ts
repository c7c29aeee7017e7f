import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  // A gap would be skipped for good by a ledger already past it: 1…N, each once, in order.
  it('are numbered 1, 2, 3 … without a gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001 creates the ledger tables as STRICT and sets user_version 1', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['settings', 'departments', 'enterprises', 'capacity_lines', 'cases', 'case_events', 'case_lines', 'audit_entries']),
    );
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'enterprises'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
    // STRICT: a value of the wrong type is an error, not silently stored.
    expect(() => db.prepare("INSERT INTO departments (name, sort_order, created_at, updated_at) VALUES ('x', 'abc', 'a', 'a')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('brings an empty database to the latest version and is idempotent', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  });

  it('refuses a database written by a newer version, in words and without schema numbers', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(/由较新版本的软件创建.*请升级本软件/);
  });

  it('rolls a failing migration back whole, leaving the previous version', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM missing_table;') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
  });

  it('0002 seeds the default departments once, and keeps a department the user already has', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO departments (name, sort_order, created_at, updated_at) VALUES ('县工信局', 0, 'a', 'a')").run();
    migrate(db, MIGRATIONS.slice(0, 2));
    const names = (db.prepare('SELECT name FROM departments ORDER BY id').all() as { name: string }[]).map((r) => r.name);
    expect(names.filter((n) => n === '县工信局')).toHaveLength(1);
    expect(names).toContain('县生态环境分局');
    expect(schemaVersion(db)).toBe(2);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';

function before10(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version < 10));
  return db;
}

describe('migration 0010 (county roll-up)', () => {
  it('gives enterprises, tasks and milestones a county, empty in a county ledger', () => {
    const db = before10();
    db.prepare("INSERT INTO enterprises (name, uscc, created_at, updated_at) VALUES ('甲', '91371500MA3C0X0X1A', 'a', 'a')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 10));
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT county FROM enterprises').get()).toEqual({ county: '' });
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('tasks') WHERE name = 'county'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('milestones') WHERE name = 'county'").get()).toEqual({ n: 1 });
  });

  it('keeps a credit code unique within a county but lets two counties hold the same one', () => {
    const db = before10();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 10));
    const add = db.prepare("INSERT INTO enterprises (name, uscc, county, created_at, updated_at) VALUES ('甲', '91371500MA3C0X0X1A', ?, 'a', 'a')");
    add.run('冠县');
    add.run('阳谷县');
    expect(() => add.run('冠县')).toThrow(/UNIQUE/);
    expect(() => add.run('')).not.toThrow();
    expect(() => add.run('')).toThrow(/UNIQUE/);
  });

  it('records one package per county in a STRICT table', () => {
    const db = before10();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 10));
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'county_packages'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
    const add = db.prepare("INSERT INTO county_packages (county, kind, year, exported_at, file_name, received_at, row_counts) VALUES ('冠县', ?, 2026, 'a', 'f', 'a', '{}')");
    expect(() => add.run('zip')).toThrow(/CHECK/);
    add.run('package');
    expect(() => add.run('package')).toThrow(/UNIQUE/);
  });
});

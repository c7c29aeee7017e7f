import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../../src/main/db/migrations';

describe('migration 0006', () => {
  it('adds task and milestone counts to import_runs, 0 for runs recorded before', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    db.prepare(
      `INSERT INTO import_runs (id, file_name, file_hash, started_at, finished_at, operator, rows_total, rows_new, rows_updated, rows_unchanged,
        rows_error, enterprises_created, enterprises_updated, lines_created, lines_updated, cases_created, cases_updated, mapping)
       VALUES ('old', '台账.xlsx', 'h', 'a', 'a', '张三', 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, '{}')`,
    ).run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT tasks_created, tasks_updated, milestones_created, milestones_updated FROM import_runs').get()).toEqual({
      tasks_created: 0,
      tasks_updated: 0,
      milestones_created: 0,
      milestones_updated: 0,
    });
  });
});

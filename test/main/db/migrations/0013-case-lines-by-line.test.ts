import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { SUMMARY_LINES_SQL } from '../../../../src/main/db/repositories/reportSummary';

function planOf(db: Database.Database, sql: string, ...params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('migration 0013 (case_lines by line)', () => {
  it('keeps the links stored before and indexes them by line', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 12));
    db.prepare("INSERT INTO enterprises (name, county, created_at, updated_at) VALUES ('冠县某铸造有限公司', '冠县', 'a', 'a')").run();
    db.prepare("INSERT INTO capacity_lines (enterprise_id, name, created_at, updated_at) VALUES (1, '中频炉1号', 'a', 'a')").run();
    db.prepare("INSERT INTO cases (enterprise_id, dimension, status, created_at, updated_at) VALUES (1, '能耗', '待整改', 'a', 'a')").run();
    db.prepare('INSERT INTO case_lines (case_id, line_id) VALUES (1, 1)').run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 13));
    expect(schemaVersion(db)).toBe(13);
    expect(db.prepare('SELECT case_id, line_id FROM case_lines').all()).toEqual([{ case_id: 1, line_id: 1 }]);
    const index = db.prepare("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = 'case_lines_line'").get();
    expect(index).toEqual({ tbl_name: 'case_lines' });
  });

  // Without it the 汇总表 scanned every link once per planned line: a city of 100,000 lines never finished.
  it('lets the 汇总表 find a line’s cases through the index instead of scanning case_lines', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const plan = planOf(db, SUMMARY_LINES_SQL, 2026);
    expect(plan.some((d) => /SEARCH cl USING (COVERING )?INDEX case_lines_line \(line_id=\?\)/.test(d))).toBe(true);
    expect(plan.filter((d) => /^SCAN cl/.test(d))).toEqual([]);
  });
});

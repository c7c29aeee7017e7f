import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { PLAIN_TALLIES_SQL, plannedLineTallies } from '../../../../src/main/db/repositories/lineTallies';

function planOf(db: Database.Database, sql: string, ...params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('migration 0014 (lines by plan year)', () => {
  it('keeps the lines stored before and indexes them by year, enterprise and unit', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 13));
    db.prepare("INSERT INTO enterprises (name, county, created_at, updated_at) VALUES ('冠县某铸造有限公司', '冠县', 'a', 'a')").run();
    db.prepare("INSERT INTO capacity_lines (enterprise_id, name, capacity, capacity_unit, plan_year, created_at, updated_at) VALUES (1, '中频炉1号', 1.5, '万吨', 2026, 'a', 'a')").run();
    db.prepare("INSERT INTO capacity_lines (enterprise_id, name, capacity, capacity_unit, plan_year, created_at, updated_at) VALUES (1, '中频炉2号', 0.5, '万吨', 2025, 'a', 'a')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 14));
    expect(schemaVersion(db)).toBe(14);
    expect(db.prepare('SELECT name, plan_year FROM capacity_lines ORDER BY id').all()).toEqual([
      { name: '中频炉1号', plan_year: 2026 },
      { name: '中频炉2号', plan_year: 2025 },
    ]);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'capacity_lines_plan'").get() as { sql: string };
    expect(index.sql).toMatch(/capacity_lines\(plan_year, enterprise_id, capacity_unit\)/);
    expect(plannedLineTallies(db, 2026)).toEqual([
      { enterpriseId: 1, county: '冠县', industry: null, town: null, capacityUnit: '万吨', lines: 1, capacity: 1.5, exitedLines: 0, exitedCapacity: 0 },
    ]);
  });

  // Without it a year's statistics read every line of every year and sorted them all before summing.
  it('lets the 统计 screen read only the year’s lines, already in the order it sums them', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const plan = planOf(db, PLAIN_TALLIES_SQL, 2026);
    expect(plan.some((d) => /SEARCH l USING (COVERING )?INDEX capacity_lines_plan \(plan_year=\?\)/.test(d))).toBe(true);
    expect(plan.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
  });
});

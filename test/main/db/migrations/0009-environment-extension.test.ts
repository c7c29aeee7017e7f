import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { nationalRuleSet } from '../../../support/nationalRuleSet';

type Measure = { name: string; extendable?: boolean };
type Stored = { dimensions: Record<string, { measures: Measure[] }> };

function before9(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 8));
  return db;
}

/** The national set as a ledger seeded before issue 12 stored it: 停产整治 without `extendable`. */
function oldNational(): Stored {
  const set = structuredClone(nationalRuleSet()) as unknown as Stored;
  for (const m of set.dimensions['环保']!.measures) delete m.extendable;
  return set;
}

const measures = (db: Database.Database, id: number) =>
  (JSON.parse((db.prepare('SELECT content FROM rule_sets WHERE id = ?').get(id) as { content: string }).content) as Stored).dimensions['环保']!.measures;

describe('migration 0009: 环保 extensions only for 限制生产 (环境保护部令第30号) in ledgers seeded before', () => {
  it('marks the stored national set\'s 停产整治 not extendable and leaves a province\'s set alone', () => {
    const db = before9();
    const insert = db.prepare("INSERT INTO rule_sets (builtin_key, name, region, version, content, created_at, updated_at) VALUES (?, 'n', 'r', 'v', ?, 'a', 'a')");
    insert.run('national', JSON.stringify(oldNational()));
    insert.run(null, JSON.stringify(oldNational()));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 9));
    expect(schemaVersion(db)).toBe(9);
    expect(measures(db, 1).find((m) => m.name === '停产整治')!.extendable).toBe(false);
    expect(measures(db, 1).find((m) => m.name === '限制生产')!.extendable).toBeUndefined();
    expect(measures(db, 2).find((m) => m.name === '停产整治')!.extendable).toBeUndefined();
  });

  it('leaves a national set that already says so as it is', () => {
    const db = before9();
    const current = JSON.stringify(nationalRuleSet());
    db.prepare("INSERT INTO rule_sets (builtin_key, name, region, version, content, created_at, updated_at) VALUES ('national', 'n', 'r', 'v', ?, 'a', 'a')").run(current);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 9));
    expect((db.prepare('SELECT content FROM rule_sets').get() as { content: string }).content).toBe(current);
  });
});

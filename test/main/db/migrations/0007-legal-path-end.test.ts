import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { RuleSetSchema } from '../../../../src/shared/rules/ruleSet';
import { nationalRuleSet } from '../../../support/nationalRuleSet';

function before7(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
  return db;
}

describe('migration 0007 (legal path end)', () => {
  it('adds the 情节严重 flag, the obligations table and who marked a milestone done', () => {
    const db = before7();
    db.prepare("INSERT INTO enterprises (name, created_at, updated_at) VALUES ('甲', 'a', 'a')").run();
    db.prepare("INSERT INTO cases (enterprise_id, dimension, status, created_at, updated_at) VALUES (1, '环保', 'rectifying', 'a', 'a')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT serious FROM cases').get()).toEqual({ serious: 0 });
    expect(() => db.prepare('UPDATE cases SET serious = 2').run()).toThrow(/CHECK/);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'case_obligations'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
    const add = db.prepare("INSERT INTO case_obligations (case_id, kind, operator, created_at, updated_at) VALUES (1, 'pledge', '张三', 'a', 'a')");
    add.run();
    expect(() => add.run()).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT done_by, done_note FROM milestones').all()).toEqual([]);
  });

  it('gives the stored national rule set the immediate-closure exceptions and the card dimensions, and leaves others alone', () => {
    const db = before7();
    const old = { ...nationalRuleSet(), cardDimensions: undefined };
    const oldText = JSON.stringify(old, (k, v) => (k === 'closeAtOnce' ? undefined : v));
    const insert = db.prepare("INSERT INTO rule_sets (builtin_key, name, region, version, content, created_at, updated_at) VALUES (?, 'n', 'r', 'v', ?, 'a', 'a')");
    insert.run('national', oldText);
    insert.run(null, oldText);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    const [national, province] = (db.prepare('SELECT content FROM rule_sets ORDER BY id').all() as { content: string }[]).map((r) => RuleSetSchema.parse(JSON.parse(r.content)));
    expect(national!.cardDimensions).toEqual(['能耗', '质量', '安全', '技术']);
    expect(national!.dimensions.安全.closeAtOnce).toMatchObject({ when: 'measure-failed', measure: '停产停业整顿' });
    expect(national!.dimensions.环保.closeAtOnce).toMatchObject({ when: 'serious-approved' });
    expect(province!.cardDimensions).toBeUndefined();
    expect(province!.dimensions.安全.closeAtOnce).toBeUndefined();
  });
});

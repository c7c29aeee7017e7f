import type { Database } from 'better-sqlite3';
import { prepared, required } from '../sql';

/** rule_sets (migration 0003): each row holds one rule-set file's JSON in `content`. */
export interface StoredRuleSet {
  id: number;
  builtinKey: string | null;
  name: string;
  region: string;
  version: string;
  content: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, builtin_key AS "builtinKey", name, region, version, content, created_at AS "createdAt", updated_at AS "updatedAt"
  FROM rule_sets`;

export function listStoredRuleSets(db: Database): StoredRuleSet[] {
  return prepared(db, `${SELECT} WHERE deleted_at IS NULL ORDER BY builtin_key IS NULL, id`).all() as StoredRuleSet[];
}

export function getStoredRuleSet(db: Database, id: number): StoredRuleSet | undefined {
  return prepared(db, `${SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as StoredRuleSet | undefined;
}

export function requireRuleSet(db: Database, id: number): StoredRuleSet {
  return required(getStoredRuleSet(db, id), `找不到编号为 ${id} 的规则集，可能已被删除`);
}

export function getBuiltinRuleSet(db: Database, key: string): StoredRuleSet | undefined {
  return prepared(db, `${SELECT} WHERE builtin_key = ?`).get(key) as StoredRuleSet | undefined;
}

export function insertRuleSet(
  db: Database,
  r: { builtinKey: string | null; name: string; region: string; version: string; content: string },
  now: string,
): number {
  const info = prepared(
    db,
    'INSERT INTO rule_sets (builtin_key, name, region, version, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(r.builtinKey, r.name, r.region, r.version, r.content, now, now);
  return Number(info.lastInsertRowid);
}

export function updateRuleSetContent(db: Database, id: number, r: { name: string; region: string; version: string; content: string }, now: string): void {
  prepared(db, 'UPDATE rule_sets SET name = ?, region = ?, version = ?, content = ?, updated_at = ?, deleted_at = NULL WHERE id = ?').run(
    r.name,
    r.region,
    r.version,
    r.content,
    now,
    id,
  );
}

export function markRuleSetDeleted(db: Database, id: number, now: string): void {
  prepared(db, 'UPDATE rule_sets SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

import type { Database, Statement } from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import { insertBufferWithIds } from './bulk';

/**
 * Small helpers the repositories share: camelCase fields map to snake_case columns, and
 * statements are prepared once per connection. Only repositories import this file.
 */
const statementCache = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, sql: string): Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

export function toColumn(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `legal_rep AS "legalRep", …` for a list of fields, optionally qualified by a table alias. */
export function selectList(fields: readonly string[], alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return fields.map((f) => `${prefix}${toColumn(f)} AS "${f}"`).join(', ');
}

export interface TableSpec {
  table: string;
  /** Writable fields, camelCase, each with a column of the snake_case name. */
  fields: readonly string[];
}

/** The row a requireX found, or the NOT_FOUND error that names what is missing. */
export function required<T>(row: T | undefined, missing: string): T {
  if (row === undefined) throw new LedgerError('NOT_FOUND', missing);
  return row;
}

/** A table as its entity definition declares it (src/shared/entities). */
export function tableSpecOf(entity: { table: string; columns: readonly string[] }): TableSpec {
  return { table: entity.table, fields: entity.columns };
}

function assertKnown(spec: TableSpec, keys: readonly string[]): void {
  for (const k of keys) {
    if (!spec.fields.includes(k)) throw new Error(`${spec.table} 没有字段 ${k}`);
  }
}

interface InsertShape {
  keys: readonly string[];
  /** `INSERT INTO table (id, a, b, created_at, updated_at)` without VALUES, for buffered inserts (db/bulk.ts). */
  columnsWithId: string;
  sql: string;
  width: number;
}

/**
 * The INSERT for one set of fields, built and checked once: an import inserts the same shape
 * of row a hundred thousand times, and building the SQL text each time cost more than running it.
 * Found by comparing the keys with those of the table's shapes of as many fields, rather than by
 * joining them into a string to look up.
 */
const insertShapes = new WeakMap<TableSpec, Map<number, InsertShape[]>>();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function insertShapeFor(spec: TableSpec, keys: readonly string[]): InsertShape {
  let bySize = insertShapes.get(spec);
  if (!bySize) insertShapes.set(spec, (bySize = new Map()));
  let shapes = bySize.get(keys.length);
  if (!shapes) bySize.set(keys.length, (shapes = []));
  for (const shape of shapes) if (sameKeys(shape.keys, keys)) return shape;
  assertKnown(spec, keys);
  const cols = [...keys.map(toColumn), 'created_at', 'updated_at'];
  const shape: InsertShape = {
    keys: [...keys],
    columnsWithId: `INSERT INTO ${spec.table} (id, ${cols.join(', ')})`,
    sql: `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    width: cols.length,
  };
  shapes.push(shape);
  return shape;
}

/** Inserts a row and returns its id; inside withBufferedInserts the row is buffered with its id. */
export function insertRow(db: Database, spec: TableSpec, values: Record<string, unknown>, now: string): number {
  const keys = Object.keys(values);
  const params = keys.map((k) => values[k]);
  params.push(now, now);
  const shape = insertShapeFor(spec, keys);
  const buffer = insertBufferWithIds(db, spec.table, shape.columnsWithId, shape.width);
  if (buffer) return buffer.addWithId(params);
  const info = prepared(db, shape.sql).run(params);
  return Number(info.lastInsertRowid);
}

export function updateRow(db: Database, spec: TableSpec, id: number, patch: Record<string, unknown>, now: string): void {
  const keys = Object.keys(patch);
  if (keys.length === 0) return;
  assertKnown(spec, keys);
  const sql = `UPDATE ${spec.table} SET ${keys.map((k) => `${toColumn(k)} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;
  prepared(db, sql).run(...keys.map((k) => patch[k]), now, id);
}

export function setDeleted(db: Database, spec: TableSpec, id: number, deletedAt: string | null): void {
  prepared(db, `UPDATE ${spec.table} SET deleted_at = ?, updated_at = coalesce(?, updated_at) WHERE id = ?`).run(
    deletedAt,
    deletedAt,
    id,
  );
}

/** The values of a row's writable fields, for diffing before an update. */
export function selectFields(db: Database, spec: TableSpec, id: number): Record<string, unknown> | undefined {
  return prepared(db, `SELECT ${selectList(spec.fields)}, deleted_at AS "deletedAt" FROM ${spec.table} WHERE id = ?`).get(id) as
    | Record<string, unknown>
    | undefined;
}

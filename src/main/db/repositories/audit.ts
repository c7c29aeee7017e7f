import type { Database } from 'better-sqlite3';
import type { AuditAction, AuditEntity, AuditEntry } from '../../../shared/schemas/audit';
import { prepared } from '../sql';

export interface NewAuditEntry {
  batchId: string;
  at: string;
  operator: string;
  entity: AuditEntity;
  entityId: number;
  action: AuditAction;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  source: string | null;
}

const encode = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
const decode = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

export function insertAuditEntry(db: Database, e: NewAuditEntry): void {
  prepared(
    db,
    `INSERT INTO audit_entries (batch_id, at, operator, entity, entity_id, action, field, old_value, new_value, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.batchId, e.at, e.operator, e.entity, e.entityId, e.action, e.field, encode(e.oldValue), encode(e.newValue), e.source);
}

type AuditRow = Omit<AuditEntry, 'oldValue' | 'newValue'> & { oldValue: string | null; newValue: string | null };

const SELECT = `SELECT id, batch_id AS batchId, at, operator, entity, entity_id AS entityId, action, field,
  old_value AS oldValue, new_value AS newValue, source FROM audit_entries`;

function decodeRows(rows: AuditRow[]): AuditEntry[] {
  return rows.map((r) => ({ ...r, oldValue: decode(r.oldValue), newValue: decode(r.newValue) }));
}

export function listAuditEntries(db: Database, q: { entity?: AuditEntity; entityId?: number; limit?: number }): AuditEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.entity) {
    where.push('entity = ?');
    params.push(q.entity);
  }
  if (q.entityId !== undefined) {
    where.push('entity_id = ?');
    params.push(q.entityId);
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  return decodeRows(prepared(db, sql).all(...params, q.limit ?? 500) as AuditRow[]);
}

export function listAuditBatch(db: Database, batchId: string): AuditEntry[] {
  return decodeRows(prepared(db, `${SELECT} WHERE batch_id = ? ORDER BY id`).all(batchId) as AuditRow[]);
}

export function countAuditEntries(db: Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM audit_entries').get() as { n: number }).n;
}

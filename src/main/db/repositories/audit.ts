import type { Database } from 'better-sqlite3';
import type { AuditAction, AuditEntity, AuditEntry } from '../../../shared/schemas/audit';
import { insertBuffer } from '../bulk';
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

const INSERT_AUDIT = 'INSERT INTO audit_entries (batch_id, at, operator, entity, entity_id, action, field, old_value, new_value, source)';

function insertAuditRow(db: Database, row: readonly unknown[]): void {
  const buffer = insertBuffer(db, 'audit_entries', INSERT_AUDIT, row.length);
  if (buffer) buffer.add(row);
  else prepared(db, `${INSERT_AUDIT} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(row);
}

export function insertAuditEntry(db: Database, e: NewAuditEntry): void {
  insertAuditRow(db, [e.batchId, e.at, e.operator, e.entity, e.entityId, e.action, e.field, encode(e.oldValue), encode(e.newValue), e.source]);
}

/**
 * The creation entry of a row an import creates (migration 0011): only the batch — the import
 * run, which holds the time, operator and source — and the row. audit_log reads it back whole.
 */
export function insertImportCreationEntry(db: Database, batchId: string, entity: AuditEntity, entityId: number): void {
  insertAuditRow(db, [batchId, null, null, entity, entityId, 'create', null, null, null, null]);
}

type AuditRow = Omit<AuditEntry, 'oldValue' | 'newValue'> & { oldValue: string | null; newValue: string | null };

/** The import a source names (import:<id>), looked up by its key, for the history's words. */
const IMPORT_RUN = `(SELECT file_name FROM import_runs WHERE id = substr(a.source, 8) AND a.source LIKE 'import:%') AS importFileName,
  (SELECT started_at FROM import_runs WHERE id = substr(a.source, 8) AND a.source LIKE 'import:%') AS importStartedAt`;

const COLUMNS = `id, batch_id AS batchId, at, operator, entity, entity_id AS entityId, action, field,
  old_value AS oldValue, new_value AS newValue, source`;
/** Reads go through audit_log, which fills an import's compact creation entries from its run. */
const SELECT = `SELECT ${COLUMNS}, ${IMPORT_RUN} FROM audit_log a`;

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
  return decodeRows(prepared(db, `SELECT ${COLUMNS} FROM audit_log WHERE batch_id = ? ORDER BY id`).all(batchId) as AuditRow[]);
}

/** Entries written after entry `afterId` by other batches than `batchId`, oldest first. */
export function listAuditEntriesAfter(db: Database, afterId: number, batchId: string): Pick<AuditEntry, 'entity' | 'entityId' | 'operator' | 'at'>[] {
  return prepared(db, `SELECT entity, entity_id AS entityId, operator, at FROM audit_log WHERE id > ? AND batch_id <> ? ORDER BY id`).all(
    afterId,
    batchId,
  ) as Pick<AuditEntry, 'entity' | 'entityId' | 'operator' | 'at'>[];
}

export function countAuditEntries(db: Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM audit_entries').get() as { n: number }).n;
}

/** The batch that last moved a row to the 回收站, if it is there. */
export function lastDeleteBatch(db: Database, entity: AuditEntity, entityId: number): string | undefined {
  const row = prepared(
    db,
    `SELECT batch_id AS batchId FROM audit_entries WHERE entity = ? AND entity_id = ? AND action = 'delete' ORDER BY id DESC LIMIT 1`,
  ).get(entity, entityId) as { batchId: string } | undefined;
  return row?.batchId;
}

/** Rows of one kind that a batch moved to the 回收站. */
export function idsDeletedInBatch(db: Database, batchId: string, entity: AuditEntity): number[] {
  return (
    prepared(db, `SELECT DISTINCT entity_id AS id FROM audit_entries WHERE batch_id = ? AND entity = ? AND action = 'delete'`).all(
      batchId,
      entity,
    ) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * An enterprise's history with its lines' and cases', newest first; `subject` says which row
 * an entry is about (设备（生产线）：中频炉 …) for the enterprise page.
 */
export function listEnterpriseHistory(db: Database, enterpriseId: number, limit = 500): (AuditEntry & { subject: string })[] {
  const rows = prepared(
    db,
    `SELECT a.id, a.batch_id AS batchId, a.at, a.operator, a.entity, a.entity_id AS entityId, a.action, a.field,
       a.old_value AS oldValue, a.new_value AS newValue, a.source, ${IMPORT_RUN},
       CASE a.entity WHEN 'enterprise' THEN '企业'
         WHEN 'capacityLine' THEN '设备（生产线）：' || (SELECT name FROM capacity_lines WHERE id = a.entity_id)
         ELSE '整改事项：' || (SELECT dimension FROM cases WHERE id = a.entity_id) || '（编号 ' || a.entity_id || '）' END AS subject
     FROM audit_log a
     WHERE (a.entity = 'enterprise' AND a.entity_id = @id)
        OR (a.entity = 'capacityLine' AND a.entity_id IN (SELECT id FROM capacity_lines WHERE enterprise_id = @id))
        OR (a.entity = 'case' AND a.entity_id IN (SELECT id FROM cases WHERE enterprise_id = @id))
     ORDER BY a.id DESC LIMIT @limit`,
  ).all({ id: enterpriseId, limit }) as (AuditRow & { subject: string })[];
  return rows.map((r) => ({ ...r, oldValue: decode(r.oldValue), newValue: decode(r.newValue) }));
}

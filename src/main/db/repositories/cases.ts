import type { Database } from 'better-sqlite3';
import { caseEntity, type Case } from '../../../shared/entities/case';
import { insertBuffer } from '../bulk';
import { prepared, required, selectList, tableSpecOf } from '../sql';

/** The user's fields and the status the workflow sets. */
export const CASE_TABLE = tableSpecOf(caseEntity);

const SELECT = `SELECT c.id, ${selectList(CASE_TABLE.fields, 'c')}, e.name AS "enterpriseName", e.county,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.deleted_at AS "deletedAt"
  FROM cases c JOIN enterprises e ON e.id = c.enterprise_id`;

export function listCases(db: Database, opts: { deleted?: boolean; enterpriseId?: number } = {}): Case[] {
  const where = [opts.deleted ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (opts.enterpriseId !== undefined) {
    where.push('c.enterprise_id = ?');
    params.push(opts.enterpriseId);
  }
  return prepared(db, `${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.id`).all(...params) as Case[];
}

export function getCase(db: Database, id: number): Case | undefined {
  return prepared(db, `${SELECT} WHERE c.id = ?`).get(id) as Case | undefined;
}

export function requireCase(db: Database, id: number): Case {
  return required(getCase(db, id), `找不到编号为 ${id} 的整改事项`);
}

const INSERT_CASE_EVENT = 'INSERT INTO case_events (case_id, event_date, from_status, to_status, operator, note, created_at)';
const LINK_CASE_LINE = 'INSERT OR IGNORE INTO case_lines (case_id, line_id)';

export function insertCaseEvent(
  db: Database,
  e: { caseId: number; eventDate: string; fromStatus: string | null; toStatus: string; operator: string; note: string | null; createdAt: string },
): void {
  const row = [e.caseId, e.eventDate, e.fromStatus, e.toStatus, e.operator, e.note, e.createdAt];
  const buffer = insertBuffer(db, 'case_events', INSERT_CASE_EVENT, row.length);
  if (buffer) buffer.add(row);
  else prepared(db, `${INSERT_CASE_EVENT} VALUES (?, ?, ?, ?, ?, ?, ?)`).run(row);
}

/** Ties a case to a line of its enterprise (the row of a ledger that named both). */
export function linkCaseLine(db: Database, caseId: number, lineId: number): void {
  const buffer = insertBuffer(db, 'case_lines', LINK_CASE_LINE, 2);
  if (buffer) buffer.add([caseId, lineId]);
  else prepared(db, `${LINK_CASE_LINE} VALUES (?, ?)`).run(caseId, lineId);
}

/** Live cases of the given enterprises (they go to the 回收站 with their enterprise). */
export function liveCaseIdsOfEnterprises(db: Database, enterpriseIds: readonly number[]): number[] {
  const stmt = prepared(db, 'SELECT id FROM cases WHERE enterprise_id = ? AND deleted_at IS NULL ORDER BY id');
  return enterpriseIds.flatMap((id) => (stmt.all(id) as { id: number }[]).map((r) => r.id));
}

import type { Database } from 'better-sqlite3';
import { capacityLineEntity, type CapacityLine } from '../../../shared/entities/capacityLine';
import { prepared, required, selectList, tableSpecOf } from '../sql';

export const CAPACITY_LINE_TABLE = tableSpecOf(capacityLineEntity);

const SELECT = `SELECT l.id, ${selectList(CAPACITY_LINE_TABLE.fields, 'l')}, e.name AS "enterpriseName", e.county,
  l.created_at AS "createdAt", l.updated_at AS "updatedAt", l.deleted_at AS "deletedAt"
  FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id`;

export function listCapacityLines(db: Database, opts: { deleted?: boolean; enterpriseId?: number } = {}): CapacityLine[] {
  const where = [opts.deleted ? 'l.deleted_at IS NOT NULL' : 'l.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (opts.enterpriseId !== undefined) {
    where.push('l.enterprise_id = ?');
    params.push(opts.enterpriseId);
  }
  return prepared(db, `${SELECT} WHERE ${where.join(' AND ')} ORDER BY l.id`).all(...params) as CapacityLine[];
}

export function getCapacityLine(db: Database, id: number): CapacityLine | undefined {
  return prepared(db, `${SELECT} WHERE l.id = ?`).get(id) as CapacityLine | undefined;
}

export function requireCapacityLine(db: Database, id: number): CapacityLine {
  return required(getCapacityLine(db, id), `找不到编号为 ${id} 的设备（生产线）`);
}

/** Live lines of the given enterprises (they go to the 回收站 with their enterprise). */
export function liveLineIdsOfEnterprises(db: Database, enterpriseIds: readonly number[]): number[] {
  const stmt = prepared(db, 'SELECT id FROM capacity_lines WHERE enterprise_id = ? AND deleted_at IS NULL ORDER BY id');
  return enterpriseIds.flatMap((id) => (stmt.all(id) as { id: number }[]).map((r) => r.id));
}

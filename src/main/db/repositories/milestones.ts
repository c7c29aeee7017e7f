import type { Database } from 'better-sqlite3';
import { milestoneEntity, type MilestoneValues, type StoredMilestone } from '../../../shared/entities/milestone';
import { insertRow, prepared, selectList, updateRow, tableSpecOf } from '../sql';

export type { MilestoneValues, StoredMilestone };

/** milestones (migration 0003): one dated obligation of a year, soft-deleted. */
export const MILESTONE_TABLE = tableSpecOf(milestoneEntity);
const SELECT = `SELECT id, ${selectList(MILESTONE_TABLE.fields)} FROM milestones`;

export function listStoredMilestones(db: Database, year: number): StoredMilestone[] {
  return prepared(db, `${SELECT} WHERE year = ? AND deleted_at IS NULL ORDER BY date, id`).all(year) as StoredMilestone[];
}

export function getStoredMilestone(db: Database, id: number): StoredMilestone | undefined {
  return prepared(db, `${SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as StoredMilestone | undefined;
}

/** The live milestone of that year with that name and date: applying a list twice adds nothing. */
export function findMilestone(db: Database, year: number, name: string, date: string): StoredMilestone | undefined {
  return prepared(db, `${SELECT} WHERE year = ? AND name = ? AND date = ? AND deleted_at IS NULL`).get(year, name, date) as StoredMilestone | undefined;
}

export function insertMilestone(db: Database, m: MilestoneValues, now: string): number {
  return insertRow(db, MILESTONE_TABLE, m, now);
}

export function updateMilestone(db: Database, id: number, patch: Partial<MilestoneValues>, now: string): void {
  updateRow(db, MILESTONE_TABLE, id, patch, now);
}

export function deleteMilestone(db: Database, id: number, now: string): void {
  prepared(db, 'UPDATE milestones SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

import type { Database } from 'better-sqlite3';
import type { CompletionMilestone } from '../../../shared/rules/exitDeadline';
import { milestoneEntity, type MilestoneValues, type StoredMilestone } from '../../../shared/entities/milestone';
import { insertRow, prepared, required, selectList, tableSpecOf, updateRow } from '../sql';

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

export function requireMilestone(db: Database, id: number): StoredMilestone {
  return required(getStoredMilestone(db, id), `找不到编号为 ${id} 的时间节点，可能已被删除`);
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

/** 标记完成 (date, who, note) or undo it (all null). */
export function markMilestoneDone(db: Database, id: number, done: { doneDate: string | null; doneBy: string | null; doneNote: string | null }, now: string): void {
  prepared(db, 'UPDATE milestones SET done_date = ?, done_by = ?, done_note = ?, updated_at = ? WHERE id = ?').run(done.doneDate, done.doneBy, done.doneNote, now, id);
}

/** Which 完成关闭退出 milestone a line of a county falls under in a year (rules/exitDeadline.ts). */
export type CompletionLookup = (year: number, county: string) => CompletionMilestone | null;

/**
 * Each county's milestone that sets completion (类别 完成关闭退出) per year, the earliest when there
 * are several: a line planned for the year with no date of its own is due by it. Each county sets
 * its own ("各地……要完成本地……关闭退出落后产能工作"): in a city ledger a line goes by its county's
 * milestone, and by the city's own (county '') when its county sent none. In a county ledger every
 * row is '', so this is simply the year's.
 */
export function completionMilestones(db: Database): CompletionLookup {
  const rows = prepared(db, "SELECT county, year, date, name FROM milestones WHERE kind = '完成关闭退出' AND deleted_at IS NULL ORDER BY year, date, id").all() as {
    county: string;
    year: number;
    date: string;
    name: string;
  }[];
  const byKey = new Map<string, CompletionMilestone>();
  for (const r of rows) {
    const key = `${r.county}\u0000${r.year}`;
    if (!byKey.has(key)) byKey.set(key, { date: r.date, name: r.name });
  }
  return (year, county) => byKey.get(`${county}\u0000${year}`) ?? byKey.get(`\u0000${year}`) ?? null;
}

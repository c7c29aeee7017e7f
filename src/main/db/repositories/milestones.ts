import type { Database } from 'better-sqlite3';
import { prepared, type TableSpec } from '../sql';

/** milestones (migration 0003): one dated obligation of a year, soft-deleted. */
export interface StoredMilestone {
  id: number;
  year: number;
  name: string;
  kind: string;
  dueText: string;
  date: string;
  startDate: string | null;
  owner: string | null;
  documentNumber: string | null;
  sourceText: string | null;
  preset: string | null;
  doneDate: string | null;
  note: string | null;
  /** Who marked it done, and why (migration 0007); written only by markMilestoneDone. */
  doneBy: string | null;
  doneNote: string | null;
}

export type MilestoneValues = Omit<StoredMilestone, 'id' | 'doneBy' | 'doneNote'>;

const FIELDS: Record<keyof MilestoneValues, string> = {
  year: 'year',
  name: 'name',
  kind: 'kind',
  dueText: 'due_text',
  date: 'date',
  startDate: 'start_date',
  owner: 'owner',
  documentNumber: 'document_number',
  sourceText: 'source_text',
  preset: 'preset',
  doneDate: 'done_date',
  note: 'note',
};
const KEYS = Object.keys(FIELDS) as (keyof MilestoneValues)[];

/** The same table for the shared write path (entityWrites): every column is its field in snake_case. */
export const MILESTONE_TABLE: TableSpec = { table: 'milestones', fields: KEYS };
const SELECT = `SELECT id, ${KEYS.map((k) => `${FIELDS[k]} AS "${k}"`).join(', ')}, done_by AS "doneBy", done_note AS "doneNote" FROM milestones`;

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
  const cols = KEYS.map((k) => FIELDS[k]);
  const info = prepared(db, `INSERT INTO milestones (${cols.join(', ')}, created_at, updated_at) VALUES (${cols.map(() => '?').join(', ')}, ?, ?)`).run(
    ...KEYS.map((k) => m[k]),
    now,
    now,
  );
  return Number(info.lastInsertRowid);
}

export function updateMilestone(db: Database, id: number, patch: Partial<MilestoneValues>, now: string): void {
  const keys = Object.keys(patch) as (keyof MilestoneValues)[];
  if (keys.length === 0) return;
  prepared(db, `UPDATE milestones SET ${keys.map((k) => `${FIELDS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...keys.map((k) => patch[k]),
    now,
    id,
  );
}

/** 标记完成 (date, who, note) or undo it (all null). */
export function markMilestoneDone(db: Database, id: number, done: { doneDate: string | null; doneBy: string | null; doneNote: string | null }, now: string): void {
  prepared(db, 'UPDATE milestones SET done_date = ?, done_by = ?, done_note = ?, updated_at = ? WHERE id = ?').run(done.doneDate, done.doneBy, done.doneNote, now, id);
}

export function deleteMilestone(db: Database, id: number, now: string): void {
  prepared(db, 'UPDATE milestones SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

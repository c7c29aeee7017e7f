import type { Database } from 'better-sqlite3';
import { prepared, required } from '../sql';

/** evidence_files (migration 0003): who owns which stored file, under which name. */
export interface StoredEvidence {
  id: number;
  sha256: string;
  name: string;
  type: string;
  bytes: number;
  category: string;
  owner: 'case' | 'capacityLine';
  ownerId: number;
  note: string | null;
  operator: string;
  createdAt: string;
  removedAt: string | null;
}

const SELECT = `SELECT id, sha256, name, type, bytes, category, owner, owner_id AS "ownerId", note, operator, created_at AS "createdAt",
  removed_at AS "removedAt" FROM evidence_files`;

export function listStoredEvidence(db: Database, owner: string, ownerId: number): StoredEvidence[] {
  return prepared(db, `${SELECT} WHERE owner = ? AND owner_id = ? AND removed_at IS NULL ORDER BY id`).all(owner, ownerId) as StoredEvidence[];
}

export function getStoredEvidence(db: Database, id: number): StoredEvidence | undefined {
  return prepared(db, `${SELECT} WHERE id = ?`).get(id) as StoredEvidence | undefined;
}

/** Evidence not removed, or NOT_FOUND. */
export function requireLiveEvidence(db: Database, id: number): StoredEvidence {
  const e = getStoredEvidence(db, id);
  return required(e?.removedAt ? undefined : e, `找不到编号为 ${id} 的佐证材料，可能已被移除`);
}

export function insertEvidence(db: Database, e: Omit<StoredEvidence, 'id' | 'removedAt'>): number {
  const info = prepared(
    db,
    `INSERT INTO evidence_files (sha256, name, type, bytes, category, owner, owner_id, note, operator, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.sha256, e.name, e.type, e.bytes, e.category, e.owner, e.ownerId, e.note, e.operator, e.createdAt);
  return Number(info.lastInsertRowid);
}

export function markEvidenceRemoved(db: Database, id: number, now: string): void {
  prepared(db, 'UPDATE evidence_files SET removed_at = ? WHERE id = ?').run(now, id);
}

/** Whether the owner row exists and is live (a case or a capacity line). */
export function ownerIsLive(db: Database, owner: 'case' | 'capacityLine', id: number): boolean {
  const table = owner === 'case' ? 'cases' : 'capacity_lines';
  return prepared(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
}

import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** A content hash per user table (rows in rowid order), to compare two databases exactly. */
export function tableHashes(db: Database): Record<string, string> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const h = createHash('sha256');
    for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().iterate()) h.update(JSON.stringify(row));
    out[t] = h.digest('hex');
  }
  return out;
}

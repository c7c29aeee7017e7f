import type { Database } from 'better-sqlite3';
import { prepared } from '../sql';

/** Settings are a key → JSON value table, so new settings need no migration. */
export function readSetting<T>(db: Database, key: string): T | undefined {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: Database, key: string, value: unknown): void {
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

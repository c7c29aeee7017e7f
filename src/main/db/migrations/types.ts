import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The user_version the database has after this migration. */
  version: number;
  name: string;
  up(db: Database): void;
}

import type { Migration } from './types';

/**
 * Imports (issue 5). import_runs records each committed import: its id is the audit batch id
 * of every change it made (source 'import:<id>'), which is what undo reverts; the file hash
 * lets the preview say "this file was imported on …". import_profiles keeps a column mapping
 * under the signature of the header it was made for, to be proposed when that header returns.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'import-runs',
  up(db) {
    db.exec(`
      CREATE TABLE import_runs (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        sheet_name TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        operator TEXT NOT NULL,
        rows_total INTEGER NOT NULL,
        rows_new INTEGER NOT NULL,
        rows_updated INTEGER NOT NULL,
        rows_unchanged INTEGER NOT NULL,
        rows_error INTEGER NOT NULL,
        enterprises_created INTEGER NOT NULL,
        enterprises_updated INTEGER NOT NULL,
        lines_created INTEGER NOT NULL,
        lines_updated INTEGER NOT NULL,
        cases_created INTEGER NOT NULL,
        cases_updated INTEGER NOT NULL,
        mapping TEXT NOT NULL,
        undone_at TEXT,
        undo_batch_id TEXT
      ) STRICT;
      CREATE INDEX import_runs_hash ON import_runs(file_hash);

      CREATE TABLE import_profiles (
        signature TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        mapping TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

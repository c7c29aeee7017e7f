import type { ImportCounts } from '../../../shared/import/planTypes';
import type { Database } from 'better-sqlite3';
import { prepared } from '../sql';

export interface ImportRun extends ImportCounts {
  id: string;
  fileName: string;
  fileHash: string;
  sheetName: string | null;
  startedAt: string;
  finishedAt: string;
  operator: string;
  mapping: string;
  undoneAt: string | null;
  undoBatchId: string | null;
}

const COLUMNS = `id, file_name AS fileName, file_hash AS fileHash, sheet_name AS sheetName, started_at AS startedAt,
  finished_at AS finishedAt, operator, rows_total AS rowsTotal, rows_new AS rowsNew, rows_updated AS rowsUpdated,
  rows_unchanged AS rowsUnchanged, rows_error AS rowsError, enterprises_created AS enterprisesCreated,
  enterprises_updated AS enterprisesUpdated, lines_created AS linesCreated, lines_updated AS linesUpdated,
  cases_created AS casesCreated, cases_updated AS casesUpdated, tasks_created AS tasksCreated, tasks_updated AS tasksUpdated,
  milestones_created AS milestonesCreated, milestones_updated AS milestonesUpdated, mapping, undone_at AS undoneAt, undo_batch_id AS undoBatchId`;

export function insertImportRun(db: Database, r: Omit<ImportRun, 'undoneAt' | 'undoBatchId'>): void {
  prepared(
    db,
    `INSERT INTO import_runs (id, file_name, file_hash, sheet_name, started_at, finished_at, operator, rows_total, rows_new,
      rows_updated, rows_unchanged, rows_error, enterprises_created, enterprises_updated, lines_created, lines_updated,
      cases_created, cases_updated, tasks_created, tasks_updated, milestones_created, milestones_updated, mapping)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.id, r.fileName, r.fileHash, r.sheetName, r.startedAt, r.finishedAt, r.operator, r.rowsTotal, r.rowsNew, r.rowsUpdated,
    r.rowsUnchanged, r.rowsError, r.enterprisesCreated, r.enterprisesUpdated, r.linesCreated, r.linesUpdated, r.casesCreated,
    r.casesUpdated, r.tasksCreated, r.tasksUpdated, r.milestonesCreated, r.milestonesUpdated, r.mapping,
  );
}

export function getImportRun(db: Database, id: string): ImportRun | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM import_runs WHERE id = ?`).get(id) as ImportRun | undefined;
}

export function listImportRuns(db: Database, opts: { fileHash?: string; limit?: number } = {}): ImportRun[] {
  if (opts.fileHash !== undefined) {
    return prepared(db, `SELECT ${COLUMNS} FROM import_runs WHERE file_hash = ? ORDER BY started_at DESC LIMIT ?`).all(opts.fileHash, opts.limit ?? 100) as ImportRun[];
  }
  return prepared(db, `SELECT ${COLUMNS} FROM import_runs ORDER BY started_at DESC LIMIT ?`).all(opts.limit ?? 100) as ImportRun[];
}

export function markImportUndone(db: Database, id: string, at: string, undoBatchId: string): void {
  prepared(db, 'UPDATE import_runs SET undone_at = ?, undo_batch_id = ? WHERE id = ?').run(at, undoBatchId, id);
}

export interface ImportProfileRow {
  signature: string;
  name: string;
  mapping: string;
  createdAt: string;
  updatedAt: string;
}

export function upsertImportProfile(db: Database, p: { signature: string; name: string; mapping: string; at: string }): void {
  prepared(
    db,
    `INSERT INTO import_profiles (signature, name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET name = excluded.name, mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(p.signature, p.name, p.mapping, p.at, p.at);
}

export function getImportProfile(db: Database, signature: string): ImportProfileRow | undefined {
  return prepared(
    db,
    'SELECT signature, name, mapping, created_at AS createdAt, updated_at AS updatedAt FROM import_profiles WHERE signature = ?',
  ).get(signature) as ImportProfileRow | undefined;
}

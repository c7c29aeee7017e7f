import type { Database } from 'better-sqlite3';
import { prepared } from '../sql';
import type { ImportProfileRow } from './importRuns';

/** The saved column mappings, for the wizard's 套用方案 list and the CLI's --profile NAME. */
export function listImportProfiles(db: Database): ImportProfileRow[] {
  return prepared(
    db,
    'SELECT signature, name, mapping, created_at AS createdAt, updated_at AS updatedAt FROM import_profiles ORDER BY updated_at DESC',
  ).all() as ImportProfileRow[];
}

export function deleteImportProfile(db: Database, signature: string): boolean {
  return prepared(db, 'DELETE FROM import_profiles WHERE signature = ?').run(signature).changes > 0;
}

import type { Database } from 'better-sqlite3';
import { prepared } from '../sql';

/**
 * Template mappings are kept in the import engine's import_profiles table (migration 0004),
 * under the header's signature, so a city template mapped once is proposed again by the import
 * wizard and the template fill alike. A template may also be asked for by its profile name.
 */
export function importProfileByName(db: Database, name: string): { signature: string; mapping: string } | undefined {
  return prepared(db, 'SELECT signature, mapping FROM import_profiles WHERE name = ? ORDER BY updated_at DESC LIMIT 1').get(name) as
    | { signature: string; mapping: string }
    | undefined;
}

import type { Migration } from './types';
import { migration0001 } from './0001-initial-ledger';
import { migration0002 } from './0002-grids';

/** Append-only: a released migration is never edited; a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

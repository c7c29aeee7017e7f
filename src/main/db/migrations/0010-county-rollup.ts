import type { Migration } from './types';

/**
 * Issue 16: a city ledger holds its counties' data side by side.
 * 1. enterprises.county, tasks.county and milestones.county: the county a row was reported by
 *    ('' in a county's own ledger). Lines and cases belong to an enterprise and take its county,
 *    so a county's data is one WHERE on three tables, and a roll-up can replace it whole.
 * 2. A credit code is unique within a county, not across the city: the same firm reported by
 *    two counties must be held twice so both can be shown and flagged (a county ledger, all '',
 *    keeps the old rule).
 * 3. county_packages: the package (or filled template) each county's data came from, one row per
 *    county — the 报送情况 board and the older-package refusal read it.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'county-rollup',
  up(db) {
    db.exec(`
      ALTER TABLE enterprises ADD COLUMN county TEXT NOT NULL DEFAULT '';
      ALTER TABLE tasks ADD COLUMN county TEXT NOT NULL DEFAULT '';
      ALTER TABLE milestones ADD COLUMN county TEXT NOT NULL DEFAULT '';

      DROP INDEX enterprises_uscc;
      CREATE UNIQUE INDEX enterprises_uscc ON enterprises(county, uscc) WHERE uscc IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX enterprises_county ON enterprises(county) WHERE deleted_at IS NULL;

      CREATE TABLE county_packages (
        county TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('package', 'template')),
        year INTEGER NOT NULL,
        exported_at TEXT NOT NULL,
        checksum TEXT,
        app_version TEXT,
        file_name TEXT NOT NULL,
        received_at TEXT NOT NULL,
        row_counts TEXT NOT NULL
      ) STRICT;
    `);
  },
};

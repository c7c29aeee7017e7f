import type { Migration } from './types';

/**
 * Imports write 重点工作 and 时间节点 too: import_runs counts them beside the ledger rows so the
 * history says what an import did. Runs recorded before this version wrote none, hence 0.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'import-run-work-plan-counts',
  up(db) {
    db.exec(`
      ALTER TABLE import_runs ADD COLUMN tasks_created INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE import_runs ADD COLUMN tasks_updated INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE import_runs ADD COLUMN milestones_created INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE import_runs ADD COLUMN milestones_updated INTEGER NOT NULL DEFAULT 0;
    `);
  },
};

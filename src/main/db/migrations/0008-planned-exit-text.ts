import type { Migration } from './types';

/**
 * Issue 11: a line's 完成时限 as the sheet or the user wrote it (2022年10月底前, 年底前, 2022年三季度末)
 * is kept beside the date it was read as, as a task keeps its completion text. Lines stored
 * before this version have none.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'planned-exit-text',
  up(db) {
    db.exec(`ALTER TABLE capacity_lines ADD COLUMN planned_exit_text TEXT;`);
  },
};

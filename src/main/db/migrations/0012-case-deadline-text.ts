import type { Migration } from './types';

/**
 * Issue 11: a case's 整改完成时限 as the sheet or the user wrote it (2022年10月底前, 年底前) is kept
 * beside the date it was read as, as a line keeps its 完成时限原文 (migration 0008). Cases stored
 * before this version have none.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'case-deadline-text',
  up(db) {
    db.exec(`ALTER TABLE cases ADD COLUMN deadline_override_text TEXT;`);
  },
};

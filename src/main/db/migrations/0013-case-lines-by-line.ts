import type { Migration } from './types';

/**
 * Issue 16: the 汇总表 finds each planned line's dimension through its earliest case, and the
 * case_lines key begins with the case, so every line scanned the whole table — a city ledger of
 * 100,000 lines did not finish. An index from the line to its cases makes it one lookup per line.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'case-lines-by-line',
  up(db) {
    db.exec(`CREATE INDEX case_lines_line ON case_lines(line_id, case_id);`);
  },
};

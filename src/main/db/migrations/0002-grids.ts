import { DEFAULT_DEPARTMENTS } from '../../../shared/schemas/optionLists';
import type { Migration } from './types';

/**
 * The grids' pick lists: the departments table (from 0001) gets the departments a county plan
 * names most often, so the 牵头部门 column has choices on day one; the user edits them in 设置.
 * Other lists are a settings value with defaults in code and need no schema change.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'grids',
  up(db) {
    const now = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO departments (name, sort_order, created_at, updated_at)
       SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM departments WHERE name = ? AND deleted_at IS NULL)`,
    );
    DEFAULT_DEPARTMENTS.forEach((name, i) => insert.run(name, i, now, now, name));
  },
};

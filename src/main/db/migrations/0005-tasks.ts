import type { Migration } from './types';

/**
 * 重点工作 (issue 6): the lines of the county's annual work plan, whose annex is the
 * responsibility table, and the department names remembered when a superior's plan is adopted.
 * - tasks: one row per task of a year; departments are JSON arrays of names as the plan writes
 *   them; completion_text is the 完成时间 as written, completion_date the day it means (set
 *   by hand where the text names none); sort_order is the order in the annex.
 * - department_mappings: a superior's department (市经信委) → the county's (县工信局), kept so
 *   that next year's plan from the same city maps itself.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'tasks',
  up(db) {
    db.exec(`
      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        section TEXT NOT NULL,
        category TEXT,
        content TEXT NOT NULL,
        lead_departments TEXT NOT NULL DEFAULT '[]',
        cooperating_departments TEXT NOT NULL DEFAULT '[]',
        completion_text TEXT,
        completion_date TEXT,
        continues_number INTEGER NOT NULL DEFAULT 0,
        dimension TEXT,
        progress TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX tasks_year ON tasks(year, sort_order);

      CREATE TABLE department_mappings (
        source_name TEXT PRIMARY KEY,
        department TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

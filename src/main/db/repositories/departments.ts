import type { Database } from 'better-sqlite3';
import { prepared, type TableSpec } from '../sql';

export const DEPARTMENT_TABLE: TableSpec = { table: 'departments', fields: ['name', 'shortName', 'sortOrder'] };

export interface DepartmentRow {
  id: number;
  name: string;
  shortName: string | null;
  sortOrder: number;
}

export function listDepartments(db: Database): DepartmentRow[] {
  return prepared(
    db,
    `SELECT id, name, short_name AS shortName, sort_order AS sortOrder FROM departments WHERE deleted_at IS NULL ORDER BY sort_order, id`,
  ).all() as DepartmentRow[];
}

import type { Database } from 'better-sqlite3';
import { taskEntity, type TaskRecord } from '../../../shared/entities/task';
import { prepared, required, selectList, tableSpecOf } from '../sql';

/**
 * 重点工作 rows (migration 0005). Department lists are stored as JSON arrays of names and
 * continues_number as 0/1; both are decoded here so nothing above sees the storage form.
 */
export const TASK_TABLE = tableSpecOf(taskEntity);

type StoredTask = Omit<TaskRecord, 'leadDepartments' | 'cooperatingDepartments' | 'continuesNumber'> & {
  leadDepartments: string;
  cooperatingDepartments: string;
  continuesNumber: number;
};

const SELECT = `SELECT id, ${selectList(TASK_TABLE.fields)}, created_at AS "createdAt", updated_at AS "updatedAt", deleted_at AS "deletedAt" FROM tasks`;

/** A stored JSON list of department names ([] when unreadable). */
export function names(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function decode(row: StoredTask): TaskRecord {
  return {
    ...row,
    leadDepartments: names(row.leadDepartments),
    cooperatingDepartments: names(row.cooperatingDepartments),
    continuesNumber: row.continuesNumber === 1,
  };
}

/**
 * The live tasks of a year in annex order (or its deleted ones, for the 回收站). `county` keeps
 * one county's plan: '' is the ledger's own, the one an adopted or imported plan replaces and
 * matches against; a city ledger also holds its counties' plans beside it (migration 0010).
 */
export function listTasks(db: Database, year: number, opts: { deleted?: boolean; county?: string } = {}): TaskRecord[] {
  const where = opts.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  const byCounty = opts.county === undefined ? '' : 'AND county = ?';
  const params = opts.county === undefined ? [year] : [year, opts.county];
  return (prepared(db, `${SELECT} WHERE year = ? AND ${where} ${byCounty} ORDER BY sort_order, id`).all(...params) as StoredTask[]).map(decode);
}

export function getTask(db: Database, id: number): TaskRecord | undefined {
  const row = prepared(db, `${SELECT} WHERE id = ?`).get(id) as StoredTask | undefined;
  return row && decode(row);
}

/** A live task, or NOT_FOUND. */
export function requireLiveTask(db: Database, id: number): TaskRecord {
  const row = getTask(db, id);
  return required(row?.deletedAt ? undefined : row, `找不到编号为 ${id} 的重点工作，可能已被删除，请刷新后重试`);
}

export function nextTaskSortOrder(db: Database, year: number): number {
  const r = prepared(db, 'SELECT max(sort_order) AS m FROM tasks WHERE year = ? AND deleted_at IS NULL').get(year) as { m: number | null };
  return r.m === null ? 0 : r.m + 1;
}

/** Years that have tasks, newest first. */
export function taskYears(db: Database): number[] {
  return (prepared(db, 'SELECT DISTINCT year FROM tasks WHERE deleted_at IS NULL ORDER BY year DESC').all() as { year: number }[]).map((r) => r.year);
}

export function departmentMappings(db: Database): Map<string, string> {
  const rows = prepared(db, 'SELECT source_name AS source, department FROM department_mappings').all() as { source: string; department: string }[];
  return new Map(rows.map((r) => [r.source, r.department]));
}

export function saveDepartmentMapping(db: Database, source: string, department: string, at: string): void {
  prepared(
    db,
    `INSERT INTO department_mappings (source_name, department, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(source_name) DO UPDATE SET department = excluded.department, updated_at = excluded.updated_at`,
  ).run(source, department, at);
}

import type { Database } from 'better-sqlite3';
import { prepared, required } from '../sql';

/**
 * The case columns and events the workflow reads and writes (cases, case_events; migration 0001
 * and 0003). The case grid's own reads and writes are in repositories/cases.ts.
 */

export interface WorkflowRow {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  dimension: string;
  status: string;
  description: string | null;
  measure: string | null;
  noticeDate: string | null;
  periodStart: string | null;
  period: string | null;
  extension: string | null;
  closedDate: string | null;
  deadlineOverride: string | null;
  deadlineOverrideReason: string | null;
  /** The override as the sheet or the user wrote it (2022年10月底前), migration 0012. */
  deadlineOverrideText: string | null;
  /** 情节严重: 1 or 0. */
  serious: number;
  deletedAt: string | null;
}

const COLUMNS = `c.id, c.enterprise_id AS "enterpriseId", e.name AS "enterpriseName", c.dimension, c.status, c.description,
  c.measure, c.notice_date AS "noticeDate", c.period_start AS "periodStart", c.period, c.extension, c.closed_date AS "closedDate",
  c.deadline_override AS "deadlineOverride", c.deadline_override_reason AS "deadlineOverrideReason",
  c.deadline_override_text AS "deadlineOverrideText", c.serious, c.deleted_at AS "deletedAt"`;

export function getWorkflowRow(db: Database, id: number): WorkflowRow | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM cases c JOIN enterprises e ON e.id = c.enterprise_id WHERE c.id = ?`).get(id) as WorkflowRow | undefined;
}

/** A case not in 回收站, as the workflow reads it; else the Chinese refusal every workflow step gives. */
export function requireLiveWorkflowRow(db: Database, id: number): WorkflowRow {
  const row = getWorkflowRow(db, id);
  return required(row?.deletedAt ? undefined : row, `找不到编号为 ${id} 的整改事项，可能已被删除，请刷新后重试`);
}

export interface StoredCaseEvent {
  id: number;
  transition: string | null;
  eventDate: string;
  fromStatus: string | null;
  toStatus: string;
  operator: string;
  note: string | null;
  detail: string | null;
  createdAt: string;
}

export function listWorkflowEvents(db: Database, caseId: number): StoredCaseEvent[] {
  return prepared(
    db,
    `SELECT id, transition, event_date AS "eventDate", from_status AS "fromStatus", to_status AS "toStatus", operator, note, detail,
       created_at AS "createdAt" FROM case_events WHERE case_id = ? ORDER BY id`,
  ).all(caseId) as StoredCaseEvent[];
}

export function insertWorkflowEvent(
  db: Database,
  e: { caseId: number; transition: string | null; eventDate: string; fromStatus: string | null; toStatus: string; operator: string; note: string | null; detail: string | null },
  now: string,
): void {
  prepared(
    db,
    `INSERT INTO case_events (case_id, transition, event_date, from_status, to_status, operator, note, detail, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.caseId, e.transition, e.eventDate, e.fromStatus, e.toStatus, e.operator, e.note, e.detail, now);
}

/** The columns a step may change, snake_case in the table. */
export const WORKFLOW_COLUMNS = {
  status: 'status',
  measure: 'measure',
  noticeDate: 'notice_date',
  periodStart: 'period_start',
  period: 'period',
  extension: 'extension',
  closedDate: 'closed_date',
  reinspectionDate: 'reinspection_date',
  reinspectionResult: 'reinspection_result',
  outcome: 'outcome',
} as const;
export type WorkflowColumn = keyof typeof WORKFLOW_COLUMNS;

export function readWorkflowColumns(db: Database, id: number): Record<WorkflowColumn, string | null> {
  const list = Object.entries(WORKFLOW_COLUMNS).map(([field, column]) => `${column} AS "${field}"`).join(', ');
  return prepared(db, `SELECT ${list} FROM cases WHERE id = ?`).get(id) as Record<WorkflowColumn, string | null>;
}

export function updateWorkflowColumns(db: Database, id: number, patch: Partial<Record<WorkflowColumn, string | null>>, now: string): void {
  const keys = Object.keys(patch) as WorkflowColumn[];
  if (keys.length === 0) return;
  const sql = `UPDATE cases SET ${keys.map((k) => `${WORKFLOW_COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;
  prepared(db, sql).run(...keys.map((k) => patch[k] ?? null), now, id);
}

export function insertRegisteredCase(
  db: Database,
  c: { enterpriseId: number; dimension: string; source: string | null; description: string | null; status: string },
  now: string,
): number {
  const info = prepared(
    db,
    'INSERT INTO cases (enterprise_id, dimension, status, source, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(c.enterpriseId, c.dimension, c.status, c.source, c.description, now, now);
  return Number(info.lastInsertRowid);
}

/**
 * What the card lists need of one live case, as a positional row: its own stored columns in the
 * order its derivation reads them (caseCards.ts storedCase), no enterprise columns (issue 16).
 */
export type CaseCardFacts = [
  id: number,
  enterpriseId: number,
  dimension: string,
  status: string,
  measure: string | null,
  noticeDate: string | null,
  periodStart: string | null,
  period: string | null,
  extension: string | null,
  deadlineOverride: string | null,
  closedDate: string | null,
  serious: number,
];

/** One live case as the deadline list needs it: the card's facts, then its enterprise's columns. */
export type DeadlineFacts = [...CaseCardFacts, enterpriseName: string, town: string | null, uscc: string | null, industry: string | null, county: string];

const CASE_CARD_COLUMNS = `c.id, c.enterprise_id, c.dimension, c.status, c.measure, c.notice_date, c.period_start, c.period, c.extension,
       c.deadline_override, c.closed_date, c.serious`;
const LIVE_CASES = 'FROM cases c JOIN enterprises e ON e.id = c.enterprise_id WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL';
const DEADLINE_FACTS = `SELECT ${CASE_CARD_COLUMNS}, e.name, e.town, e.uscc, e.industry, e.county ${LIVE_CASES}`;

/**
 * Every live case of a live enterprise, as raw arrays: 100,000 rows are read without building
 * an object per row. With `ids`, only those cases (the rows a grid edit changed).
 */
export function listDeadlineFacts(db: Database, ids?: readonly number[]): DeadlineFacts[] {
  if (ids) return prepared(db, `${DEADLINE_FACTS} AND c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id`).raw(true).all(JSON.stringify(ids)) as DeadlineFacts[];
  return prepared(db, `${DEADLINE_FACTS} ORDER BY c.id`).raw(true).all() as DeadlineFacts[];
}

/** Every live case of a live enterprise, in id order, without the enterprise's columns. */
export function listCaseCardFacts(db: Database): CaseCardFacts[] {
  return prepared(db, `SELECT ${CASE_CARD_COLUMNS} ${LIVE_CASES} ORDER BY c.id`).raw(true).all() as CaseCardFacts[];
}

/** 情节严重 on or off; the caller records the audit entry in the same transaction. */
export function setCaseSerious(db: Database, id: number, serious: boolean, now: string): void {
  prepared(db, 'UPDATE cases SET serious = ?, updated_at = ? WHERE id = ?').run(serious ? 1 : 0, now, id);
}

export interface ClosureLineRow {
  lineId: number;
  name: string;
  spec: string | null;
  exitMethod: string | null;
  exitDate: string | null;
}

/**
 * The lines a closure of the case exits: those linked to the case; for a case linked to none,
 * the enterprise's live lines not yet exited (closing the firm closes them all).
 */
export function closureLineRows(db: Database, caseId: number, enterpriseId: number): ClosureLineRow[] {
  const cols = 'l.id AS "lineId", l.name, l.spec, l.exit_method AS "exitMethod", l.exit_date AS "exitDate"';
  const linked = prepared(
    db,
    `SELECT ${cols} FROM case_lines cl JOIN capacity_lines l ON l.id = cl.line_id WHERE cl.case_id = ? AND l.deleted_at IS NULL ORDER BY l.id`,
  ).all(caseId) as ClosureLineRow[];
  if (linked.length) return linked;
  return prepared(db, `SELECT ${cols} FROM capacity_lines l WHERE l.enterprise_id = ? AND l.deleted_at IS NULL AND l.exit_date IS NULL ORDER BY l.id`).all(
    enterpriseId,
  ) as ClosureLineRow[];
}

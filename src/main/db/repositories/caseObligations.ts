import type { Database } from 'better-sqlite3';
import { prepared } from '../sql';

/** case_obligations (migration 0007): the recorded steps after a closure, one per case, kind and line. */

export interface StoredObligation {
  caseId: number;
  kind: string;
  lineId: number;
  dueDate: string | null;
  doneDate: string | null;
  document: string | null;
  authority: string | null;
  detail: string | null;
  note: string | null;
}

const columns = (t: string) =>
  `${t}case_id AS "caseId", ${t}kind, ${t}line_id AS "lineId", ${t}due_date AS "dueDate", ${t}done_date AS "doneDate", ${t}document, ${t}authority, ${t}detail, ${t}note`;

export function listCaseObligations(db: Database, caseId: number): StoredObligation[] {
  return prepared(db, `SELECT ${columns('')} FROM case_obligations WHERE case_id = ? ORDER BY id`).all(caseId) as StoredObligation[];
}

/** Every recorded step of live cases, for the lists. */
export function listAllObligations(db: Database): StoredObligation[] {
  return prepared(
    db,
    `SELECT ${columns('o.')} FROM case_obligations o JOIN cases c ON c.id = o.case_id WHERE c.deleted_at IS NULL ORDER BY o.id`,
  ).all() as StoredObligation[];
}

/** Inserts or replaces the step's record; the caller records the audit entry in the same transaction. */
export function upsertObligation(db: Database, o: StoredObligation, operator: string, now: string): void {
  prepared(
    db,
    `INSERT INTO case_obligations (case_id, kind, line_id, due_date, done_date, document, authority, detail, note, operator, created_at, updated_at)
     VALUES (@caseId, @kind, @lineId, @dueDate, @doneDate, @document, @authority, @detail, @note, @operator, @now, @now)
     ON CONFLICT (case_id, kind, line_id) DO UPDATE SET due_date = excluded.due_date, done_date = excluded.done_date, document = excluded.document,
       authority = excluded.authority, detail = excluded.detail, note = excluded.note, operator = excluded.operator, updated_at = excluded.updated_at`,
  ).run({ ...o, operator, now });
}

/** 信用推送 recorded for each enterprise (the latest pushed), for the credit-push list. */
export function creditPushesByEnterprise(db: Database): Map<number, { platform: string | null; date: string; document: string | null }> {
  const rows = prepared(
    db,
    `SELECT c.enterprise_id AS "enterpriseId", o.authority AS platform, o.done_date AS date, o.document FROM case_obligations o
       JOIN cases c ON c.id = o.case_id WHERE o.kind = 'credit-push' AND o.done_date IS NOT NULL AND c.deleted_at IS NULL ORDER BY o.done_date, o.id`,
  ).all() as { enterpriseId: number; platform: string | null; date: string; document: string | null }[];
  return new Map(rows.map((r) => [r.enterpriseId, { platform: r.platform, date: r.date, document: r.document }]));
}

/** The lines the per-line steps are owed for: the case's own, or for a case linked to none, its enterprise's live lines. */
export function obligationLineRows(db: Database, caseId: number, enterpriseId: number) {
  const cols = `l.id AS "lineId", l.name, l.spec, l.exit_method AS "exitMethod", l.planned_exit_date AS "plannedExitDate", l.plan_year AS "planYear"`;
  type Row = { lineId: number; name: string; spec: string | null; exitMethod: string | null; plannedExitDate: string | null; planYear: number | null };
  const linked = prepared(
    db,
    `SELECT ${cols} FROM case_lines cl JOIN capacity_lines l ON l.id = cl.line_id WHERE cl.case_id = ? AND l.deleted_at IS NULL ORDER BY l.id`,
  ).all(caseId) as Row[];
  if (linked.length) return linked;
  return prepared(db, `SELECT ${cols} FROM capacity_lines l WHERE l.enterprise_id = ? AND l.deleted_at IS NULL ORDER BY l.id`).all(enterpriseId) as Row[];
}

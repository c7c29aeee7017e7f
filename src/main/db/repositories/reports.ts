import type { Database } from 'better-sqlite3';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { OVERDUE_UNRECTIFIED } from '../../../shared/rules/cards';
import type { CardCase, CardRules } from '../../../shared/reports/cardRules';
import type { Card } from '../../../shared/rules/cards';
import { sortByChineseKeys } from '../../../shared/reports/collate';
import type { CaseListRow, CreditPushRow, LineListRow, OverdueRow } from '../../../shared/reports/listTypes';
import { prepared } from '../sql';
import { lineExitDeadline } from '../../../shared/rules/exitDeadline';
import { completionMilestones, type CompletionLookup } from './milestones';
import { creditPushesByEnterprise } from './caseObligations';

/**
 * The rows of each report for a year, read from the ledger tables. Only live rows count (a line
 * or case in the 回收站, or belonging to a deleted enterprise, is left out). Lists come in
 * pinyin order of town, then enterprise, then entry order; a city's county by county first
 * (county is '' throughout a county's own ledger, so there the order is unchanged).
 */

const LINE_COLUMNS = `l.id AS "lineId", e.id AS "enterpriseId", e.county, e.name AS "enterpriseName", e.uscc, e.town, e.industry,
  l.name AS "lineName", l.spec, l.quantity, l.quantity_unit AS "quantityUnit", l.capacity, l.capacity_unit AS "capacityUnit",
  l.exit_method AS "exitMethod", l.plan_year AS "planYear", l.planned_exit_date AS "plannedExitDate", l.exit_date AS "exitDate",
  l.acceptance_date AS "acceptanceDate", l.local_unit AS "localUnit", l.supervising_dept AS "supervisingDept", l.notes`;
const LINE_FROM = `FROM capacity_lines l JOIN enterprises e ON e.id = l.enterprise_id WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL`;

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

function inListOrder<T extends { county: string; town: string | null; enterpriseName: string }>(rows: T[], tie: (r: T) => number): T[] {
  return sortByChineseKeys(rows, [(r) => r.county || null, (r) => r.town, (r) => r.enterpriseName], tie);
}

/** A line's exit deadline: its own date, else its county's 完成关闭退出 milestone, else 12月31日. */
function exitDeadlineOf(completionOf: CompletionLookup, r: LineListRow): string | null {
  return lineExitDeadline(r, (year) => completionOf(year, r.county))?.date ?? null;
}

/** 落后产能退出任务责任清单: every line planned to go in the year, exited or not, with its 完成时限. */
export function responsibilityListRows(db: Database, year: number): LineListRow[] {
  const completionOf = completionMilestones(db);
  const rows = (prepared(db, `SELECT ${LINE_COLUMNS} ${LINE_FROM} AND l.plan_year = ?`).all(year) as LineListRow[]).map((r) => ({
    ...r,
    dueDate: exitDeadlineOf(completionOf, r),
  }));
  return inListOrder(rows, (r) => r.lineId);
}

/**
 * The ids of the lines that left in the year (exit date within it), in list order. The exit
 * list for a large county is written from these in pages (lineListRowsByIds), so no statement
 * stays open across the export and other work can use the connection meanwhile.
 */
export function exitListLineIds(db: Database, year: number): number[] {
  const keys = prepared(
    db,
    `SELECT l.id AS "lineId", e.county, e.town, e.name AS "enterpriseName" ${LINE_FROM} AND l.exit_date BETWEEN ? AND ?`,
  ).all(yearStart(year), yearEnd(year)) as { lineId: number; county: string; town: string | null; enterpriseName: string }[];
  return inListOrder(keys, (r) => r.lineId).map((r) => r.lineId);
}

const BY_ID_CHUNK = 500;

/** The list rows of the given lines, in the order given. */
export function lineListRowsByIds(db: Database, ids: readonly number[]): LineListRow[] {
  const byId = new Map<number, LineListRow>();
  for (let i = 0; i < ids.length; i += BY_ID_CHUNK) {
    const chunk = ids.slice(i, i + BY_ID_CHUNK);
    const sql = `SELECT ${LINE_COLUMNS} ${LINE_FROM} AND l.id IN (${chunk.map(() => '?').join(',')})`;
    for (const row of prepared(db, sql).all(...chunk) as LineListRow[]) byId.set(row.lineId, row);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** 年度落后产能退出企业名单、设备（生产线）和产能情况, all at once (small counties, tests). */
export function exitListRows(db: Database, year: number): LineListRow[] {
  return lineListRowsByIds(db, exitListLineIds(db, year));
}

/**
 * 未按期退出企业名单: lines whose exit deadline (rules/exitDeadline.ts: the planned date, else the
 * year's completion milestone, else 12月31日) fell in or before the year and before `asOf`, and
 * that had not left by it — still here, or gone late.
 */
export function overdueListRows(db: Database, year: number, asOf: IsoDate): OverdueRow[] {
  const completionOf = completionMilestones(db);
  const pushes = creditPushesByEnterprise(db);
  const candidates = prepared(
    db,
    `SELECT ${LINE_COLUMNS} ${LINE_FROM}
       AND (l.planned_exit_date <= ? OR (l.planned_exit_date IS NULL AND l.plan_year <= ?))`,
  ).all(yearEnd(year), year) as LineListRow[];
  const rows: OverdueRow[] = [];
  for (const r of candidates) {
    const deadline = exitDeadlineOf(completionOf, r);
    if (!deadline || deadline > yearEnd(year) || deadline >= asOf) continue;
    if (r.exitDate !== null && r.exitDate <= deadline) continue;
    const pushed = pushes.get(r.enterpriseId);
    rows.push({
      ...r,
      deadline,
      overdueDays: daysBetween(deadline, r.exitDate ?? asOf),
      state: r.exitDate ? '逾期退出' : '逾期未退出',
      creditPush: pushed ? `已推送（${[pushed.platform, pushed.date].filter(Boolean).join(' ')}）` : '待推送',
    });
  }
  return inListOrder(rows, (r) => r.lineId);
}

/**
 * 信用推送企业名单: each firm on the 未按期退出 list once, with its lines, its earliest missed
 * deadline, its longest delay and the 推送信用平台 step recorded on any of its cases.
 */
export function creditPushListRows(db: Database, year: number, asOf: IsoDate): CreditPushRow[] {
  const pushes = creditPushesByEnterprise(db);
  const byEnterprise = new Map<number, OverdueRow[]>();
  for (const r of overdueListRows(db, year, asOf)) byEnterprise.set(r.enterpriseId, [...(byEnterprise.get(r.enterpriseId) ?? []), r]);
  const rows: CreditPushRow[] = [...byEnterprise.values()].map((lines) => {
    const first = lines[0]!;
    const pushed = pushes.get(first.enterpriseId) ?? null;
    return {
      enterpriseId: first.enterpriseId,
      county: first.county,
      enterpriseName: first.enterpriseName,
      uscc: first.uscc,
      town: first.town,
      industry: first.industry,
      lines: lines.map((l) => [l.lineName, l.spec].filter(Boolean).join(' ')).join('、'),
      deadline: lines.reduce((a, l) => (l.deadline < a ? l.deadline : a), first.deadline),
      overdueDays: Math.max(...lines.map((l) => l.overdueDays)),
      state: lines.some((l) => l.exitDate === null) ? '逾期未退出' : '逾期退出',
      platform: pushed?.platform ?? null,
      pushedOn: pushed?.date ?? null,
      document: pushed?.document ?? null,
      pushState: pushed ? '已推送' : '待推送',
    };
  });
  return inListOrder(rows, (r) => r.enterpriseId);
}

/** The enterprises with a line on the 未按期退出 list of any year up to `asOf`'s. */
export function enterprisesMissedExit(db: Database, asOf: IsoDate): Set<number> {
  return new Set(overdueListRows(db, Number(asOf.slice(0, 4)), asOf).map((r) => r.enterpriseId));
}

const CASE_SELECT = `SELECT c.id AS "caseId", e.id AS "enterpriseId", e.county, e.name AS "enterpriseName", e.uscc, e.town, e.industry,
  e.status AS "enterpriseStatus", c.dimension, c.status, c.source, c.notice_date AS "noticeDate", c.standard, c.description,
  c.measure, c.lead_department AS "leadDepartment", c.deadline_override AS "deadlineOverride",
  c.reinspection_date AS "reinspectionDate", c.reinspection_result AS "reinspectionResult", c.outcome,
  c.closed_date AS "closedDate", c.notes
  FROM cases c JOIN enterprises e ON e.id = c.enterprise_id WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL`;

export interface CardQuery extends CardRules {
  colour: Card;
  year: number;
  /** The day the list is drawn up: cards are as of this day. */
  asOf: IsoDate;
}

/** A case on a card list, in list order, with what the list adds to its row. */
export interface CardListEntry {
  caseId: number;
  deadline: IsoDate | null;
  overdue?: string;
}

const CARD_CASE_SELECT = `SELECT c.id AS "caseId", e.id AS "enterpriseId", e.county, e.name AS "enterpriseName", e.town, c.dimension, c.status,
  c.notice_date AS "noticeDate", c.deadline_override AS "deadlineOverride", c.closed_date AS "closedDate"
  FROM cases c JOIN enterprises e ON e.id = c.enterprise_id WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL`;

/**
 * The cases on the 黄牌名单 (a yellow card on `asOf`) or the 红牌名单 (a red card, closed in the
 * year or with no closing date), in list order. Chosen from a few columns of each case; the rows
 * are read by id for what is shown (cardListRowsByIds), so a preview of 20 rows reads 20.
 */
export function cardListEntries(db: Database, q: CardQuery): CardListEntry[] {
  const cases = (prepared(db, CARD_CASE_SELECT).all() as (CardCase & { county: string; enterpriseName: string; town: string | null })[]).filter(
    (c) => q.deriveCard(c, q.asOf) === q.colour && (q.colour !== 'red' || c.closedDate === null || c.closedDate.startsWith(`${q.year}-`)),
  );
  return inListOrder(cases, (c) => c.caseId).map((c) => {
    const deadline = q.caseDeadline(c);
    // The plans set no cut-off at the deadline: an overdue case stays, marked.
    return q.colour === 'yellow' && deadline !== null && q.asOf > deadline ? { caseId: c.caseId, deadline, overdue: OVERDUE_UNRECTIFIED } : { caseId: c.caseId, deadline };
  });
}

/** The list rows of the given entries, in their order. */
export function cardListRowsByIds(db: Database, entries: readonly CardListEntry[]): CaseListRow[] {
  const byId = new Map<number, Omit<CaseListRow, 'deadline'>>();
  for (let i = 0; i < entries.length; i += BY_ID_CHUNK) {
    const chunk = entries.slice(i, i + BY_ID_CHUNK).map((e) => e.caseId);
    for (const row of prepared(db, `${CASE_SELECT} AND c.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Omit<CaseListRow, 'deadline'>[]) byId.set(row.caseId, row);
  }
  return entries.flatMap(({ caseId, ...added }) => {
    const row = byId.get(caseId);
    return row ? [{ ...row, ...added }] : [];
  });
}

/** 黄牌名单 and 红牌名单, all rows at once (small ledgers, tests). The rule is injected: see cardRules.ts. */
export function cardListRows(db: Database, q: CardQuery): CaseListRow[] {
  return cardListRowsByIds(db, cardListEntries(db, q));
}

export interface EmissionQuery extends CardRules {
  year: number;
  asOf: IsoDate;
  /** Only the 超标排放情节严重企业名单. */
  seriousOnly: boolean;
}

/**
 * 超标排放企业名单 and 超标排放情节严重企业名单: the 环保 cases on those lists on `asOf` (rules/cards.ts
 * caseListing: not yet compliant again, or closed), a closed one only in its year. 情节严重 is the
 * case's own flag, set by the user on the case.
 */
export function emissionListRows(db: Database, q: EmissionQuery): CaseListRow[] {
  const list = q.seriousOnly ? 'over-limit-serious' : 'over-limit';
  const rows = (prepared(db, `${CASE_SELECT} AND c.dimension = '环保'`).all() as Omit<CaseListRow, 'deadline'>[])
    .map((r): CaseListRow => ({ ...r, deadline: null }))
    .map((r) => ({ ...r, deadline: q.caseDeadline(r), serious: q.listsOf(r).includes('over-limit-serious') ? '是' : '' }))
    .filter((r) => q.listsOf(r).includes(list))
    .filter((r) => r.closedDate === null || r.closedDate.startsWith(`${q.year}-`));
  return inListOrder(rows, (r) => r.caseId);
}

export { summaryRows, type SummaryTotals } from './reportSummary';

import type { Database } from 'better-sqlite3';
import {
  CREDIT_PUSH_LIST,
  EMISSION_LIST,
  EMISSION_SERIOUS_LIST,
  EXIT_LIST,
  OVERDUE_LIST,
  RED_CARD_LIST,
  RESPONSIBILITY_LIST,
  SUMMARY_LIST,
  YELLOW_CARD_LIST,
} from '../../shared/reports/listDefinitions';
import type { CaseListRow, LineListRow, ListDefinition, ListMeta } from '../../shared/reports/listTypes';
import type { ReportId } from '../../shared/reports/reportIds';
import { cardListEntries, cardListRowsByIds, creditPushListRows, emissionListRows, exitListLineIds, lineListRowsByIds, overdueListRows, responsibilityListRows, summaryRows, type CardListEntry } from '../db/repositories/reports';
import type { CardRules } from '../../shared/reports/cardRules';
import { listForLevel } from '../../shared/reports/countyLists';

/**
 * Where each list's rows come from: the same source feeds the 报表 screen's preview (its first
 * rows) and the export (all of them), so what the user sees is what the file holds. The exit
 * list of a large county is streamed page by page; the others are small enough to read whole.
 */
export interface ListSource<R> {
  def: ListDefinition<R>;
  count: number;
  first(n: number): R[];
  all(): Iterable<R> | AsyncIterable<R>;
  /** Rows that replace the accumulated 合计 (the summary's per-unit totals). */
  totalRows?: readonly { label: string; row: R }[];
}

export type ListReportId = Exclude<ReportId, 'annex'>;

const PAGE = 1000;

/** The rows of the given lines a page at a time, so a 100 000-line list is never all in memory. */
async function* pagedLineRows(db: Database, ids: readonly number[]): AsyncGenerator<LineListRow> {
  for (let i = 0; i < ids.length; i += PAGE) yield* lineListRowsByIds(db, ids.slice(i, i + PAGE));
}

/** The card list's rows a page at a time, like the exit list's. */
async function* pagedCardRows(db: Database, entries: readonly CardListEntry[]): AsyncGenerator<CaseListRow> {
  for (let i = 0; i < entries.length; i += PAGE) yield* cardListRowsByIds(db, entries.slice(i, i + PAGE));
}

function whole<R>(def: ListDefinition<R>, rows: R[]): ListSource<R> {
  return { def, count: rows.length, first: (n) => rows.slice(0, n), all: () => rows };
}

/** The source with its list as the ledger's level draws it up (a city's has a county column). */
function leveled<R>(source: ListSource<R>, meta: ListMeta): ListSource<R> {
  return { ...source, def: listForLevel(source.def, meta.city) };
}

/**
 * Calls `visit` with the list's source; the callback is generic because each list has its own
 * row type. The card rule is injected (see shared/reports/cardRules.ts), and asked for only by
 * the card lists, since it computes every case's deadline.
 */
export function withListSource<T>(db: Database, report: ListReportId, meta: ListMeta, rules: () => CardRules, visit: <R>(source: ListSource<R>) => T): T {
  return sourceOf(db, report, meta, rules, (source) => visit(leveled(source, meta)));
}

function sourceOf<T>(db: Database, report: ListReportId, meta: ListMeta, rules: () => CardRules, visit: <R>(source: ListSource<R>) => T): T {
  switch (report) {
    case 'responsibility':
      return visit(whole(RESPONSIBILITY_LIST, responsibilityListRows(db, meta.year)));
    case 'exit': {
      const ids = exitListLineIds(db, meta.year);
      return visit({ def: EXIT_LIST, count: ids.length, first: (n) => lineListRowsByIds(db, ids.slice(0, n)), all: () => pagedLineRows(db, ids) });
    }
    case 'yellow':
    case 'red': {
      const entries = cardListEntries(db, { colour: report, year: meta.year, asOf: meta.reportDate, ...rules() });
      const def = report === 'yellow' ? YELLOW_CARD_LIST : RED_CARD_LIST;
      return visit({ def, count: entries.length, first: (n) => cardListRowsByIds(db, entries.slice(0, n)), all: () => pagedCardRows(db, entries) });
    }
    case 'emission':
    case 'emission-serious': {
      const seriousOnly = report === 'emission-serious';
      const rows = emissionListRows(db, { year: meta.year, asOf: meta.reportDate, seriousOnly, ...rules() });
      return visit(whole(seriousOnly ? EMISSION_SERIOUS_LIST : EMISSION_LIST, rows));
    }
    case 'overdue':
      return visit(whole(OVERDUE_LIST, overdueListRows(db, meta.year, meta.reportDate)));
    case 'credit-push':
      return visit(whole(CREDIT_PUSH_LIST, creditPushListRows(db, meta.year, meta.reportDate)));
    case 'summary': {
      const { rows, totals } = summaryRows(db, meta.year, meta.city);
      return visit({ ...whole(SUMMARY_LIST, rows), totalRows: totals });
    }
  }
}

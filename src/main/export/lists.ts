import type { Database } from 'better-sqlite3';
import type { IsoDate } from '../../shared/domain/dates';
import type { CardColour, CardRules } from '../../shared/reports/cardRules';
import {
  EMISSION_LIST,
  EMISSION_SERIOUS_LIST,
  EXIT_LIST,
  OVERDUE_LIST,
  RED_CARD_LIST,
  RESPONSIBILITY_LIST,
  SUMMARY_LIST,
  YELLOW_CARD_LIST,
} from '../../shared/reports/listDefinitions';
import type { LineListRow, ListMeta } from '../../shared/reports/listTypes';
import {
  cardListRows,
  emissionListRows,
  exitListLineIds,
  lineListRowsByIds,
  overdueListRows,
  responsibilityListRows,
  summaryRows,
} from '../db/repositories/reports';
import { writeStyledList, type ListProgress } from './styledList';

/**
 * Each list of the county's reports, from the ledger to an .xlsx file: the rows come from
 * db/repositories/reports.ts, the layout from shared/reports/listDefinitions.ts, the writing
 * from styledList.ts. Every export resolves to the number of rows written.
 */

export interface ListExportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ListProgress) => void;
  titleFont?: string;
}

export type { CardRules };

type Written = Promise<{ rows: number }>;

export function exportResponsibilityList(db: Database, file: string, meta: ListMeta, opts: ListExportOptions = {}): Written {
  return writeStyledList(file, RESPONSIBILITY_LIST, meta, responsibilityListRows(db, meta.year), opts);
}

const PAGE = 1000;

/** The rows of the given lines a page at a time, so a 100 000-line list is never all in memory. */
export async function* pagedLineRows(db: Database, ids: readonly number[]): AsyncGenerator<LineListRow> {
  for (let i = 0; i < ids.length; i += PAGE) yield* lineListRowsByIds(db, ids.slice(i, i + PAGE));
}

/** 年度落后产能退出企业名单, streamed: the row ids are read first, then the rows page by page. */
export function exportExitList(db: Database, file: string, meta: ListMeta, opts: ListExportOptions = {}): Written {
  const ids = exitListLineIds(db, meta.year);
  return writeStyledList(file, EXIT_LIST, meta, pagedLineRows(db, ids), { ...opts, expectedRows: ids.length });
}

export function exportCardList(
  db: Database,
  file: string,
  meta: ListMeta,
  colour: CardColour,
  rules: CardRules,
  opts: ListExportOptions = {},
): Written {
  const rows = cardListRows(db, { colour, year: meta.year, asOf: meta.reportDate, ...rules });
  return writeStyledList(file, colour === 'yellow' ? YELLOW_CARD_LIST : RED_CARD_LIST, meta, rows, opts);
}

export function exportEmissionList(db: Database, file: string, meta: ListMeta, rules: CardRules, opts: ListExportOptions & { seriousOnly?: boolean } = {}): Written {
  const seriousOnly = opts.seriousOnly ?? false;
  const rows = emissionListRows(db, { year: meta.year, asOf: meta.reportDate, seriousOnly, ...rules });
  return writeStyledList(file, seriousOnly ? EMISSION_SERIOUS_LIST : EMISSION_LIST, meta, rows, opts);
}

/** 未按期退出企业名单 as of `asOf` (the report date unless given). */
export function exportOverdueList(db: Database, file: string, meta: ListMeta, opts: ListExportOptions & { asOf?: IsoDate } = {}): Written {
  return writeStyledList(file, OVERDUE_LIST, meta, overdueListRows(db, meta.year, opts.asOf ?? meta.reportDate), opts);
}

export function exportSummary(db: Database, file: string, meta: ListMeta, opts: ListExportOptions = {}): Written {
  const { rows, totals } = summaryRows(db, meta.year);
  return writeStyledList(file, SUMMARY_LIST, meta, rows, { ...opts, totalRows: totals });
}

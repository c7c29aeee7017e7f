import type { IsoDate } from '../domain/dates';

/**
 * What a styled list (.xlsx) is made of: a definition (title, columns, totals) that is pure and
 * shared, and rows the repositories gather. The writer in src/main/export/styledList.ts turns
 * the two into a printable sheet.
 */
export type ListCell = string | number | null;

export type ColumnKind =
  | 'index' // 序号: the writer numbers the rows
  | 'text'
  | 'number'
  | 'date' // an ISO date, written as a real date shown 2026-10-31
  | 'percent'; // a ratio 0…1, shown 85.0%

export type ColumnTotal<R> =
  /** Summed per unit: one unit gives a number, several give text such as 120万吨；30万重量箱. */
  | { kind: 'sum'; unit?: (row: R) => string | null }
  /** The unit of a summed column, when all rows share one. */
  | { kind: 'unitOf'; column: string }
  /** Distinct values counted: 企业名称 → 12家. */
  | { kind: 'distinct'; key: (row: R) => string | number; suffix: string }
  /** Rows counted: 设备 → 30项. */
  | { kind: 'count'; suffix: string };

export interface ListColumn<R> {
  /** Identifies the column for 'unitOf' totals and tests. */
  id: string;
  header: string;
  /** A two-row header: adjacent columns with the same group share a cell above their own. */
  group?: string;
  widthMm: number;
  kind: ColumnKind;
  value?: (row: R) => ListCell;
  total?: ColumnTotal<R>;
  /** Left-aligned long text (names, descriptions); other columns are centred. */
  wrapLeft?: boolean;
}

export interface ListDefinition<R> {
  id: ListId;
  /** The report's name, also the default file name: 黄牌名单. */
  name: string;
  title: (meta: ListMeta) => string;
  sheetName: string;
  /** The 单位 line above the table. */
  unitsLine: string;
  columns: readonly ListColumn<R>[];
  /** Lines under the table (说明). */
  notes?: readonly string[];
}

export const LIST_IDS = ['responsibility', 'exit', 'yellow', 'red', 'emission', 'emission-serious', 'overdue', 'credit-push', 'summary'] as const;
export type ListId = (typeof LIST_IDS)[number];

export interface ListMeta {
  /** 某某县 — settings.countyName. */
  countyName: string;
  year: number;
  /** 填报单位（盖章）: 某某县工业和信息化局. */
  reportingUnit: string;
  /** 填报日期. */
  reportDate: IsoDate;
  /** 本级 = 市: the lists carry a 县（市、区） column and run county by county (countyLists.ts). */
  city?: boolean;
}

/** One capacity line with its enterprise: the responsibility, exit and overdue lists. */
export interface LineListRow {
  lineId: number;
  enterpriseId: number;
  /** 县（市、区）: '' in a county's own ledger (entities/county.ts). */
  county: string;
  enterpriseName: string;
  uscc: string | null;
  town: string | null;
  industry: string | null;
  lineName: string;
  spec: string | null;
  quantity: number | null;
  quantityUnit: string | null;
  capacity: number | null;
  capacityUnit: string | null;
  exitMethod: string | null;
  planYear: number | null;
  plannedExitDate: IsoDate | null;
  /** 完成时限 from the year's plan (rules/exitDeadline.ts); filled by the responsibility list. */
  dueDate?: IsoDate | null;
  exitDate: IsoDate | null;
  acceptanceDate: IsoDate | null;
  localUnit: string | null;
  supervisingDept: string | null;
  notes: string | null;
}

/** A line that missed its exit deadline. */
export interface OverdueRow extends LineListRow {
  deadline: IsoDate;
  overdueDays: number;
  /** 逾期未退出 / 逾期退出. */
  state: string;
  /** 已推送（平台 日期） / 待推送: the firm's 推送信用平台 step (rules/obligations.ts). */
  creditPush: string;
}

/** 信用推送企业名单: one firm that missed its exit, with its 推送信用平台 step. */
export interface CreditPushRow {
  enterpriseId: number;
  county: string;
  enterpriseName: string;
  uscc: string | null;
  town: string | null;
  industry: string | null;
  /** The lines that missed their exit, 中频炉、冲天炉. */
  lines: string;
  /** The earliest missed deadline, and the longest delay. */
  deadline: IsoDate;
  overdueDays: number;
  /** 逾期未退出 while any line is still here, else 逾期退出. */
  state: string;
  platform: string | null;
  pushedOn: IsoDate | null;
  document: string | null;
  /** 已推送 / 待推送. */
  pushState: string;
}

/** One case with its enterprise: the card and emission lists. */
export interface CaseListRow {
  caseId: number;
  enterpriseId: number;
  county: string;
  enterpriseName: string;
  uscc: string | null;
  town: string | null;
  industry: string | null;
  enterpriseStatus: string | null;
  dimension: string;
  status: string;
  source: string | null;
  noticeDate: IsoDate | null;
  standard: string | null;
  description: string | null;
  measure: string | null;
  leadDepartment: string | null;
  deadlineOverride: IsoDate | null;
  reinspectionDate: IsoDate | null;
  reinspectionResult: string | null;
  outcome: string | null;
  closedDate: IsoDate | null;
  notes: string | null;
  /** The effective deadline (after extension) when known; filled by the card query. */
  deadline: IsoDate | null;
  /** 超标排放 list: '是' when the case is flagged 情节严重. */
  serious?: string;
  /** 黄牌名单: 逾期未整改 once the deadline has passed. */
  overdue?: string;
}

/** One line of the summary: industry × dimension × town (a city: county) × capacity unit, plan against exits. */
export interface SummaryRow {
  /** 县（市、区）: a city's summary is by county × industry × dimension; '' in a county's. */
  county: string;
  industry: string;
  dimension: string;
  town: string;
  capacityUnit: string;
  plannedEnterprises: number;
  plannedLines: number;
  /** null on the 总计 row, where units differ. */
  plannedCapacity: number | null;
  exitedEnterprises: number;
  exitedLines: number;
  exitedCapacity: number | null;
  /** exitedCapacity / plannedCapacity, or null when nothing was planned. */
  completion: number | null;
}

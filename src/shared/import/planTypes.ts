import type { Mapping } from './mapping';
import type { RowIssue } from './rowValues';
import type { RowYear } from './rowYears';

/**
 * The preview of an import: what each source row would do to the ledger. Plain data, so the
 * wizard can show it and send the decision back. Statuses are English identifiers with the
 * Chinese labels the UI shows (新增 / 更新 / 无变化 / 错误).
 */
export type RowStatus = 'new' | 'update' | 'unchanged' | 'error';
export const ROW_STATUS_LABELS: Record<RowStatus, string> = { new: '新增', update: '更新', unchanged: '无变化', error: '错误' };

/** What one row does to one entity; `same` = the entity was already created or changed by an earlier row. */
export type PartStatus = 'new' | 'update' | 'unchanged' | 'same';

export type PlannedKind = 'enterprise' | 'line' | 'case' | 'task' | 'milestone';

export interface PlannedEntity {
  kind: PlannedKind;
  /** The existing row's id, or null for a row to create. */
  id: number | null;
  action: 'create' | 'update' | 'none';
  /** create: every value; update: the changed fields only. */
  values: Record<string, unknown>;
  /** update: the old value of each changed field (shown as old → new). */
  before: Record<string, unknown>;
  /** 甲钢铁有限公司 / 中频炉 2t / 能耗 2024-03-05 */
  label: string;
  firstRow: number;
  /** For lines and cases: index into ImportPlan.enterprises (null for tasks and milestones). */
  enterprise: number | null;
  /** For a new case: indexes into ImportPlan.lines of the lines named on its rows. */
  lines: number[];
}

export interface RowPart {
  entity: number;
  status: PartStatus;
}

export interface PlannedRow {
  sourceRow: number;
  status: RowStatus;
  enterprise: RowPart | null;
  line: RowPart | null;
  case: RowPart | null;
  /** The 重点工作 and 时间节点 the row names, when their columns are mapped. */
  task: RowPart | null;
  milestone: RowPart | null;
  errors: RowIssue[];
  warnings: RowIssue[];
  /** Where the row's 计划退出年度 and its dates written without a year took their year from. */
  years: RowYear[];
}

/** How many records of each kind an import creates and updates (preview, result, import_runs). */
export interface EntityCounts {
  enterprisesCreated: number;
  enterprisesUpdated: number;
  linesCreated: number;
  linesUpdated: number;
  casesCreated: number;
  casesUpdated: number;
  tasksCreated: number;
  tasksUpdated: number;
  milestonesCreated: number;
  milestonesUpdated: number;
}

/**
 * Every row below the header is accounted for: new + update + unchanged + error (the data rows,
 * `rows`) + skipped (blank, 合计, headings, footnotes) = sourceRows.
 */
export interface PlanCounts extends EntityCounts {
  sourceRows: number;
  skipped: number;
  rows: number;
  new: number;
  update: number;
  unchanged: number;
  error: number;
}

export interface ImportPlan {
  fileName: string;
  sheetName: string;
  fileHash: string | null;
  mapping: Mapping;
  rows: PlannedRow[];
  enterprises: PlannedEntity[];
  lines: PlannedEntity[];
  cases: PlannedEntity[];
  /** 重点工作 of the ledger's year, matched by their content. */
  tasks: PlannedEntity[];
  /** 时间节点, matched by year, name and date. */
  milestones: PlannedEntity[];
  counts: PlanCounts;
  /** Earlier imports of a file with the same hash, newest first, not undone. */
  previousImports: { id: string; finishedAt: string }[];
  notes: string[];
}

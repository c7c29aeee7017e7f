import { z } from '../schemas/zod';
import { Mapping } from './mapping';
import { RowIssue } from './rowValues';
import { RowYear } from './rowYears';
import { Cell } from './types';

/**
 * The preview of an import: what each source row would do to the ledger. Plain data, so the
 * wizard can show it and send the decision back; the contract answers these schemas as they are.
 * Statuses are English identifiers with the Chinese labels the UI shows (新增 / 更新 / 无变化 / 错误).
 */
export const RowStatus = z.enum(['new', 'update', 'unchanged', 'error']);
export type RowStatus = z.output<typeof RowStatus>;
export const ROW_STATUS_LABELS: Record<RowStatus, string> = { new: '新增', update: '更新', unchanged: '无变化', error: '错误' };

/** What one row does to one entity; `same` = the entity was already created or changed by an earlier row. */
export const PartStatus = z.enum(['new', 'update', 'unchanged', 'same']);
export type PartStatus = z.output<typeof PartStatus>;

export const PlannedKind = z.enum(['enterprise', 'line', 'case', 'task', 'milestone']);
export type PlannedKind = z.output<typeof PlannedKind>;

export const PlannedEntity = z.object({
  kind: PlannedKind,
  /** The existing row's id, or null for a row to create. */
  id: z.number().nullable(),
  action: z.enum(['create', 'update', 'none']),
  /** create: every value; update: the changed fields only. */
  values: z.record(z.string(), z.unknown()),
  /** update: the old value of each changed field (shown as old → new). */
  before: z.record(z.string(), z.unknown()),
  /** 甲钢铁有限公司 / 中频炉 2t / 能耗 2024-03-05 */
  label: z.string(),
  firstRow: z.number(),
  /** For lines and cases: index into ImportPlan.enterprises (null for tasks and milestones). */
  enterprise: z.number().nullable(),
  /** For a new case: indexes into ImportPlan.lines of the lines named on its rows. */
  lines: z.array(z.number()),
});
export type PlannedEntity = z.output<typeof PlannedEntity>;

export const RowPart = z.object({ entity: z.number(), status: PartStatus });
export type RowPart = z.output<typeof RowPart>;

export const PlannedRow = z.object({
  sourceRow: z.number(),
  status: RowStatus,
  enterprise: RowPart.nullable(),
  line: RowPart.nullable(),
  case: RowPart.nullable(),
  /** The 重点工作 and 时间节点 the row names, when their columns are mapped. */
  task: RowPart.nullable(),
  milestone: RowPart.nullable(),
  errors: z.array(RowIssue),
  warnings: z.array(RowIssue),
  /** Where the row's 计划退出年度 and its dates written without a year took their year from. */
  years: z.array(RowYear),
});
export type PlannedRow = z.output<typeof PlannedRow>;

/** How many records of each kind an import creates and updates (preview, result, import_runs). */
export const EntityCounts = z.object({
  enterprisesCreated: z.number(),
  enterprisesUpdated: z.number(),
  linesCreated: z.number(),
  linesUpdated: z.number(),
  casesCreated: z.number(),
  casesUpdated: z.number(),
  tasksCreated: z.number(),
  tasksUpdated: z.number(),
  milestonesCreated: z.number(),
  milestonesUpdated: z.number(),
});
export type EntityCounts = z.output<typeof EntityCounts>;

/**
 * Every row below the header is accounted for: new + update + unchanged + error (the data rows,
 * `rows`) + skipped (blank, 合计, headings, footnotes) = sourceRows.
 */
export const PlanCounts = EntityCounts.extend({
  sourceRows: z.number(),
  skipped: z.number(),
  rows: z.number(),
  new: z.number(),
  update: z.number(),
  unchanged: z.number(),
  error: z.number(),
});
export type PlanCounts = z.output<typeof PlanCounts>;

/** What a committed import wrote, by row and by record (import_runs keeps the same counts). */
export const ImportCounts = EntityCounts.extend({
  rowsTotal: z.number(),
  rowsNew: z.number(),
  rowsUpdated: z.number(),
  rowsUnchanged: z.number(),
  rowsError: z.number(),
});
export type ImportCounts = z.output<typeof ImportCounts>;

export const ImportPlan = z.object({
  fileName: z.string(),
  sheetName: z.string(),
  fileHash: z.string().nullable(),
  mapping: Mapping,
  rows: z.array(PlannedRow),
  enterprises: z.array(PlannedEntity),
  lines: z.array(PlannedEntity),
  cases: z.array(PlannedEntity),
  /** 重点工作 of the ledger's year, matched by their content. */
  tasks: z.array(PlannedEntity),
  /** 时间节点, matched by year, name and date. */
  milestones: z.array(PlannedEntity),
  counts: PlanCounts,
  /** Earlier imports of a file with the same hash, newest first, not undone. */
  previousImports: z.array(z.object({ id: z.string(), finishedAt: z.string() })),
  notes: z.array(z.string()),
});
export type ImportPlan = z.output<typeof ImportPlan>;

/** The plan without its rows and entities: what the wizard's preview step is answered. */
export const PlanSummary = ImportPlan.omit({ rows: true, enterprises: true, lines: true, cases: true, tasks: true, milestones: true });
export type PlanSummary = z.output<typeof PlanSummary>;

/** One preview row with the entities it names spelled out and its source cells, for the preview grid. */
export const PreviewRow = PlannedRow.extend({
  entities: z.object({ enterprise: PlannedEntity.nullable(), line: PlannedEntity.nullable(), case: PlannedEntity.nullable() }),
  /** The row's cells as read from the file (an error row has no entities to show otherwise), corrections laid over them. */
  cells: z.array(Cell),
  /** The cells corrected in 预览 (0-based column) and what the file has in each. */
  corrected: z.array(z.object({ column: z.number(), original: z.string() })),
});
export type PreviewRow = z.output<typeof PreviewRow>;

import { z } from '../schemas/zod';
import { Mapping } from '../import/mapping';
import { TargetKey } from '../import/targets';
import { Cell } from '../import/types';
import { ImportCounts, PlanSummary, PreviewRow, RowStatus } from '../import/planTypes';
import { MAX_IMPORT_BYTES } from '../import/wizard';
import { JobStarted, command, query } from './channel';

/**
 * The import wizard's channels. The file's bytes come from the page (base64, so the same call
 * works over Electron IPC and the harness); main keeps one import session per wizard run,
 * named by the id `import:parse` answers, and every later step names that session.
 */
const RowNumbers = z.array(z.number());

/** Header rows the user chose instead of the detected ones (1-based, as Excel shows them). */
export const HeaderChoice = z
  .object({ firstRow: z.number().int().min(1).max(1_048_576), lastRow: z.number().int().min(1).max(1_048_576) })
  .strict()
  .refine((h) => h.lastRow >= h.firstRow && h.lastRow - h.firstRow < 10, { error: '表头行的范围不正确：结束行不能早于起始行，表头最多 10 行' });

export const TableColumn = z.object({ index: z.number(), letter: z.string(), name: z.string(), parts: z.array(z.string()) });
export type TableColumn = z.output<typeof TableColumn>;

export const TableSummary = z.object({
  sheetName: z.string(),
  kind: z.enum(['ledger', 'task', 'milestone']),
  header: z.object({ firstRow: z.number(), lastRow: z.number() }),
  titleRows: RowNumbers,
  titleYear: z.number().nullable(),
  infoRows: RowNumbers,
  columns: z.array(TableColumn),
  serialColumns: z.array(TableColumn),
  bodyStartRow: z.number(),
  firstDataRow: z.number().nullable(),
  blankRows: RowNumbers,
  totalRows: RowNumbers,
  subtotalRows: RowNumbers,
  sectionRows: RowNumbers,
  repeatedHeaderRows: RowNumbers,
  footnoteRows: RowNumbers,
  skippedRowCount: z.number(),
  dataRowCount: z.number(),
});
export type TableSummary = z.output<typeof TableSummary>;

export const SheetSummary = z.object({
  name: z.string(),
  hidden: z.boolean(),
  rowCount: z.number(),
  columnCount: z.number(),
  head: z.array(z.array(Cell)),
  table: TableSummary.nullable(),
});
export type SheetSummary = z.output<typeof SheetSummary>;

export const ParsedFileSummary = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls', 'csv']),
  encoding: z.string().nullable(),
  fileHash: z.string(),
  sheets: z.array(SheetSummary),
});
export type ParsedFileSummary = z.output<typeof ParsedFileSummary>;

export const ProposedMapping = z.object({
  kind: z.enum(['ledger', 'task', 'milestone']),
  mapping: Mapping,
  columns: z.array(z.object({ index: z.number(), name: z.string(), target: TargetKey.nullable(), how: z.enum(['exact', 'partial', 'context', 'none']) })),
  signature: z.string(),
  profileName: z.string().nullable(),
});
export type ProposedMapping = z.output<typeof ProposedMapping>;

/** One wizard run as the page sees it: the file, the sheet in hand and its proposed mapping. */
export const ImportView = z.object({
  sessionId: z.string(),
  file: ParsedFileSummary,
  sheet: z.string().nullable(),
  proposal: ProposedMapping.nullable(),
});
export type ImportView = z.output<typeof ImportView>;

/** What a finished import job answers (jobs:status → result). */
export const ImportResult = z.object({
  importId: z.string().nullable(),
  counts: ImportCounts,
  warnings: z.array(z.string()),
  /** The 'pre-import' backup taken before writing, or null (nothing to write, or no data file). */
  backup: z.string().nullable(),
});
export type ImportResult = z.output<typeof ImportResult>;

/** Undo deletes softly (the rows go to 回收站) and restores fields, all audited. */
export const UndoResult = z.object({ undoBatchId: z.string(), fieldsRestored: z.number(), rowsRemoved: z.number() });
export type UndoResult = z.output<typeof UndoResult>;

export const ImportRunSummary = ImportCounts.extend({
  id: z.string(),
  fileName: z.string(),
  sheetName: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  operator: z.string(),
  undoneAt: z.string().nullable(),
});
export type ImportRunSummary = z.output<typeof ImportRunSummary>;

export const ImportProfile = z.object({
  signature: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The header names the profile was made for, in column order. */
  columns: z.array(z.string()),
  mapping: Mapping,
});
export type ImportProfile = z.output<typeof ImportProfile>;

const SessionId = z.uuid({ error: '导入会话编号不正确' });
const SheetName = z.string().min(1).max(300);
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const importChannels = {
  /** Opens a session on the file; answers its sheets, the sheet offered first and its mapping. */
  'import:parse': query(
    z
      .object({
        fileName: z.string().trim().min(1).max(255),
        base64: z.base64({ error: '文件内容编码不正确' }).max(MAX_BASE64, { error: '文件超过 50 MB 的导入上限；请删去无关的工作表或拆分后再导入' }),
      })
      .strict(),
    ImportView,
  ),
  /** Another sheet, or the same one with header rows the user chose (null: back to detection). */
  'import:sheet': query(z.object({ sessionId: SessionId, sheet: SheetName, header: HeaderChoice.nullable().optional() }).strict(), ImportView),
  'import:preview': query(z.object({ sessionId: SessionId, sheet: SheetName, mapping: Mapping }).strict(), PlanSummary),
  'import:rows': query(
    z.object({ sessionId: SessionId, offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(1000), status: RowStatus.optional() }).strict(),
    z.object({ total: z.number(), rows: z.array(PreviewRow) }),
  ),
  /**
   * Corrects one cell of the preview (the file is not changed): the row is checked again with the
   * import's rules and the preview's counts answered; the value '' empties the cell.
   */
  'import:correct': query(
    z
      .object({
        sessionId: SessionId,
        sourceRow: z.number().int().min(1).max(1_048_576),
        column: z.number().int().min(0).max(16_383),
        value: z.string().max(2000, { error: '更正的内容过长（最多 2000 字）' }),
      })
      .strict(),
    PlanSummary,
  ),
  /** Backs the ledger up, then writes every valid row in one transaction: a job with 取消. */
  'import:commit': command(z.object({ sessionId: SessionId }).strict(), JobStarted),
  'import:close': query(z.object({ sessionId: SessionId }).strict(), z.object({ closed: z.boolean() })),
  /** The error rows as an .xlsx with a 错误说明 column, where the user chooses; file null: cancelled. */
  'import:errorsXlsx': query(z.object({ sessionId: SessionId }).strict(), z.object({ file: z.string().nullable(), rows: z.number() })),
  'import:history': query(z.object({}).strict(), z.array(ImportRunSummary)),
  /** 下载导入模板: saves the template where the user chooses; null when the dialog is cancelled. */
  'import:template': query(z.object({}).strict(), z.object({ file: z.string().nullable() })),
  'import:undo': command(z.object({ importId: z.string().min(1).max(64) }).strict(), JobStarted),
  'import:profiles': query(z.object({}).strict(), z.array(ImportProfile)),
  'import:saveProfile': command(
    z.object({ sessionId: SessionId, sheet: SheetName, name: z.string().trim().min(1, { error: '请填写方案名称' }).max(50), mapping: Mapping }).strict(),
    z.object({ signature: z.string() }),
  ),
  'import:deleteProfile': command(z.object({ signature: z.string().min(1).max(20_000) }).strict(), z.object({ deleted: z.boolean() })),
};

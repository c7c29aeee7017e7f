import type { ColDef } from 'ag-grid-community';
import type { EditBatch, EditError } from '../../../shared/contract/edits';
import type { BatchResult } from '../../../shared/contract/enterprises';
import type { TouchedRows } from '../../../shared/contract/history';
import type { AuditEntity } from '../../../shared/schemas/audit';
import type { GridKey } from '../../../shared/schemas/gridLayout';
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { z } from 'zod';
import type { Status } from '../common/status';
import type { UndoHistory } from './undoHistory';

/** What every ledger row has. */
export interface LedgerRow {
  id: number;
  updatedAt: string;
  deletedAt: string | null;
}

/**
 * Cells a user typed or pasted that are not saved. The row shows their text; `saved` keeps the
 * database's value under each, `errors` the reason a refused one was refused. A draft row (a new
 * row the service has not accepted yet) is all unsaved. None of this is in the database; it
 * lives in this window until fixed or discarded (see rowState.ts).
 */
export interface Unsaved {
  saved: Record<string, unknown>;
  errors: Record<string, string>;
  draft: boolean;
  /** In snapshots only: the texts shown, to put back on undo or redo. */
  shown?: Record<string, unknown>;
}

export type GridRow<T extends LedgerRow> = T & {
  __unsaved?: Unsaved;
  /** A draft that has been saved keeps its grid row id for this session, so focus and editing stay on it. */
  __key?: string;
};

export type EditOutcomeOf<T> = {
  batchId: string | null;
  rows: T[];
  created: { key: string; row: T }[];
  errors: EditError[];
  warnings: { key: string; message: string }[];
};

/** The calls a grid makes for its kind of row. */
export interface RowStore<T extends LedgerRow> {
  list(): Promise<T[]>;
  listDeleted(): Promise<T[]>;
  applyEdits(batch: EditBatch): Promise<EditOutcomeOf<T>>;
  remove(ids: number[]): Promise<z.output<typeof BatchResult>>;
  restore(ids: number[]): Promise<z.output<typeof BatchResult>>;
}

export type BusEntity = Extract<AuditEntity, 'enterprise' | 'capacityLine' | 'case'>;
export const TOUCHED_KEY: Record<BusEntity, keyof TouchedRows> = { enterprise: 'enterprises', capacityLine: 'lines', case: 'cases' };

/** Everything that makes one ledger grid different from another. */
export interface LedgerGridSpec<T extends LedgerRow> {
  gridKey: GridKey;
  entity: BusEntity;
  /** 企业 / 设备（生产线） / 整改事项, and the measure word for counts: 家 / 条 / 项. */
  noun: string;
  measure: string;
  store: RowStore<T>;
  columns: ColDef<GridRow<T>>[];
  labels: Record<string, string>;
  /** An empty row of this kind, for drafts. */
  blank(id: number): T;
  /** Fields a new row gets without the user typing them (the enterprise on the enterprise page). */
  defaults?: Record<string, unknown>;
  /** What one typed cell means as a patch (50万吨 → capacity 50 and unit 万吨). */
  toPatch?: Partial<Record<string, (value: unknown, row?: Readonly<Record<string, unknown>>) => Record<string, unknown>>>;
  /** The text the search box matches: names, their pinyin initials and codes. */
  searchKey(row: T): string;
  /** How a row is named in messages and in the 回收站. */
  describe(row: T): string;
  /** Lines and cases show their enterprise's name, which follows a rename. */
  showsEnterprise?: boolean;
  /** Lines add up their capacity in the status bar. */
  sumsCapacity?: boolean;
}

/** How an action changed cells that are not saved (drafts, refused cells), for undo and redo. */
export interface UnsavedChange<T extends LedgerRow> {
  key: string;
  before?: Unsaved;
  after?: Unsaved;
  /** Set when the change added or removed a draft row: the row to put back. */
  draftRow?: GridRow<T>;
}

export interface Action<T extends LedgerRow> {
  label: string;
  /** The audit batch of what was saved; null when the action saved nothing. */
  batchId: string | null;
  unsaved: UnsavedChange<T>[];
}

export interface ControllerHooks {
  status(status: Status): void;
  /** Undo/redo availability or the unsaved count may have changed. */
  changed(): void;
}

/**
 * What undo and redo (gridUndo.ts) need of a grid's controller: declared here so that the
 * controller uses gridUndo without the two importing each other.
 */
export interface UndoTarget<T extends LedgerRow> {
  readonly gridApi: GridApi<GridRow<T>> | null;
  readonly history: UndoHistory<Action<T>>;
  readonly hooks: ControllerHooks;
  applyTouched(rows: TouchedRows): void;
  node(key: string): IRowNode<GridRow<T>> | undefined;
  refresh(nodes: IRowNode<GridRow<T>>[]): void;
  label(field: string): string;
}

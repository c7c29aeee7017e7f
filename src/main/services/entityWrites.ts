import type { z } from 'zod';
import type { AuditEntity } from '../../shared/schemas/audit';
import { LedgerError } from '../../shared/errors';
import { insertAuditEntry, insertImportCreationEntry } from '../db/repositories/audit';
import { flushTables } from '../db/bulk';
import { insertRow, selectFields, setDeleted, updateRow, type TableSpec } from '../db/sql';
import { beginAudit, type AuditStamp } from './audit';
import type { ServiceContext } from './context';
import { parseFields } from './validation';

/** How one kind of ledger row is validated, stored and audited. */
export interface EntityKind {
  entity: AuditEntity;
  /** 企业 / 设备 … for messages. */
  noun: string;
  table: TableSpec;
  labels: Record<string, string>;
  /** Fields whose changes leave no audit entry (the entity definition's `audited: false`). */
  unaudited?: ReadonlySet<string>;
  draft: z.ZodObject;
  patch: z.ZodObject;
  /** Cross-row rules (unique codes, parents that exist); returns warnings, throws on errors. */
  check?(ctx: ServiceContext, values: Record<string, unknown>, id?: number): string[];
  /**
   * The tables check() reads. An import's commit buffers the rows it writes (db/bulk.ts) and
   * writes those of these tables before each check; without the list it writes all of them.
   */
  checkReads?: readonly string[];
  /** Columns a new row gets that the user does not type (a case's initial status). */
  initial?(ctx: ServiceContext, values: Record<string, unknown>): Record<string, unknown>;
  /** Rows that belong to the new row's creation (a case's first status event). */
  afterCreate?(ctx: ServiceContext, id: number, values: Record<string, unknown>, audit: AuditStamp): void;
}

export interface WriteOptions {
  /** Several writes of one user action (a paste, an import) share one batch for undo. */
  batchId?: string;
  /** Where the change came from: 'import:<id>', 'undo:<batch>' … shown in the history. */
  source?: string | null;
  /**
   * The batch is an import run (import_runs row of the same id, written in the same
   * transaction): a created row's entry is the compact one that points to the run.
   */
  importRun?: boolean;
}

function begin(ctx: ServiceContext, opts: WriteOptions): AuditStamp {
  return beginAudit(ctx, opts.source ?? null, opts.batchId);
}

function liveFields(ctx: ServiceContext, kind: EntityKind, id: number): Record<string, unknown> {
  flushTables(ctx.db, [kind.table.table]);
  const row = selectFields(ctx.db, kind.table, id);
  if (!row || row.deletedAt) throw new LedgerError('NOT_FOUND', `找不到该${kind.noun}（编号 ${id}），可能已被删除，请刷新后重试`);
  return row;
}

/**
 * zod compiles a fast parser the first time a schema is used; `.strict()` makes a new schema,
 * so it is made once per kind, not once per write (which cost ~100 µs a row on imports).
 */
const strictSchemas = new WeakMap<z.ZodObject, z.ZodObject>();
function strict(schema: z.ZodObject): z.ZodObject {
  let s = strictSchemas.get(schema);
  if (!s) strictSchemas.set(schema, (s = schema.strict()));
  return s;
}

/** kind.check, with what it reads written first if the rows are being buffered. */
function check(ctx: ServiceContext, kind: EntityKind, values: Record<string, unknown>, id?: number): string[] {
  if (!kind.check) return [];
  flushTables(ctx.db, kind.checkReads ?? 'all');
  return kind.check(ctx, values, id);
}

function writeCreate(ctx: ServiceContext, kind: EntityKind, a: AuditStamp, raw: unknown, parsed = false, importRun = false) {
  const values = parsed ? (raw as Record<string, unknown>) : (parseFields(strict(kind.draft), raw, kind.labels) as Record<string, unknown>);
  const warnings = check(ctx, kind, values);
  const stored = kind.initial ? { ...values, ...kind.initial(ctx, values) } : values;
  const id = insertRow(ctx.db, kind.table, stored, a.at);
  if (importRun) insertImportCreationEntry(ctx.db, a.batchId, kind.entity, id);
  else insertAuditEntry(ctx.db, { ...a, entity: kind.entity, entityId: id, action: 'create', field: null, oldValue: null, newValue: stored });
  kind.afterCreate?.(ctx, id, stored, a);
  return { id, warnings, batchId: a.batchId };
}

function writeUpdate(ctx: ServiceContext, kind: EntityKind, a: AuditStamp, id: number, raw: unknown, parsed = false) {
  const patch = parsed ? (raw as Record<string, unknown>) : (parseFields(strict(kind.patch), raw, kind.labels) as Record<string, unknown>);
  const before = liveFields(ctx, kind, id);
  const changed = Object.fromEntries(Object.entries(patch).filter(([k, v]) => before[k] !== v));
  const warnings = check(ctx, kind, { ...before, ...changed }, id);
  updateRow(ctx.db, kind.table, id, changed, a.at);
  for (const [field, value] of Object.entries(changed)) {
    if (kind.unaudited?.has(field)) continue;
    insertAuditEntry(ctx.db, { ...a, entity: kind.entity, entityId: id, action: 'update', field, oldValue: before[field], newValue: value });
  }
  return { id, warnings, batchId: a.batchId, changed: Object.keys(changed) };
}

export function createEntity(ctx: ServiceContext, kind: EntityKind, raw: unknown, opts: WriteOptions = {}) {
  const a = begin(ctx, opts);
  return ctx.db.transaction(() => writeCreate(ctx, kind, a, raw))();
}

export function updateEntity(ctx: ServiceContext, kind: EntityKind, id: number, raw: unknown, opts: WriteOptions = {}) {
  const a = begin(ctx, opts);
  return ctx.db.transaction(() => writeUpdate(ctx, kind, a, id, raw))();
}

/**
 * Many writes of one user action (an import) under one audit stamp, with the same validation,
 * checks and audit entries as createEntity/updateEntity but without a savepoint per row. The
 * caller must hold a transaction (ctx.db.transaction) around every call.
 */
export interface WriteSession {
  readonly stamp: AuditStamp;
  create(kind: EntityKind, raw: unknown): ReturnType<typeof writeCreate>;
  update(kind: EntityKind, id: number, raw: unknown): ReturnType<typeof writeUpdate>;
  /**
   * For values this process already produced with the same field schemas (an import preview
   * built here): checks, write and audit as above, without parsing every row a second time.
   * Never for values that came over IPC or from a file.
   */
  createParsed(kind: EntityKind, values: Record<string, unknown>): ReturnType<typeof writeCreate>;
  updateParsed(kind: EntityKind, id: number, values: Record<string, unknown>): ReturnType<typeof writeUpdate>;
}

/**
 * create/update for a kind whose callers want the row back as now stored (read with `get`),
 * with the warnings to show and the batch for undo: the shape every grid and IPC answer uses.
 */
export function savedRowWriters<T>(kind: EntityKind, get: (ctx: ServiceContext, id: number) => T) {
  return {
    create(ctx: ServiceContext, draft: unknown, opts?: WriteOptions) {
      const r = createEntity(ctx, kind, draft, opts);
      return { row: get(ctx, r.id), warnings: r.warnings, batchId: r.batchId };
    },
    update(ctx: ServiceContext, id: number, patch: unknown, opts?: WriteOptions) {
      const r = updateEntity(ctx, kind, id, patch, opts);
      return { row: get(ctx, id), warnings: r.warnings, batchId: r.batchId };
    },
  };
}

export function openWriteSession(ctx: ServiceContext, opts: WriteOptions = {}): WriteSession {
  const stamp = begin(ctx, opts);
  const inTransaction = (): void => {
    if (!ctx.db.inTransaction) throw new Error('WriteSession 必须在事务中使用');
  };
  return {
    stamp,
    create(kind, raw) {
      inTransaction();
      return writeCreate(ctx, kind, stamp, raw, false, opts.importRun);
    },
    update(kind, id, raw) {
      inTransaction();
      return writeUpdate(ctx, kind, stamp, id, raw);
    },
    createParsed(kind, values) {
      inTransaction();
      return writeCreate(ctx, kind, stamp, values, true, opts.importRun);
    },
    updateParsed(kind, id, values) {
      inTransaction();
      return writeUpdate(ctx, kind, stamp, id, values, true);
    },
  };
}

/** Moves rows to the 回收站; they keep every value and can be restored. */
export function deleteEntities(ctx: ServiceContext, kind: EntityKind, ids: readonly number[], opts: WriteOptions = {}) {
  const a = begin(ctx, opts);
  return ctx.db.transaction(() => {
    for (const id of ids) {
      liveFields(ctx, kind, id);
      setDeleted(ctx.db, kind.table, id, a.at);
      insertAuditEntry(ctx.db, { ...a, entity: kind.entity, entityId: id, action: 'delete', field: null, oldValue: null, newValue: null });
    }
    return { count: ids.length, batchId: a.batchId };
  })();
}

export function restoreEntities(ctx: ServiceContext, kind: EntityKind, ids: readonly number[], opts: WriteOptions = {}) {
  const a = begin(ctx, opts);
  return ctx.db.transaction(() => {
    for (const id of ids) {
      const row = selectFields(ctx.db, kind.table, id);
      if (!row) throw new LedgerError('NOT_FOUND', `找不到该${kind.noun}（编号 ${id}）`);
      if (!row.deletedAt) continue;
      kind.check?.(ctx, row, id);
      setDeleted(ctx.db, kind.table, id, null);
      insertAuditEntry(ctx.db, { ...a, entity: kind.entity, entityId: id, action: 'restore', field: null, oldValue: null, newValue: null });
    }
    return { count: ids.length, batchId: a.batchId };
  })();
}

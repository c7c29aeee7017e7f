import type { z } from 'zod';
import type { AuditEntity } from '../../shared/schemas/audit';
import { LedgerError } from '../../shared/errors';
import { insertAuditEntry } from '../db/repositories/audit';
import { insertRow, selectFields, setDeleted, updateRow, type TableSpec } from '../db/sql';
import { assertWritable, newBatchId, operatorName, type ServiceContext } from './context';
import { parseFields } from './validation';

/** How one kind of ledger row is validated, stored and audited. */
export interface EntityKind {
  entity: AuditEntity;
  /** 企业 / 设备 … for messages. */
  noun: string;
  table: TableSpec;
  labels: Record<string, string>;
  draft: z.ZodObject;
  patch: z.ZodObject;
  /** Cross-row rules (unique codes, parents that exist); returns warnings, throws on errors. */
  check?(ctx: ServiceContext, values: Record<string, unknown>, id?: number): string[];
}

export interface WriteOptions {
  /** Several writes of one user action (a paste, an import) share one batch for undo. */
  batchId?: string;
  /** Where the change came from: 'import:<id>', 'undo:<batch>' … shown in the history. */
  source?: string | null;
}

interface Audit {
  batchId: string;
  at: string;
  operator: string;
  source: string | null;
}

function begin(ctx: ServiceContext, opts: WriteOptions): Audit {
  assertWritable(ctx);
  return { batchId: opts.batchId ?? newBatchId(), at: ctx.now().toISOString(), operator: operatorName(ctx), source: opts.source ?? null };
}

function liveFields(ctx: ServiceContext, kind: EntityKind, id: number): Record<string, unknown> {
  const row = selectFields(ctx.db, kind.table, id);
  if (!row || row.deletedAt) throw new LedgerError('NOT_FOUND', `找不到该${kind.noun}（编号 ${id}），可能已被删除，请刷新后重试`);
  return row;
}

export function createEntity(ctx: ServiceContext, kind: EntityKind, raw: unknown, opts: WriteOptions = {}) {
  const a = begin(ctx, opts);
  const values = parseFields(kind.draft.strict(), raw, kind.labels) as Record<string, unknown>;
  return ctx.db.transaction(() => {
    const warnings = kind.check?.(ctx, values) ?? [];
    const id = insertRow(ctx.db, kind.table, values, a.at);
    insertAuditEntry(ctx.db, { ...a, entity: kind.entity, entityId: id, action: 'create', field: null, oldValue: null, newValue: values });
    return { id, warnings, batchId: a.batchId };
  })();
}

export function updateEntity(ctx: ServiceContext, kind: EntityKind, id: number, raw: unknown, opts: WriteOptions = {}) {
  const a = begin(ctx, opts);
  const patch = parseFields(kind.patch.strict(), raw, kind.labels) as Record<string, unknown>;
  return ctx.db.transaction(() => {
    const before = liveFields(ctx, kind, id);
    const changed = Object.fromEntries(Object.entries(patch).filter(([k, v]) => before[k] !== v));
    const warnings = kind.check?.(ctx, { ...before, ...changed }, id) ?? [];
    updateRow(ctx.db, kind.table, id, changed, a.at);
    for (const [field, value] of Object.entries(changed)) {
      insertAuditEntry(ctx.db, { ...a, entity: kind.entity, entityId: id, action: 'update', field, oldValue: before[field], newValue: value });
    }
    return { id, warnings, batchId: a.batchId, changed: Object.keys(changed) };
  })();
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

import type { AuditAction, AuditEntity } from '../../shared/schemas/audit';
import { toIsoDate, type IsoDate } from '../../shared/domain/dates';
import { insertAuditEntry } from '../db/repositories/audit';
import { assertWritable, newBatchId, operatorName, type ServiceContext } from './context';

/**
 * The audit pipeline of every write (the ledger rows through entityWrites, and the workflow,
 * calendar, rule-set, milestone and evidence writes): one batch per user action, stamped once,
 * each change recorded in the same transaction as the write itself.
 */
export interface AuditStamp {
  readonly batchId: string;
  readonly at: string;
  readonly operator: string;
  readonly source: string | null;
}

/** Refuses a read-only ledger, then stamps the action; several writes of one action share its batch. */
export function beginAudit(ctx: ServiceContext, source: string | null = null, batchId: string = newBatchId()): AuditStamp {
  assertWritable(ctx);
  return { batchId, at: ctx.now().toISOString(), operator: operatorName(ctx), source };
}

export function recordAudit(
  ctx: ServiceContext,
  scope: AuditStamp,
  entry: { entity: AuditEntity; entityId: number; action: AuditAction; field?: string | null; oldValue?: unknown; newValue?: unknown },
): void {
  insertAuditEntry(ctx.db, {
    ...scope,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    field: entry.field ?? null,
    oldValue: entry.oldValue ?? null,
    newValue: entry.newValue ?? null,
  });
}

/** Today in the user's own time zone: a county office's day, not UTC's. */
export function todayOf(ctx: ServiceContext): IsoDate {
  const d = ctx.now();
  return toIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

import type { AuditAction, AuditEntity } from '../../shared/schemas/audit';
import { toIsoDate, type IsoDate } from '../../shared/domain/dates';
import { insertAuditEntry } from '../db/repositories/audit';
import { assertWritable, newBatchId, operatorName, type ServiceContext } from './context';

/**
 * The audit side of the workflow, calendar, rule-set, milestone and evidence writes: one batch
 * per user action, each change recorded in the same transaction as the write itself.
 */
export interface AuditScope {
  readonly batchId: string;
  readonly at: string;
  readonly operator: string;
  readonly source: string | null;
}

export function beginAudit(ctx: ServiceContext, source: string | null = null): AuditScope {
  assertWritable(ctx);
  return { batchId: newBatchId(), at: ctx.now().toISOString(), operator: operatorName(ctx), source };
}

export function recordAudit(
  ctx: ServiceContext,
  scope: AuditScope,
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

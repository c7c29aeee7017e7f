import { z } from '../schemas/zod';
import { AuditEntry } from '../schemas/audit';
import { CapacityLine } from '../entities/capacityLine';
import { Case } from '../entities/case';
import { Enterprise } from '../entities/enterprise';
import { entityId } from '../schemas/fields';
import { command, query } from './channel';

/**
 * The rows an undo touched, as stored afterwards (a row with deletedAt set is now in the
 * 回收站), so every grid showing them can catch up.
 */
export const TouchedRows = z.object({
  enterprises: z.array(Enterprise),
  lines: z.array(CapacityLine),
  cases: z.array(Case),
});
export type TouchedRows = z.output<typeof TouchedRows>;

export const historyChannels = {
  /**
   * Reverts one audit batch (one user action) in one transaction and records the reversal as a
   * new batch with source 'undo:<batchId>'; redo is the undo of that new batch.
   */
  'history:undo': command(
    z.object({ batchId: z.string().min(1).max(80) }).strict(),
    z.object({ batchId: z.string(), rows: TouchedRows }),
  ),
  /** The history of an enterprise together with its lines and cases, newest first. */
  'audit:listForEnterprise': query(
    z.object({ enterpriseId: entityId, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
    z.array(AuditEntry.extend({ subject: z.string() })),
  ),
};

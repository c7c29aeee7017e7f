import { z } from '../schemas/zod';
import { entityId } from '../schemas/fields';

// Cell values are parsed as plain records here and validated field by field in the service, so
// that every bad cell of a paste gets its own Chinese reason instead of one error for the lot.
const Values = z.record(z.string(), z.unknown());

/**
 * One user action on a grid (an edit, a pasted block, a draft row filled in): changes to saved
 * rows and new rows. `key` names a new row in the answer (the grid's draft row id).
 */
export const EditBatch = z
  .object({
    updates: z.array(z.object({ id: entityId, patch: Values }).strict()).max(100_000),
    creates: z.array(z.object({ key: z.string().min(1).max(40), draft: Values }).strict()).max(100_000),
  })
  .strict();
export type EditBatch = z.input<typeof EditBatch>;

/** A cell (or, with field null, a whole row) that was not saved, and why. */
export const EditError = z.object({ key: z.string(), field: z.string().nullable(), message: z.string() });
export type EditError = z.output<typeof EditError>;

/**
 * What was saved: every valid cell in one transaction and one audit batch (null when nothing
 * changed), the rows as stored now, and the cells that were refused with their reasons.
 */
export const EditOutcome = <T extends z.ZodType>(row: T) =>
  z.object({
    batchId: z.string().nullable(),
    rows: z.array(row),
    created: z.array(z.object({ key: z.string(), row })),
    errors: z.array(EditError),
    warnings: z.array(z.object({ key: z.string(), message: z.string() })),
  });

import { z } from '../schemas/zod';
import { entityId } from '../schemas/fields';
import { Enterprise } from '../entities/enterprise';
import { command, query } from './channel';
import { EditBatch, EditOutcome } from './edits';

/** A saved row and any warnings the user should see (e.g. a credit code failing its check). */
export const Saved = <T extends z.ZodType>(row: T) =>
  z.object({ row, warnings: z.array(z.string()), batchId: z.string() });

export const IdList = z.object({ ids: z.array(entityId).min(1).max(100_000) });
export const BatchResult = z.object({
  count: z.number().int(),
  batchId: z.string(),
  /** Lines and cases that went to (or came back from) the 回收站 with their enterprise. */
  cascaded: z.object({ lines: z.number().int(), cases: z.number().int() }).optional(),
});

// Drafts and patches are parsed as plain records here and validated field by field in the
// service, so that one bad value yields one Chinese message naming its column.
const Record = z.record(z.string(), z.unknown());

export const enterpriseChannels = {
  'enterprises:list': query(z.object({ deleted: z.boolean().optional() }).strict(), z.array(Enterprise)),
  'enterprises:get': query(z.object({ id: entityId }).strict(), Enterprise),
  'enterprises:create': command(z.object({ draft: Record }).strict(), Saved(Enterprise)),
  'enterprises:update': command(z.object({ id: entityId, patch: Record }).strict(), Saved(Enterprise)),
  'enterprises:delete': command(IdList.strict(), BatchResult),
  'enterprises:restore': command(IdList.strict(), BatchResult),
  'enterprises:applyEdits': command(EditBatch, EditOutcome(Enterprise)),
};

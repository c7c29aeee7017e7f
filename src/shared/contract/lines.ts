import { z } from '../schemas/zod';
import { CapacityLine } from '../entities/capacityLine';
import { entityId } from '../schemas/fields';
import { command, query } from './channel';
import { EditBatch, EditOutcome } from './edits';
import { BatchResult, IdList, Saved } from './enterprises';

const Record = z.record(z.string(), z.unknown());

/**
 * 落后设备（生产线）. A draft or patch may name its enterprise by `enterpriseName` (a name or a
 * credit code, as typed or pasted) instead of `enterpriseId`; the service resolves it.
 */
export const lineChannels = {
  'lines:list': query(
    z.object({ deleted: z.boolean().optional(), enterpriseId: entityId.optional() }).strict(),
    z.array(CapacityLine),
  ),
  'lines:get': query(z.object({ id: entityId }).strict(), CapacityLine),
  'lines:create': command(z.object({ draft: Record }).strict(), Saved(CapacityLine)),
  'lines:update': command(z.object({ id: entityId, patch: Record }).strict(), Saved(CapacityLine)),
  'lines:delete': command(IdList.strict(), BatchResult),
  'lines:restore': command(IdList.strict(), BatchResult),
  'lines:applyEdits': command(EditBatch, EditOutcome(CapacityLine)),
};

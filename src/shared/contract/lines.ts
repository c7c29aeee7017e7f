import { z } from '../schemas/zod';
import { CapacityLine } from '../schemas/capacityLine';
import { entityId } from '../schemas/fields';
import { query } from './channel';

export const lineChannels = {
  'lines:list': query(
    z.object({ deleted: z.boolean().optional(), enterpriseId: entityId.optional() }).strict(),
    z.array(CapacityLine),
  ),
};

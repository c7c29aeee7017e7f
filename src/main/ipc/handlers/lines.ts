import { listCapacityLines } from '../../db/repositories/capacityLines';
import type { HandlerGroup } from '../types';

export const lineHandlers: HandlerGroup<'lines:list'> = {
  'lines:list': (q, ctx) => listCapacityLines(ctx.db, q),
};

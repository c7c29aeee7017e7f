import { listCapacityLines, requireCapacityLine } from '../../db/repositories/capacityLines';
import { createCapacityLine, deleteCapacityLines, restoreCapacityLines, updateCapacityLine } from '../../services/capacityLines';
import { applyEdits, editAnswer } from '../../services/gridEdits';
import { lineTarget, withEnterpriseId } from '../../services/gridTargets';
import type { HandlerGroup } from '../types';
import type { lineChannels } from '../../../shared/contract/lines';


type LineChannels = keyof typeof lineChannels;

export const lineHandlers: HandlerGroup<LineChannels> = {
  'lines:list': (q, ctx) => listCapacityLines(ctx.db, q),
  'lines:get': ({ id }, ctx) => requireCapacityLine(ctx.db, id),
  'lines:create': ({ draft }, ctx) => createCapacityLine(ctx, withEnterpriseId(ctx, draft)),
  'lines:update': ({ id, patch }, ctx) => updateCapacityLine(ctx, id, withEnterpriseId(ctx, patch)),
  'lines:delete': ({ ids }, ctx) => deleteCapacityLines(ctx, ids),
  'lines:restore': ({ ids }, ctx) => restoreCapacityLines(ctx, ids),
  'lines:applyEdits': (batch, ctx) => editAnswer(applyEdits(ctx, lineTarget, batch), (id) => requireCapacityLine(ctx.db, id)),
};

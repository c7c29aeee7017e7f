import { LedgerError } from '../../../shared/errors';
import { getCapacityLine, listCapacityLines } from '../../db/repositories/capacityLines';
import type { ServiceContext } from '../../services/context';
import { createCapacityLine, deleteCapacityLines, restoreCapacityLines, updateCapacityLine } from '../../services/capacityLines';
import { applyEdits, editAnswer } from '../../services/gridEdits';
import { lineTarget, withEnterpriseId } from '../../services/gridTargets';
import type { HandlerGroup } from '../types';

function mustGet(ctx: ServiceContext, id: number) {
  const row = getCapacityLine(ctx.db, id);
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为 ${id} 的设备（生产线）`);
  return row;
}

type LineChannels = 'lines:list' | 'lines:get' | 'lines:create' | 'lines:update' | 'lines:delete' | 'lines:restore' | 'lines:applyEdits';

export const lineHandlers: HandlerGroup<LineChannels> = {
  'lines:list': (q, ctx) => listCapacityLines(ctx.db, q),
  'lines:get': ({ id }, ctx) => mustGet(ctx, id),
  'lines:create': ({ draft }, ctx) => createCapacityLine(ctx, withEnterpriseId(ctx, draft)),
  'lines:update': ({ id, patch }, ctx) => updateCapacityLine(ctx, id, withEnterpriseId(ctx, patch)),
  'lines:delete': ({ ids }, ctx) => deleteCapacityLines(ctx, ids),
  'lines:restore': ({ ids }, ctx) => restoreCapacityLines(ctx, ids),
  'lines:applyEdits': (batch, ctx) => editAnswer(applyEdits(ctx, lineTarget, batch), (id) => mustGet(ctx, id)),
};

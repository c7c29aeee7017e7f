import { LedgerError } from '../../../shared/errors';
import { getEnterprise, listEnterprises } from '../../db/repositories/enterprises';
import { createEnterprise, deleteEnterprises, restoreEnterprises, updateEnterprise } from '../../services/enterprises';
import { applyEdits, editAnswer } from '../../services/gridEdits';
import { enterpriseTarget } from '../../services/gridTargets';
import type { ServiceContext } from '../../services/context';
import type { HandlerGroup } from '../types';

function mustGet(ctx: ServiceContext, id: number) {
  const row = getEnterprise(ctx.db, id);
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为 ${id} 的企业`);
  return row;
}

type EnterpriseChannels =
  | 'enterprises:list'
  | 'enterprises:get'
  | 'enterprises:create'
  | 'enterprises:update'
  | 'enterprises:delete'
  | 'enterprises:restore'
  | 'enterprises:applyEdits';

export const enterpriseHandlers: HandlerGroup<EnterpriseChannels> = {
  'enterprises:list': (q, ctx) => listEnterprises(ctx.db, q),
  'enterprises:get': ({ id }, ctx) => mustGet(ctx, id),
  'enterprises:create': ({ draft }, ctx) => createEnterprise(ctx, draft),
  'enterprises:update': ({ id, patch }, ctx) => updateEnterprise(ctx, id, patch),
  'enterprises:delete': ({ ids }, ctx) => deleteEnterprises(ctx, ids),
  'enterprises:restore': ({ ids }, ctx) => restoreEnterprises(ctx, ids),
  'enterprises:applyEdits': (batch, ctx) => editAnswer(applyEdits(ctx, enterpriseTarget, batch), (id) => mustGet(ctx, id)),
};

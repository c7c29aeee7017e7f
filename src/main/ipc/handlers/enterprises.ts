import { LedgerError } from '../../../shared/errors';
import { getEnterprise, listEnterprises } from '../../db/repositories/enterprises';
import { createEnterprise, deleteEnterprises, restoreEnterprises, updateEnterprise } from '../../services/enterprises';
import type { HandlerGroup } from '../types';

type EnterpriseChannels =
  | 'enterprises:list'
  | 'enterprises:get'
  | 'enterprises:create'
  | 'enterprises:update'
  | 'enterprises:delete'
  | 'enterprises:restore';

export const enterpriseHandlers: HandlerGroup<EnterpriseChannels> = {
  'enterprises:list': (q, ctx) => listEnterprises(ctx.db, q),
  'enterprises:get': ({ id }, ctx) => {
    const row = getEnterprise(ctx.db, id);
    if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为 ${id} 的企业`);
    return row;
  },
  'enterprises:create': ({ draft }, ctx) => createEnterprise(ctx, draft),
  'enterprises:update': ({ id, patch }, ctx) => updateEnterprise(ctx, id, patch),
  'enterprises:delete': ({ ids }, ctx) => deleteEnterprises(ctx, ids),
  'enterprises:restore': ({ ids }, ctx) => restoreEnterprises(ctx, ids),
};

import { listEnterprises, requireEnterprise } from '../../db/repositories/enterprises';
import { createEnterprise, deleteEnterprises, restoreEnterprises, updateEnterprise } from '../../services/enterprises';
import { applyEdits, editAnswer } from '../../services/gridEdits';
import { enterpriseTarget } from '../../services/gridTargets';
import type { HandlerGroup } from '../types';
import type { enterpriseChannels } from '../../../shared/contract/enterprises';


type EnterpriseChannels = keyof typeof enterpriseChannels;

export const enterpriseHandlers: HandlerGroup<EnterpriseChannels> = {
  'enterprises:list': (q, ctx) => listEnterprises(ctx.db, q),
  'enterprises:get': ({ id }, ctx) => requireEnterprise(ctx.db, id),
  'enterprises:create': ({ draft }, ctx) => createEnterprise(ctx, draft),
  'enterprises:update': ({ id, patch }, ctx) => updateEnterprise(ctx, id, patch),
  'enterprises:delete': ({ ids }, ctx) => deleteEnterprises(ctx, ids),
  'enterprises:restore': ({ ids }, ctx) => restoreEnterprises(ctx, ids),
  'enterprises:applyEdits': (batch, ctx) => editAnswer(applyEdits(ctx, enterpriseTarget, batch), (id) => requireEnterprise(ctx.db, id)),
};

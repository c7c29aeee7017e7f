import { LedgerError } from '../../../shared/errors';
import { getCase, listCases } from '../../db/repositories/cases';
import type { ServiceContext } from '../../services/context';
import { createCase, deleteCases, restoreCases, updateCase } from '../../services/cases';
import { applyEdits, editAnswer } from '../../services/gridEdits';
import { caseTarget, withEnterpriseId } from '../../services/gridTargets';
import type { HandlerGroup } from '../types';

function mustGet(ctx: ServiceContext, id: number) {
  const row = getCase(ctx.db, id);
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为 ${id} 的整改事项`);
  return row;
}

type CaseChannels = 'cases:list' | 'cases:get' | 'cases:create' | 'cases:update' | 'cases:delete' | 'cases:restore' | 'cases:applyEdits';

export const caseHandlers: HandlerGroup<CaseChannels> = {
  'cases:list': (q, ctx) => listCases(ctx.db, q),
  'cases:get': ({ id }, ctx) => mustGet(ctx, id),
  'cases:create': ({ draft }, ctx) => createCase(ctx, withEnterpriseId(ctx, draft)),
  'cases:update': ({ id, patch }, ctx) => updateCase(ctx, id, withEnterpriseId(ctx, patch)),
  'cases:delete': ({ ids }, ctx) => deleteCases(ctx, ids),
  'cases:restore': ({ ids }, ctx) => restoreCases(ctx, ids),
  'cases:applyEdits': (batch, ctx) => editAnswer(applyEdits(ctx, caseTarget, batch), (id) => mustGet(ctx, id)),
};

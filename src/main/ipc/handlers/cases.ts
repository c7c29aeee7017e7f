import { listCases, requireCase } from '../../db/repositories/cases';
import { createCase, deleteCases, restoreCases, updateCase } from '../../services/cases';
import { caseDeadlineRows } from '../../services/deadlineList';
import { applyEdits, editAnswer } from '../../services/gridEdits';
import { caseTarget, withEnterpriseId } from '../../services/gridTargets';
import type { HandlerGroup } from '../types';
import type { caseChannels } from '../../../shared/contract/cases';


type CaseChannels = keyof typeof caseChannels;

export const caseHandlers: HandlerGroup<CaseChannels> = {
  'cases:list': (q, ctx) => listCases(ctx.db, q),
  'cases:get': ({ id }, ctx) => requireCase(ctx.db, id),
  'cases:create': ({ draft }, ctx) => createCase(ctx, withEnterpriseId(ctx, draft)),
  'cases:update': ({ id, patch }, ctx) => updateCase(ctx, id, withEnterpriseId(ctx, patch)),
  'cases:delete': ({ ids }, ctx) => deleteCases(ctx, ids),
  'cases:restore': ({ ids }, ctx) => restoreCases(ctx, ids),
  'cases:applyEdits': (batch, ctx) => {
    const answer = editAnswer(applyEdits(ctx, caseTarget, batch), (id) => requireCase(ctx.db, id));
    const changed = [...answer.rows, ...answer.created.map((c) => c.row)].map((r) => r.id);
    return { ...answer, deadlines: caseDeadlineRows(ctx, changed) };
  },
};

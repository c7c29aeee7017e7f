import { getCaseWorkflow, registerCase, setCaseSerious, transitionCase } from '../../services/caseWorkflow';
import { listCardEnterprises, listCaseDeadlines } from '../../services/deadlineList';
import { readThresholds, updateThresholds } from '../../services/countdownSettings';
import { setCasePeriod } from '../../services/casePeriod';
import type { HandlerGroup } from '../types';

type WorkflowChannels =
  | 'cases:workflow'
  | 'cases:transition'
  | 'cases:register'
  | 'cases:setSerious'
  | 'cases:setPeriod'
  | 'cases:deadlines'
  | 'cards:list'
  | 'countdown:settings'
  | 'countdown:updateSettings';

export const workflowHandlers: HandlerGroup<WorkflowChannels> = {
  'cases:workflow': ({ id }, ctx) => getCaseWorkflow(ctx, id),
  'cases:transition': (req, ctx) => transitionCase(ctx, req),
  'cases:register': (input, ctx) => registerCase(ctx, input),
  'cases:setSerious': ({ id, serious }, ctx) => setCaseSerious(ctx, id, serious),
  'cases:setPeriod': ({ id, period }, ctx) => setCasePeriod(ctx, id, period),
  'cases:deadlines': (q, ctx) => listCaseDeadlines(ctx, q),
  'cards:list': ({ card, today }, ctx) => listCardEnterprises(ctx, card, today),
  'countdown:settings': (_q, ctx) => ({ ...readThresholds(ctx) }),
  'countdown:updateSettings': (next, ctx) => ({ ...updateThresholds(ctx, next) }),
};

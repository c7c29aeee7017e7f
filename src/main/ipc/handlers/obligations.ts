import { caseChecklist, saveObligation } from '../../services/caseObligations';
import type { HandlerGroup } from '../types';

export const obligationHandlers: HandlerGroup<'cases:obligations' | 'cases:saveObligation'> = {
  'cases:obligations': ({ id, today }, ctx) => caseChecklist(ctx, id, today),
  'cases:saveObligation': (input, ctx) => saveObligation(ctx, input),
};

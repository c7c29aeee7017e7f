import { caseChecklist, saveObligation } from '../../services/caseObligations';
import type { HandlerGroup } from '../types';
import type { obligationChannels } from '../../../shared/contract/obligations';

export const obligationHandlers: HandlerGroup<keyof typeof obligationChannels> = {
  'cases:obligations': ({ id, today }, ctx) => caseChecklist(ctx, id, today),
  'cases:saveObligation': (input, ctx) => saveObligation(ctx, input),
};

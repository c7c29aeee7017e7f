import { workbenchOverview } from '../../services/workbench';
import type { HandlerGroup } from '../types';
import type { workbenchChannels } from '../../../shared/contract/workbench';

export const workbenchHandlers: HandlerGroup<keyof typeof workbenchChannels> = {
  'workbench:overview': ({ today }, ctx) => workbenchOverview(ctx, today),
};

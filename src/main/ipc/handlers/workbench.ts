import { workbenchOverview } from '../../services/workbench';
import type { HandlerGroup } from '../types';

export const workbenchHandlers: HandlerGroup<'workbench:overview'> = {
  'workbench:overview': ({ today }, ctx) => workbenchOverview(ctx, today),
};

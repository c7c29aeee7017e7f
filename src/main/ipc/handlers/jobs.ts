import type { HandlerGroup } from '../types';
import type { jobChannels } from '../../../shared/contract/jobs';

export const jobHandlers: HandlerGroup<keyof typeof jobChannels> = {
  'jobs:status': ({ id }, ctx) => ctx.jobs.status(id),
  'jobs:cancel': ({ id }, ctx) => ({ cancelled: ctx.jobs.cancel(id) }),
};

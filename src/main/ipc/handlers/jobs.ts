import type { HandlerGroup } from '../types';

export const jobHandlers: HandlerGroup<'jobs:status' | 'jobs:cancel'> = {
  'jobs:status': ({ id }, ctx) => ctx.jobs.status(id),
  'jobs:cancel': ({ id }, ctx) => ({ cancelled: ctx.jobs.cancel(id) }),
};

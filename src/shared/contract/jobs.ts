import { z } from '../schemas/zod';
import { query } from './channel';

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

/**
 * Long work (import, export, backup, restore) runs as a job: the starting channel answers a job
 * id at once, the page polls jobs:status for progress, and jobs:cancel stops it without damage.
 */
export const JobStatus = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  done: z.number(),
  total: z.number(),
  message: z.string().nullable(),
  result: z.unknown(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobStatus = z.output<typeof JobStatus>;

export const JobStarted = z.object({ jobId: z.string() });

const JobRef = z.object({ id: z.string().min(1).max(64) }).strict();

export const jobChannels = {
  'jobs:status': query(JobRef, JobStatus),
  // Cancelling changes nothing by itself: the job rolls back what it did.
  'jobs:cancel': query(JobRef, z.object({ cancelled: z.boolean() })),
};

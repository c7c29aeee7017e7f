import { z } from '../schemas/zod';
import { query } from './channel';
import { ImportResult, UndoResult } from './imports';
import { PackageExported, RollupPreview } from './packages';

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

/** What each kind of job answers once done: the started channel's page reads it from jobs:status. */
export const JOB_RESULTS = {
  import: ImportResult,
  'import-undo': UndoResult,
  /** 填写市级模板: the filled file, its rows and the cells the template could not take. */
  template: z.object({ file: z.string(), rows: z.number().int(), warnings: z.array(z.string()) }),
  /** The backup file written. */
  backup: z.string(),
  /** The backup of the data taken before it was replaced. */
  restore: z.object({ safetyBackup: z.string() }),
  export: z.object({ file: z.string(), rows: z.number().int() }),
  /** 报送包 exported. */
  package: PackageExported,
  /** 汇总报送包 applied: what each county's file did. */
  rollup: RollupPreview,
};
export type JobKind = keyof typeof JOB_RESULTS;
export type JobResult<K extends JobKind> = z.output<(typeof JOB_RESULTS)[K]>;

const jobOf = <K extends JobKind, R extends z.ZodType>(kind: K, result: R) =>
  z.object({
    id: z.string(),
    kind: z.literal(kind),
    state: z.enum(JOB_STATES),
    done: z.number(),
    total: z.number(),
    message: z.string().nullable(),
    /** null until the job is done. */
    result: result.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  });

/**
 * Long work (import, export, backup, restore) runs as a job: the starting channel answers a job
 * id at once, the page polls jobs:status for progress, and jobs:cancel stops it without damage.
 */
export const JobStatus = z.discriminatedUnion('kind', [
  jobOf('import', JOB_RESULTS.import),
  jobOf('import-undo', JOB_RESULTS['import-undo']),
  jobOf('template', JOB_RESULTS.template),
  jobOf('backup', JOB_RESULTS.backup),
  jobOf('restore', JOB_RESULTS.restore),
  jobOf('export', JOB_RESULTS.export),
  jobOf('package', JOB_RESULTS.package),
  jobOf('rollup', JOB_RESULTS.rollup),
]);
export type JobStatus = z.output<typeof JobStatus>;

const JobRef = z.object({ id: z.string().min(1).max(64) }).strict();

export const jobChannels = {
  'jobs:status': query(JobRef, JobStatus),
  // Cancelling changes nothing by itself: the job rolls back what it did.
  'jobs:cancel': query(JobRef, z.object({ cancelled: z.boolean() })),
};

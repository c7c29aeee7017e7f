import { randomUUID } from 'node:crypto';
import { LedgerError, toErrorInfo } from '../../shared/errors';
import type { JobKind, JobResult, JobStatus } from '../../shared/contract/jobs';

export interface JobControl {
  signal: AbortSignal;
  progress(done: number, total: number, message?: string): void;
}

interface Job {
  status: JobStatus;
  controller: AbortController;
  finishedAt?: number;
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;

/** Runs long work in the background of main, observable and cancellable by id. */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  /** Where a failed job's English detail goes (the app's log); the status keeps only the Chinese. */
  onError: ((kind: string, detail: string) => void) | null = null;

  start<K extends JobKind>(kind: K, run: (control: JobControl) => Promise<JobResult<K>>): string {
    this.sweep();
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      controller,
      // The union cannot follow K; the kind and its result are tied by start's signature.
      status: { id, kind, state: 'running', done: 0, total: 0, message: null, result: null, error: null } as JobStatus,
    };
    this.jobs.set(id, job);
    const control: JobControl = {
      signal: controller.signal,
      progress(done, total, message) {
        job.status = { ...job.status, done, total, message: message ?? job.status.message };
      },
    };
    // Started on the next tick so the caller has the id before any progress is reported.
    setImmediate(() => {
      run(control).then(
        (result) => this.finish(job, { state: 'done', result } as Partial<JobStatus>),
        (err: unknown) => {
          const info = toErrorInfo(err);
          const cancelled = controller.signal.aborted || info.code === 'CANCELLED';
          if (info.detail !== undefined) this.onError?.(kind, info.detail);
          this.finish(job, { state: cancelled ? 'cancelled' : 'failed', error: { code: info.code, message: info.message } });
        },
      );
    });
    return id;
  }

  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new LedgerError('NOT_FOUND', '找不到该任务，可能已结束较长时间');
    return job.status;
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.status.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  /** Resolves when the job has finished (tests and the CLI). */
  async wait(id: string, pollMs = 10): Promise<JobStatus> {
    for (;;) {
      const s = this.status(id);
      if (s.state !== 'running') return s;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  private finish(job: Job, patch: Partial<JobStatus>): void {
    job.status = { ...job.status, ...patch } as JobStatus;
    job.finishedAt = Date.now();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}

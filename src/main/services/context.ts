import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Db } from '../db/connection';
import { readSetting } from '../db/repositories/settings';
import { LedgerError } from '../../shared/errors';
import { JobRegistry } from '../jobs/registry';
import { headlessShell, type ShellPort } from './shellPort';

/**
 * What every service call runs against: the database, the clock and who is acting. Injected so
 * that tests fix the time and the CLI, the Electron shell and the harness share one code path.
 */
export interface ServiceContext {
  db: Db;
  dbPath: string;
  readOnlyReason: string | null;
  now(): Date;
  /** The OS account, used as operator until an operator name is set. */
  osUser: string;
  /** Long-running work: import, export, backup, restore. */
  jobs: JobRegistry;
  /** File dialogs and the system viewer, as far as the host provides them. */
  shell: ShellPort;
}

export interface ContextOptions {
  dbPath: string;
  readOnlyReason?: string | null;
  now?: () => Date;
  shell?: ShellPort;
}

export function createContext(db: Db, opts: ContextOptions): ServiceContext {
  let osUser = '本机用户';
  try {
    osUser = userInfo().username || osUser;
  } catch {
    // Some locked-down Windows accounts cannot be looked up; the fallback name is fine.
  }
  return {
    db,
    dbPath: opts.dbPath,
    readOnlyReason: opts.readOnlyReason ?? null,
    now: opts.now ?? (() => new Date()),
    osUser,
    jobs: new JobRegistry(),
    shell: opts.shell ?? headlessShell,
  };
}

export function operatorName(ctx: ServiceContext): string {
  const name = readSetting<string | null>(ctx.db, 'operatorName');
  return name && name.trim() ? name : ctx.osUser;
}

export function newBatchId(): string {
  return randomUUID();
}

export function assertWritable(ctx: ServiceContext): void {
  if (ctx.readOnlyReason) throw new LedgerError('READ_ONLY', `当前为只读模式，修改未保存。${ctx.readOnlyReason}`);
}

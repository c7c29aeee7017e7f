import { Worker } from 'node:worker_threads';
import { LedgerError } from '../../shared/errors';
import type { Mapping } from '../../shared/import/mapping';
import type { RowStatus } from '../../shared/import/planTypes';
import { createCancelFlag, type CancelFlag } from './cancel';
import type { CommitProgress } from './commit';
import { MESSAGES, PARSE_TIMEOUT_MS, WORKER_HEAP_MB } from './limits';
import type { HeaderChoices } from './parse';
import type { SessionMessage, SessionRequest, SessionResults } from './sessionProtocol';
import { startWorker, workerEntry } from './workerScript';

/**
 * The import wizard's engine, in a worker thread with its own connection to the ledger file:
 *   parse → propose → preview (+ rows, page by page) → commit (progress, cancel) [→ undo].
 * The main thread only sends requests and relays answers, so a large file, a slow preview or a
 * 100,000-row commit never freezes the window, and cancel() reaches a running commit through a
 * shared flag, which rolls it back. One session per wizard; close() when the wizard closes.
 */
export interface ImportSessionOptions {
  /** Time limit of parse; past it the worker is stopped and the session must be reopened. */
  parseTimeoutMs?: number;
  entry?: URL;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: LedgerError): void;
  onProgress?: (p: CommitProgress) => void;
}

export class ImportSession {
  private readonly worker: Worker;
  private readonly flag: CancelFlag = createCancelFlag();
  private readonly pending = new Map<number, Pending>();
  private readonly ready: Promise<unknown>;
  private nextId = 1;
  private dead: LedgerError | null = null;

  private constructor(dbPath: string, private readonly opts: ImportSessionOptions) {
    this.worker = startWorker(opts.entry ?? workerEntry('session'), { dbPath, cancelBuffer: this.flag.buffer }, {
      maxOldGenerationSizeMb: WORKER_HEAP_MB,
    });
    this.ready = new Promise((resolve, reject) => this.pending.set(0, { resolve, reject }));
    this.worker.on('message', (m: SessionMessage) => this.receive(m));
    this.worker.on('error', (err: Error & { code?: string }) =>
      this.fail(new LedgerError('INTERNAL', err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? '导入所需内存超出上限，已停止，台账未改变；请拆分文件后再导入' : '导入进程出错，已停止，台账未改变；详细信息已记入日志', undefined, err.stack ?? err.message)),
    );
    this.worker.on('exit', () => this.fail(new LedgerError('INTERNAL', '导入进程已结束，请重新开始导入')));
  }

  /** Opens a session on the ledger file (not ':memory:': the worker opens the file itself). */
  static open(dbPath: string, opts: ImportSessionOptions = {}): ImportSession {
    if (dbPath === ':memory:') throw new LedgerError('BAD_REQUEST', '导入会话需要数据文件路径');
    return new ImportSession(dbPath, opts);
  }

  async parse(source: string | Uint8Array, fileName?: string, choices?: HeaderChoices): Promise<SessionResults['parse']> {
    const name = typeof source === 'string' ? source.replace(/^.*[\\/]/, '') : (fileName ?? '未命名文件');
    const request: SessionRequest = { op: 'parse', source: typeof source === 'string' ? { path: source } : { data: source, fileName: name }, choices };
    const limit = this.opts.parseTimeoutMs ?? PARSE_TIMEOUT_MS;
    // The bound is on reading the file, not on starting the worker.
    await this.ready;
    const timer = setTimeout(() => {
      this.fail(new LedgerError('VALIDATION', MESSAGES.timeout(name, Math.max(1, Math.ceil(limit / 1000)))));
      void this.worker.terminate();
    }, limit);
    try {
      return await this.call('parse', request);
    } finally {
      clearTimeout(timer);
    }
  }

  proposeMapping(sheet: string): Promise<SessionResults['propose']> {
    return this.call('propose', { op: 'propose', sheet });
  }

  preview(sheet: string, mapping: Mapping): Promise<SessionResults['preview']> {
    return this.call('preview', { op: 'preview', sheet, mapping });
  }

  rows(offset: number, limit: number, status?: RowStatus): Promise<SessionResults['rows']> {
    return this.call('rows', { op: 'rows', offset, limit, status });
  }

  /** Corrects one cell of the previewed sheet (the file is untouched) and answers the new preview. */
  correct(sourceRow: number, column: number, value: string): Promise<SessionResults['correct']> {
    return this.call('correct', { op: 'correct', sourceRow, column, value });
  }

  commit(onProgress?: (p: CommitProgress) => void): Promise<SessionResults['commit']> {
    this.flag.reset();
    return this.call('commit', { op: 'commit' }, onProgress);
  }

  /** Asks a running commit to stop; it rolls back and rejects with code CANCELLED. */
  cancel(): void {
    this.flag.cancel();
  }

  undo(importId: string): Promise<SessionResults['undo']> {
    return this.call('undo', { op: 'undo', importId });
  }

  saveProfile(sheet: string, name: string, mapping: Mapping): Promise<SessionResults['saveProfile']> {
    return this.call('saveProfile', { op: 'saveProfile', sheet, name, mapping });
  }

  /** Closes the worker's database connection, then the worker. */
  async close(): Promise<void> {
    if (!this.dead) {
      const closing = this.call('close', { op: 'close' }).catch(() => null);
      await Promise.race([closing, new Promise((r) => setTimeout(r, 2000))]);
      this.dead = new LedgerError('INTERNAL', '导入会话已关闭');
    }
    await this.worker.terminate();
  }

  private async call<K extends keyof SessionResults>(_op: K, request: SessionRequest, onProgress?: (p: CommitProgress) => void): Promise<SessionResults[K]> {
    await this.ready;
    if (this.dead) throw this.dead;
    const id = this.nextId++;
    return new Promise<SessionResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker.postMessage({ id, request });
    });
  }

  private receive(m: SessionMessage): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if ('progress' in m) {
      p.onProgress?.(m.progress);
      return;
    }
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new LedgerError(m.error.code, m.error.message, m.error.field, m.error.detail));
  }

  private fail(err: LedgerError): void {
    this.dead ??= err;
    for (const p of this.pending.values()) p.reject(this.dead);
    this.pending.clear();
  }
}

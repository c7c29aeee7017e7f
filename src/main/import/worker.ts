import { LedgerError, type ErrorInfo } from '../../shared/errors';
import { MESSAGES, PARSE_TIMEOUT_MS, WORKER_HEAP_MB } from './limits';
import type { HeaderChoices, ParsedFile } from './parse';
import { startWorker, workerEntry } from './workerScript';

/**
 * Reads and detects a spreadsheet off the main thread, so a large or hostile file never
 * freezes the window: the worker has a memory ceiling, and a time limit after which it is
 * terminated and the user told why. The worker script is workerEntry.ts (see workerScript.ts
 * for how a build bundles it).
 */
export type ParseJob = ({ kind: 'path'; path: string } | { kind: 'data'; data: Uint8Array; fileName: string }) & { choices?: HeaderChoices };

export interface ParseInWorkerOptions {
  timeoutMs?: number;
  /** The worker script; defaults to the bundled importWorker.js, or workerEntry.ts from source. */
  entry?: URL;
  /** Heap ceiling of the worker, MB. */
  maxHeapMb?: number;
  /** Header rows the user chose in the wizard, by sheet name, instead of the detected ones. */
  choices?: HeaderChoices;
}


export function parseFileInWorker(source: string | Uint8Array, fileName?: string, opts: ParseInWorkerOptions = {}): Promise<ParsedFile> {
  const name = typeof source === 'string' ? source.replace(/^.*[\\/]/, '') : (fileName ?? '未命名文件');
  const job: ParseJob =
    typeof source === 'string' ? { kind: 'path', path: source, choices: opts.choices } : { kind: 'data', data: source, fileName: name, choices: opts.choices };
  const timeoutMs = opts.timeoutMs ?? PARSE_TIMEOUT_MS;
  return new Promise<ParsedFile>((resolve, reject) => {
    const worker = startWorker(opts.entry ?? workerEntry('parse'), job, { maxOldGenerationSizeMb: Math.min(opts.maxHeapMb ?? WORKER_HEAP_MB, WORKER_HEAP_MB) });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new LedgerError('VALIDATION', MESSAGES.timeout(name, Math.max(1, Math.ceil(timeoutMs / 1000)))))),
      timeoutMs,
    );
    worker.on('message', (m: { ok: true; value: ParsedFile } | { ok: false; error: ErrorInfo }) =>
      finish(() => (m.ok ? resolve(m.value) : reject(new LedgerError(m.error.code, m.error.message, m.error.field, m.error.detail)))),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          new LedgerError(
            'VALIDATION',
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `读取文件「${name}」所需内存超出上限，已停止；文件可能过大或已损坏，请拆分或另存后再导入`
              : MESSAGES.truncated(name),
          ),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new LedgerError('VALIDATION', `读取文件「${name}」时读取进程意外退出（代码 ${code}），请重试`))));
  });
}

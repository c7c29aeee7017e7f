import { basename } from 'node:path';
import { LedgerError } from '../../../shared/errors';
import type { Mapping } from '../../../shared/import/mapping';
import type { ListMeta } from '../../../shared/reports/listTypes';
import type { UntranslatedValue } from '../../../shared/reports/templateColumns';
import type { TemplateRow } from '../../../shared/reports/templateFill';
import { cancelledError } from '../../fs/atomicWrite';
import { createCancelFlag } from '../../import/cancel';
import { MESSAGES, PARSE_TIMEOUT_MS, WORKER_HEAP_MB } from '../../import/limits';
import { startWorker, workerEntry } from '../../import/workerScript';
import type { InspectedTemplate, TemplateFillOptions } from '../templateFill';
import type { TemplateMessage, TemplateRequest } from './protocol';

/**
 * The main side of the template worker (worker.ts): reading a chosen template and filling it run
 * there, inside the import's bounds, so a crafted template can neither freeze the window nor
 * exhaust the PC's memory. Past the bounds the worker is stopped and the user reads why.
 *   - memory: WORKER_HEAP_MB of heap;
 *   - time: reading (inspect) and, in a fill, opening the template must end within
 *     PARSE_TIMEOUT_MS; writing the rows is the ledger's own work and has no limit but 取消.
 */
export interface TemplateWorkerOptions {
  /** The time bound of reading (default PARSE_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Wait for a cancelled fill to stop by itself (its loops poll the flag) before stopping the worker. */
const CANCEL_GRACE_MS = 5000;

function run<T>(request: TemplateRequest, fileName: string, opts: TemplateWorkerOptions & TemplateFillOptions & { cancel?: ReturnType<typeof createCancelFlag> }): Promise<T> {
  const worker = startWorker(workerEntry('template'), null, { maxOldGenerationSizeMb: WORKER_HEAP_MB });
  const limit = opts.timeoutMs ?? PARSE_TIMEOUT_MS;
  const name = basename(fileName);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let grace: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      opts.cancel?.cancel();
      grace = setTimeout(() => settle(() => reject(cancelledError())), CANCEL_GRACE_MS);
    };
    const settle = (done: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      done();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: TemplateMessage) => {
      if ('ready' in m) {
        // The bound is on reading the file, not on starting the worker.
        timer = setTimeout(() => settle(() => reject(new LedgerError('VALIDATION', MESSAGES.templateTimeout(name, Math.max(1, Math.ceil(limit / 1000)))))), limit);
        worker.postMessage(request);
      } else if ('opened' in m) {
        clearTimeout(timer);
        opts.onOpened?.();
      } else if ('progress' in m) {
        opts.onProgress?.(m.progress.done, m.progress.total);
      } else if (m.ok) {
        settle(() => resolve(m.value as T));
      } else {
        settle(() => reject(new LedgerError(m.error.code, m.error.message, m.error.field, m.error.detail)));
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const detail = err.stack ?? err.message;
      const message = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? MESSAGES.templateMemory(name) : MESSAGES.templateBroken(name);
      settle(() => reject(new LedgerError('VALIDATION', message, undefined, detail)));
    });
    worker.on('exit', (code) => settle(() => reject(new LedgerError('INTERNAL', '模板处理进程意外结束，台账未改变；请重试', undefined, `template worker exited with code ${code}`))));
    if (opts.signal?.aborted) onAbort();
  });
}

/** inspectTemplate (templateFill.ts) in the worker; a file it cannot read is refused in Chinese. */
export async function inspectTemplateInWorker(data: Uint8Array, fileName: string, opts: TemplateWorkerOptions = {}): Promise<InspectedTemplate> {
  const rest = await run<Omit<InspectedTemplate, 'data'>>({ op: 'inspect', data, fileName }, fileName, opts);
  return { ...rest, data };
}

/** writeFilledTemplate (templateFill.ts) in the worker, with progress and 取消. */
export function fillTemplateInWorker(
  file: string,
  template: InspectedTemplate,
  mapping: Mapping,
  rows: readonly TemplateRow[],
  meta: ListMeta,
  opts: TemplateWorkerOptions & TemplateFillOptions = {},
): Promise<{ rows: number; untranslated: UntranslatedValue[] }> {
  const cancel = createCancelFlag();
  const request: TemplateRequest = { op: 'fill', file, template, mapping, rows, meta, cancelBuffer: cancel.buffer };
  return run(request, template.fileName, { ...opts, cancel });
}

import { parentPort } from 'node:worker_threads';
import { toErrorInfo } from '../../../shared/errors';
import { createCancelFlag } from '../../import/cancel';
import { inspectTemplate, openTemplateBook, writeFilledTemplate } from '../templateFill';
import type { TemplateMessage, TemplateRequest } from './protocol';

/**
 * The city template's reader and filler, in a worker with the import's bounds (1 GB heap; the
 * main side stops it when reading takes longer than the import's time limit). A template is a
 * file from outside like any import: a crafted one may exhaust memory or loop, and must never do
 * that to the window. One request per worker: the answer ends it.
 */
const post = (m: TemplateMessage): void => parentPort!.postMessage(m);

async function handle(r: TemplateRequest): Promise<unknown> {
  if (r.op === 'inspect') {
    const template = inspectTemplate(r.data, r.fileName);
    // Opened once here, so a template ExcelJS cannot open is refused when it is chosen, not at 填写.
    await openTemplateBook(template, 0);
    const { data: _data, ...rest } = template;
    return rest;
  }
  const cancel = createCancelFlag(r.cancelBuffer);
  // The fill's loops and the atomic write poll `aborted`; the flag is set by the main side.
  const signal = {
    get aborted() {
      return cancel.token.cancelled;
    },
  } as AbortSignal;
  return writeFilledTemplate(r.file, r.template, r.mapping, r.rows, r.meta, {
    signal,
    onProgress: (done, total) => post({ progress: { done, total } }),
    onOpened: () => post({ opened: true }),
  });
}

parentPort!.once('message', (r: TemplateRequest) => {
  handle(r).then(
    (value) => post({ ok: true, value }),
    (err: unknown) => post({ ok: false, error: toErrorInfo(err) }),
  );
});
post({ ready: true });

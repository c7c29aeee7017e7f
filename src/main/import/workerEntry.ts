import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../shared/errors';
import { parseFileData, parseFilePath } from './parse';
import type { ParseJob } from './worker';

/**
 * The worker thread's side of parseFileInWorker: parse, answer once, exit. Built as its own
 * entry (out/main/importWorker.js) so that the worker loads nothing of the Electron shell.
 */
const job = workerData as ParseJob;

async function run(): Promise<void> {
  try {
    const value = job.kind === 'path' ? await parseFilePath(job.path, job.choices) : parseFileData(job.data, job.fileName, job.choices);
    parentPort!.postMessage({ ok: true, value });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: toErrorInfo(err) });
  }
}

void run();

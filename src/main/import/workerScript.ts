import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Where the workers' scripts (import, city template) are and how to start them. From source (tests, the CLI
 * under tsx) the entry is TypeScript with extensionless imports, which plain Node cannot load,
 * so it is loaded through tsx. A build bundles each entry as its own file next to the main
 * bundle; electron-vite needs them as extra inputs of the main build:
 *   importWorker: 'src/main/import/workerEntry.ts', importSessionWorker: 'src/main/import/sessionWorker.ts',
 *   templateWorker: 'src/main/export/template/worker.ts'
 */
const BUNDLED: Record<WorkerName, string> = { parse: './importWorker.js', session: './importSessionWorker.js', template: './templateWorker.js' };
const SOURCE: Record<WorkerName, string> = { parse: './workerEntry.ts', session: './sessionWorker.ts', template: '../export/template/worker.ts' };

export type WorkerName = 'parse' | 'session' | 'template';

export function workerEntry(name: WorkerName): URL {
  const fromSource = /\.ts(\?.*)?$/.test(import.meta.url);
  return new URL(fromSource ? SOURCE[name] : BUNDLED[name], import.meta.url);
}

export function startWorker(entry: URL, workerData: unknown, resourceLimits: ResourceLimits): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

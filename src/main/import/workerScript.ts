import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Where the import session's worker script is and how to start it. From source (tests, the CLI
 * under tsx) the entry is TypeScript with extensionless imports, which plain Node cannot load,
 * so it is loaded through tsx. A build bundles the entry as its own file next to the main
 * bundle; electron-vite needs it as an extra input of the main build:
 *   importSessionWorker: 'src/main/import/sessionWorker.ts'
 */
export function sessionWorkerEntry(): URL {
  const fromSource = /\.ts(\?.*)?$/.test(import.meta.url);
  return new URL(fromSource ? './sessionWorker.ts' : './importSessionWorker.js', import.meta.url);
}

export function startWorker(entry: URL, workerData: unknown, resourceLimits: ResourceLimits): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

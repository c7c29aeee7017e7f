import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three bundles: the Electron shell (main), the sandboxed preload, and the React renderer.
// The renderer bundle is also what the loopback browser harness serves.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // The workers (import, city template), each its own file beside index.js (see src/main/import/workerScript.ts).
          importWorker: resolve(import.meta.dirname, 'src/main/import/workerEntry.ts'),
          importSessionWorker: resolve(import.meta.dirname, 'src/main/import/sessionWorker.ts'),
          templateWorker: resolve(import.meta.dirname, 'src/main/export/template/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages, so everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified by default; minified, the bundle is less
      // than half the size and the first screen shows sooner (see bench/grid.ts).
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});

import { defineConfig } from 'vitest/config';

// Two projects: fast Node tests of shared rules, services, CLI and exports; and end-to-end
// tests that drive the built renderer in Debian's Chromium through the browser harness.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Not beside the unit project: Chromium next to 55 SIGKILL crash runs on a 2-core
          // machine starves, and a UI test then measures the machine, not the app.
          sequence: { groupOrder: 1 },
          // A poll waits as long as a Playwright action would under load (the default is 1 s).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});

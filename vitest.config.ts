import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The workers of the unit and browser files, which vitest runs as one group (one queue, the unit
 * files after the browser ones): it refuses projects of one group with different maxWorkers, so
 * both take the same. Vitest's default is one worker fewer than the cores: one on CI's two, which
 * would leave a core idle while independent, CPU-bound files run one after another.
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          maxWorkers: WORKERS,
          // The unit files share their workers' modules (the methods, the messages, the schemas)
          // instead of importing them afresh for each of 200 files: measured on 2 cores, 164 s
          // against 90 s, the same 209 files passing. A file that needs fresh modules says so itself
          // (vi.resetModules); each keeps its own hooks.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Two files side by side (each its own Chromium; the game's build and its server are
          // shared): much of a browser test is waiting on frames, so a second file fills the gaps.
          // Measured on a 2-core machine: 6 files in 155 s side by side against 190 s one by one.
          // Two on CI's two cores; more where there are more cores (see WORKERS).
          maxWorkers: WORKERS,
        },
      },
      {
        // The live-vote room server: real processes, WebSockets and Redis, one file at a time
        // (`npm test` runs it in a vitest of its own, beside the others: scripts/run-tests.mjs).
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // A guard against a hang, not a speed bound: `npm test` now runs these beside the browser
          // tests, and on a loaded machine the scale-out test (two servers and Redis) passed 60 s.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

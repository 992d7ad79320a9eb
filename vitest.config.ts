import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Vitest's default is one worker fewer than the cores: one on CI's two, which leaves a core
          // idle while these independent, CPU-bound files run one after another.
          maxWorkers: Math.max(2, availableParallelism() - 1),
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
          maxWorkers: 2,
        },
      },
      {
        // The live-vote room server: real processes, WebSockets and Redis, one file at a time.
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

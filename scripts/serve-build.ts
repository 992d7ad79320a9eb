/** The built game, in a temporary folder of its own, served on 127.0.0.1 (browser tests and benches). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

import { freePort } from '../tests/support/ports.ts';

export { freePort };

export interface ServedBuild {
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

/**
 * Builds the game into `outDir`: the game's own build, or with `bench`, the game and the bench
 * page (bench/election.html, which the game's build leaves out; vite.config.ts reads
 * `CRUSTACES_BENCH`, which is put back as it was afterwards).
 */
export async function buildGame(outDir: string, options: { bench?: boolean } = {}): Promise<void> {
  const before = process.env.CRUSTACES_BENCH;
  if (options.bench) process.env.CRUSTACES_BENCH = '1';
  else delete process.env.CRUSTACES_BENCH;
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.CRUSTACES_BENCH;
    else process.env.CRUSTACES_BENCH = before;
  }
}

/** Serves a built folder on a free port of 127.0.0.1; close() stops the server and leaves the files. */
export async function previewBuild(outDir: string): Promise<ServedBuild> {
  const port = await freePort();
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'error',
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** Builds the game (see buildGame) into a temporary folder and serves it; close() also removes the folder. */
export async function serveBuild(options: { bench?: boolean } = {}): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), options.bench ? 'crustaces-bench-' : 'crustaces-build-'));
  await buildGame(outDir, options);
  const served = await previewBuild(outDir);
  return {
    ...served,
    close: async () => {
      await served.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

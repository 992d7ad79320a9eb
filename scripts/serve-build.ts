/** The built game, in a temporary folder of its own, served on 127.0.0.1 (browser tests and benches). */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ServedBuild {
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

/** Builds the game (the bench pages are build inputs) into a temporary folder and serves it. */
export async function serveBuild(): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'crustaces-bench-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'error' });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    close: async () => {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the game once and serves it with `vite preview` on 127.0.0.1 and a free port for the
 * browser tests; the address reaches the tests through `inject('baseURL')`.
 */
import { build, preview, type PreviewServer } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built game the tests run on. */
    distDir: string;
  }
}

function freePort(): Promise<number> {
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

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A build of our own: another build into dist/ (a developer, another test run) must not
  // swap the chunks under the pages being tested.
  const outDir = mkdtempSync(join(tmpdir(), 'crustaces-e2e-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  project.provide('distDir', outDir);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

/**
 * Builds the game once and serves it with `vite preview` on 127.0.0.1 and a free port for the
 * browser tests; the address reaches the tests through `inject('baseURL')`.
 */
import { build, preview, type PreviewServer } from 'vite';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
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
  await build({ logLevel: 'warn' });
  const port = await freePort();
  server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  return async () => {
    await server?.close();
  };
}

/**
 * Builds the game once and serves it with `vite preview` on 127.0.0.1 and a free port for the
 * browser tests; the address reaches the tests through `inject('baseURL')`. It also sets aside a
 * folder for the bench page's build, which the first file that needs it builds (browser-bench.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuild } from '../../scripts/serve-build.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built game the tests run on. */
    distDir: string;
    /** Where the bench page's build goes (absent until a file builds it: browser-bench.ts). */
    benchDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A build of our own: another build into dist/ (a developer, another test run) must not
  // swap the chunks under the pages being tested.
  const site = await serveBuild();
  const benchParent = mkdtempSync(join(tmpdir(), 'crustaces-bench-'));
  project.provide('baseURL', site.url);
  project.provide('distDir', site.outDir);
  project.provide('benchDir', join(benchParent, 'build'));
  return async () => {
    await site.close();
    rmSync(benchParent, { recursive: true, force: true });
  };
}

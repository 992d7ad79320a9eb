/**
 * Builds the game once and serves it with `vite preview` on 127.0.0.1 and a free port for the
 * browser tests; the address reaches the tests through `inject('baseURL')`.
 */
import { serveBuild } from '../../scripts/serve-build.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built game the tests run on. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A build of our own: another build into dist/ (a developer, another test run) must not
  // swap the chunks under the pages being tested.
  const site = await serveBuild();
  project.provide('baseURL', site.url);
  project.provide('distDir', site.outDir);
  return () => site.close();
}

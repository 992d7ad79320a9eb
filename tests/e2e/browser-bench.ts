/**
 * The bench page's build (the game and bench/election.html, which the game's build leaves out),
 * built once per run of the browser tests and shared by the files that open the bench page: the
 * first one to ask builds it into the folder global-setup.ts set aside (a build takes a minute on
 * a small machine); the next ones serve the same files. Each file serves it on a port of its own
 * (`benchPerFile`, with the file's browser).
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildGame, previewBuild, type ServedBuild } from '../../scripts/serve-build.ts';
import { launchBrowser, openPage, type GuardedPage } from './browser.ts';

/** A build is in place once its bench page is: the folder is only ever renamed into place whole. */
const built = (dir: string): boolean => existsSync(join(dir, 'bench', 'election.html'));

async function buildBenchOnce(dir: string): Promise<void> {
  if (built(dir)) return;
  // Built beside, then renamed into place: a file that stops halfway never leaves half a build.
  const scratch = mkdtempSync(join(dirname(dir), 'bench-building-'));
  await buildGame(scratch, { bench: true });
  try {
    renameSync(scratch, dir);
  } catch (error) {
    // Another file's build got there first (files run side by side): keep that one.
    rmSync(scratch, { recursive: true, force: true });
    if (!built(dir)) throw error;
  }
}

/** Serves the run's bench build (building it first if no file has yet); close() stops the server only. */
export async function serveBenchBuild(): Promise<ServedBuild> {
  const outDir = inject('benchDir');
  await buildBenchOnce(outDir);
  return previewBuild(outDir);
}

export interface BenchPerFile {
  /** The served bench build (its folder is `outDir`). */
  readonly site: ServedBuild;
  /**
   * Opens bench/election.html in a page of its own, in `lang`, with the rest of the query
   * (`scenario=…&election=…&scene=…`); the test checks the page's errors and closes it.
   */
  open(
    lang: 'fr' | 'en',
    query: string,
    viewport?: { width: number; height: number },
    touch?: boolean,
  ): Promise<GuardedPage>;
}

/** One browser and one served bench build per test file, both started before its first test and stopped after its last. */
export function benchPerFile(): BenchPerFile {
  let browser: Browser | undefined;
  let site: ServedBuild | undefined;
  beforeAll(async () => {
    [site, browser] = await Promise.all([serveBenchBuild(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = (): { browser: Browser; site: ServedBuild } => {
    if (!browser || !site) throw new Error('the bench is started in beforeAll: use it inside a test');
    return { browser, site };
  };
  return {
    get site(): ServedBuild {
      return started().site;
    },
    async open(lang, query, viewport, touch = false) {
      const { browser, site } = started();
      const g = await openPage(browser, site.url, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', viewport, touch });
      await g.page.goto(new URL(`bench/election.html?lang=${lang}&${query}`, site.url).href);
      return g;
    },
  };
}

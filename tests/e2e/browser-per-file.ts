/**
 * One browser per test file, and the pages each test opens: closed after the test, which then
 * fails if a page logged a console error or made a request leaving the game's origin.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, type GuardedPage } from './browser.ts';

export interface BrowserPerFile {
  /** The file's browser (launched before its first test). */
  readonly browser: Browser;
  /** Push each page a test opens: it is closed and checked after that test. */
  readonly pages: GuardedPage[];
}

export function browserPerFile(): BrowserPerFile {
  let browser: Browser | undefined;
  const pages: GuardedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    // Each test's pages close (a game left running would slow the next test down), clean.
    for (const p of pages.splice(0)) {
      await p.context.close();
      expect(p.consoleErrors, 'console errors').toEqual([]);
      expect(p.foreignRequests, 'requests leaving the origin').toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is launched in beforeAll: use it inside a test');
      return browser;
    },
    pages,
  };
}

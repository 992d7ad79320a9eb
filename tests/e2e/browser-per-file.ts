/**
 * One browser per test file, and the pages each test opens: closed after the test, which then
 * fails if a page logged a console error or made a request leaving the game's origin. Pages a
 * file's cases share (typed once, changed in place by each case) are kept by `keptPages`.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/**
 * Holds (or lets go) a kept page's animation frames while another page is being tested: a
 * page in the background would go on drawing its game, 60 times a second in software on CI's
 * two cores, as a hidden browser tab does not. The frames asked for meanwhile are given back on
 * release; the game's clock takes the gap as a tab switch (Phaser's smoothed step).
 */
async function holdFrames(page: Page, held: boolean): Promise<void> {
  await page.evaluate((hold) => {
    type Holder = { on: boolean; waiting: FrameRequestCallback[]; request: typeof requestAnimationFrame };
    const w = window as unknown as { crustacesFramesHeld?: Holder };
    if (!w.crustacesFramesHeld) {
      const holder: Holder = { on: false, waiting: [], request: window.requestAnimationFrame.bind(window) };
      window.requestAnimationFrame = (callback) => {
        if (!holder.on) return holder.request(callback);
        holder.waiting.push(callback);
        return 0;
      };
      w.crustacesFramesHeld = holder;
    }
    const holder = w.crustacesFramesHeld;
    holder.on = hold;
    if (!hold) for (const callback of holder.waiting.splice(0)) holder.request(callback);
  }, held);
}

/**
 * Pages kept across a file's cases, one per key (a frame, a screen), each opened by `open` the
 * first time a case asks for it: typing an election and counting it once, not once a case, is
 * most of what a case would otherwise cost. Every kept page is checked clean after each case
 * and closed at the end; only the page a case asks for draws frames (holdFrames), and with
 * `oneAtATime`, opening one closes the others first.
 */
export function keptPages<K extends string>(
  open: (key: K) => Promise<GuardedPage>,
  options: { oneAtATime?: boolean } = {},
): (key: K) => Promise<GuardedPage> {
  const pages = new Map<K, Promise<GuardedPage>>();
  afterEach(async () => {
    for (const opened of pages.values()) {
      const g = await opened;
      expect(g.consoleErrors, 'console errors').toEqual([]);
      expect(g.foreignRequests, 'requests leaving the origin').toEqual([]);
      // Idle until a case asks for it again (the next test may open pages of its own).
      await holdFrames(g.page, true);
    }
  });
  afterAll(async () => {
    for (const opened of pages.values()) await (await opened).context.close();
  });
  return async (key) => {
    for (const [other, g] of pages) {
      if (other === key) continue;
      if (options.oneAtATime) {
        pages.delete(other);
        await (await g).context.close();
      } else await holdFrames((await g).page, true);
    }
    let opened = pages.get(key);
    if (opened) await holdFrames((await opened).page, false);
    else {
      opened = open(key);
      pages.set(key, opened);
    }
    return opened;
  };
}

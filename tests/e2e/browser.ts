/**
 * Headless Chromium (Debian's) driven by playwright-core, with guards every browser test
 * wants: console errors and page errors are collected, and any request that leaves the
 * game's own origin is recorded (the game must never phone home).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_DIR = join(process.cwd(), 'tests', 'e2e', 'screenshots');

/**
 * The screenshots are for people to look at (nothing asserts on them): `npm test` turns them off
 * with CRUSTACES_SCREENSHOTS=off (each one costs a capture and a PNG encoding); a browser test run
 * on its own with vitest writes them.
 */
export const screenshotsWanted = (): boolean => process.env.CRUSTACES_SCREENSHOTS !== 'off';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/**
 * The frame rate the game's pages draw at in the tests: 20 a second, as a cheap phone may, not
 * 60. Every frame of the game is drawn in software here, and two test files share CI's two
 * cores: a page at rest drawing 60 frames a second took most of a core. Everything the game
 * animates is timed by the clock, not counted in frames, so it ends when it would at 60.
 * CRUSTACES_TEST_FPS=60 (or 0, untouched) gives the browser's own rate back.
 */
const TEST_FPS = Number(process.env.CRUSTACES_TEST_FPS ?? '20');

/**
 * Lets `requestAnimationFrame` call back at most `rate` times a second (every callback of one frame
 * together). Written as the page's own script text, not a function of this file: a TypeScript
 * runner may add helpers to a function's source (esbuild's `__name`) that the page does not have.
 */
const capFrames = (rate: number): string => `(() => {
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  const interval = 1000 / ${rate};
  let shown = -Infinity;
  let next = -Infinity;
  // A callback put off to a later frame keeps the id it was given: cancelling it cancels that later frame.
  let lastId = 0;
  const waiting = new Map();
  window.requestAnimationFrame = (callback) => {
    const id = ++lastId;
    const frame = (time) => {
      if (time !== shown && time < next) {
        waiting.set(id, request(frame));
        return;
      }
      waiting.delete(id);
      if (time !== shown) {
        shown = time;
        // A frame's timing wobbles by a millisecond or so: do not skip one for that.
        next = time + interval - 2;
      }
      callback(time);
    };
    waiting.set(id, request(frame));
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    const real = waiting.get(id);
    if (real === undefined) return;
    cancel(real);
    waiting.delete(id);
  };
})();`;

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // playwright gives every launch a fresh temporary profile of its own.
    args: FLAGS,
  });
}

export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { locale?: string; viewport?: { width: number; height: number }; touch?: boolean } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    locale: options.locale ?? 'fr-FR',
    // A phone with a touch screen (a coarse pointer).
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  if (TEST_FPS > 0 && TEST_FPS < 60) await context.addInitScript({ content: capFrames(TEST_FPS) });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return { page, context, consoleErrors, foreignRequests };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  if (!screenshotsWanted()) return path;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path });
  return path;
}

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

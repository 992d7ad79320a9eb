/**
 * What the projector layout tests share: the three screens, setting the language and text
 * size through the settings screen, and resizing the page until the canvas follows.
 */
import type { Page } from 'playwright-core';
import { press } from './classroom-helpers.ts';

export const LAPTOP = { width: 1280, height: 720 };
export const PROJECTOR = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

/** Opens the settings (hash link), sets language and text size, and comes back to the board. */
export async function setDisplay(page: Page, language: 'fr' | 'en', size: (typeof TEXT_SIZES)[number]): Promise<void> {
  await page.evaluate(() => (location.hash = '#settings'));
  await page.waitForSelector('body[data-scene="settings"]');
  await press(page, `settings.language.${language}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
  await press(page, `settings.textSize.${size}`);
  await page.waitForFunction(
    (s) => document.querySelector(`[data-control="settings.textSize.${s}"]`)?.getAttribute('aria-pressed') === 'true',
    size,
  );
  await page.evaluate(() => (location.hash = '#classroom'));
  await page.waitForSelector('body[data-ready="classroom"]');
  await press(page, 'home.results');
  await page.waitForSelector('body[data-ready="classroom-results"]');
}

export async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.waitForFunction(
    (w) => Math.abs((document.querySelector('#game canvas')?.getBoundingClientRect().width ?? 0) - w) < 2,
    viewport.width,
  );
}

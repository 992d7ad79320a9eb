/**
 * The free walk on the coast, opened the way a returning player finds it: a save with some
 * chapters finished and none in progress, then the title's Continue.
 */
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import type { BrowserPerFile } from './browser-per-file.ts';
import { seedSettings, waitForFocus, waitForScene, waitForTitle, type SeedProgress } from './game.ts';

export interface CoastVisit {
  /** The game's language (the save's setting, whatever the browser's locale says). */
  readonly language: 'fr' | 'en';
  /** The browser's locale, when a test wants it apart from the language. */
  readonly locale?: string;
  readonly viewport?: { width: number; height: number };
  readonly touch?: boolean;
  readonly reducedMotion?: boolean;
  readonly progress: SeedProgress;
}

export async function openCoast(session: BrowserPerFile, url: string, visit: CoastVisit): Promise<Page> {
  const { language, viewport, touch, progress } = visit;
  const guarded = await openPage(session.browser, url, { locale: visit.locale ?? language, viewport, touch });
  session.pages.push(guarded);
  const settings = { language, textSpeed: 'instant', reducedMotion: visit.reducedMotion ?? true, volume: 0 } as const;
  await seedSettings(guarded.context, settings, null, progress);
  const { page } = guarded;
  await page.goto(url);
  await waitForTitle(page);
  // With a chapter finished and none in progress, the title's focus starts on Continue.
  const first = await waitForFocus(page);
  if (first !== 'title.continue') throw new Error(`the title's focus starts on ${first}, not on Continue`);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'coast');
  return page;
}

/**
 * What the projector layout tests share: the three screens, setting the language and text
 * size through the settings screen, and resizing the page until the canvas follows.
 */
import type { Page } from 'playwright-core';
import { canvasTexts, press } from './classroom-helpers.ts';
import type { Box } from './layout-checks.ts';

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

/**
 * The landscape surface is 1280×720 whatever the window (src/game/ui/layout.ts, `gameSize`),
 * scaled to fit, and the text floor (src/game/ui/screen-text.ts) leaves both screens at the size
 * chosen: a 1920×1080 projector shows the laptop's very layout at 1.5×. So the layout tests walk a
 * screen's steps once, on the projector (its 24 px is 16 px at 1280×720), and check here that the
 * laptop shows the same texts, wrapped alike, at the same places scaled: what differs, in words.
 * The page is left at 1920×1080.
 */
export async function sameOnLaptop(page: Page, scene: string): Promise<string[]> {
  await resize(page, PROJECTOR);
  const projector = await canvasTexts(page, scene);
  await resize(page, LAPTOP);
  const laptop = await canvasTexts(page, scene);
  await resize(page, PROJECTOR);
  const k = LAPTOP.width / PROJECTOR.width;
  const problems: string[] = [];
  if (laptop.length !== projector.length)
    problems.push(`${scene}: ${laptop.length} texts at 1280×720, ${projector.length} at 1920×1080`);
  for (const [i, big] of projector.entries()) {
    const small = laptop[i];
    if (!small) break;
    const apart = Math.max(
      Math.abs(big.x * k - small.x),
      Math.abs(big.y * k - small.y),
      Math.abs(big.w * k - small.w),
      Math.abs(big.h * k - small.h),
    );
    const wrapped = (b: Box) => (b.lines ?? [b.text]).join(' / ');
    if (big.text !== small.text || wrapped(big) !== wrapped(small) || apart > 1.5)
      problems.push(`${scene}: « ${wrapped(small)} » at 1280×720 is not « ${wrapped(big)} » at 1920×1080 scaled`);
  }
  return problems;
}

/**
 * The language and text-size pairs a layout test walks: French (the first language, and the
 * longer one) at every size, English at the larger size, where its words are most at risk. Every
 * size is checked, and every language at the hardest size: English at all three sizes as well
 * doubled the longest browser files, and the clean-clone CI must end within 20 minutes on two cores.
 */
export const LAYOUT_CASES = [
  ['fr', 'normal'],
  ['fr', 'large'],
  ['fr', 'larger'],
  ['en', 'larger'],
] as const satisfies readonly (readonly ['fr' | 'en', (typeof TEXT_SIZES)[number]])[];

/** The text sizes a layout test walks in `language` (LAYOUT_CASES). */
export function sizesFor(language: 'fr' | 'en'): readonly (typeof TEXT_SIZES)[number][] {
  return LAYOUT_CASES.filter(([l]) => l === language).map(([, size]) => size);
}

/**
 * Chapter 4's evening in a real browser: Bigorne's and Galathée's lines quote the count's figures
 * (`{games.first.tug}`, `{games.duel.tug.hunt}`), which the dialogue shows as the engine's numbers
 * in each language, never as a brace.
 */
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, openResumed } from './chapter-run.ts';
import { pressAndWait } from './game.ts';

const chapter = loadChapter('chapter-4-points-and-duels');
const session = browserPerFile();

/** Waits until the screen reader layer (what is on screen now) holds `text`. */
async function saysSoon(page: import('playwright-core').Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#a11y')?.textContent?.includes(t) ?? false, text, {
    timeout: 15_000,
  });
}

const CASES = [
  {
    lang: 'fr',
    bigorne: 'Sur 25 galets, 13 mettent la corde en premier.',
    duel: 'la corde bat la chasse, 13 contre 12',
  },
  { lang: 'en', bigorne: 'Out of 25 pebbles, 13 put the rope first.', duel: 'the rope beats the hunt, 13 to 12' },
] as const;

describe('count figures in the dialogue', () => {
  it.each(CASES)(
    'shows the engine’s numbers in Bigorne’s and Galathée’s lines ($lang)',
    { timeout: 180_000 },
    async (c) => {
      const run = answersUntil(chapter, { entry: (e) => e.type === 'say' && e.text === 's2.bigorne.majority' });
      const page = await openResumed(session, chapter, run, c.lang, inject('baseURL'));
      await saysSoon(page, c.bigorne);
      await screenshot(page, `chapter-figures-${c.lang}`);
      expect(await page.locator('#a11y').innerText()).not.toMatch(/\{[a-z-]+\./);
      // Grisette's line, Homère's, then Galathée's duels.
      for (let i = 0; i < 3; i++) await pressAndWait(page);
      await saysSoon(page, c.duel);
    },
  );
});

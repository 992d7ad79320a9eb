/**
 * The coast remembers the story: with a save whose chapters 1 to 9 are finished (and how each
 * ended), the places show their landmarks, the characters at home talk when the crab arrives,
 * and the finale on the beach recalls the player's own outcomes, opened and closed by keyboard.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { waitForFocus, waitForProbe } from './game.ts';
import { openCoast } from './open-coast.ts';
import { coastWorldMessages } from '../../src/i18n/messages/coast-world.ts';

const session = browserPerFile();

const ENDINGS = {
  'chapter-1': 'wreck',
  'chapter-2': 'etrille',
  'chapter-3': 'salad',
  'chapter-6': 'tourteau',
  'chapter-7': 'portrait',
  'chapter-8': 'bonus',
  'chapter-9': 'majority-judgment',
};

/** The free walk on the coast with a save of the whole campaign finished (or only chapter 1). */
function openWorld(
  language: 'fr' | 'en',
  endings: Record<string, string>,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const chaptersDone = Object.keys(endings).concat(Object.keys(endings).length > 1 ? ['chapter-4', 'chapter-5'] : []);
  return openCoast(session, inject('baseURL'), { language, viewport, progress: { chaptersDone, endings } });
}

/** Waits until the screen-reader layer says `text`. */
async function saysSoon(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#a11y')?.textContent?.includes(t) ?? false, text, {
    timeout: 15_000,
  });
}

describe('the coast as the story left it', () => {
  it('shows the landmarks of the player’s outcomes and the talk at the beach', { timeout: 120_000 }, async () => {
    const page = await openWorld('fr', ENDINGS);
    expect(await waitForProbe(page, 'landmarks', /lighthouse/)).toBe(
      'harbour:shelter,rock-pool:speaker,harbour:lighthouse,harbour:mural,reef-council:council',
    );
    await waitForProbe(page, 'coastTalk', 'beach');
    // The screen reader hears what the place shows and who talks there.
    await saysSoon(page, coastWorldMessages.fr['world.perle.done']);
    await screenshot(page, 'coast-world-fr');
  });

  it('opens the finale on the beach with the keyboard, and closes it', { timeout: 120_000 }, async () => {
    const page = await openWorld('en', ENDINGS);
    await page.waitForSelector('[data-control="coast.finale"]', { state: 'attached' });
    await page.focus('[data-control="coast.finale"]');
    await page.keyboard.press('Enter');
    await waitForProbe(page, 'finale', 'open');
    await saysSoon(page, coastWorldMessages.en['world.finale.lighthouse.tourteau']);
    await saysSoon(page, 'And the cove chose its rule: majority judgment.');
    await screenshot(page, 'coast-finale-en');
    expect(await waitForFocus(page, 'coast.finale.close')).toBe('coast.finale.close');
    await page.keyboard.press('Enter');
    await waitForProbe(page, 'finale', null);
  });

  it('has no finale before chapter 9, and shows only what chapter 1 left', { timeout: 120_000 }, async () => {
    const page = await openWorld('fr', { 'chapter-1': 'dune' }, { width: 390, height: 844 });
    expect(await waitForProbe(page, 'landmarks', /shelter/)).toBe('dune:shelter');
    expect(await page.locator('[data-control="coast.finale"]').count()).toBe(0);
    await screenshot(page, 'coast-world-phone-fr');
  });
});

/**
 * The coast remembers the story: with a save whose chapters 1 to 9 are finished (and how each
 * ended), the places show their landmarks, the characters at home talk when the crab arrives,
 * and the finale on the beach recalls the player's own outcomes, opened and closed by keyboard.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { waitForFocus, waitForProbe, waitForScene, waitForTitle } from './game.ts';
import { coastWorldMessages } from '../../src/i18n/messages/coast-world.ts';

const session = browserPerFile();
const pages = session.pages;

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
async function openCoast(
  language: 'fr' | 'en',
  endings: Record<string, string>,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const guarded = await openPage(session.browser, inject('baseURL'), { locale: language, viewport });
  pages.push(guarded);
  const chaptersDone = Object.keys(endings).concat(Object.keys(endings).length > 1 ? ['chapter-4', 'chapter-5'] : []);
  const save = {
    version: 1,
    state: {
      settings: {
        language,
        textSize: 'normal',
        reducedMotion: true,
        highContrast: false,
        volume: 0,
        textSpeed: 'instant',
      },
      progress: { chaptersDone, endings },
      run: null,
    },
  };
  await guarded.context.addInitScript(
    (value) => localStorage.setItem('democratie-et-crustaces', value),
    JSON.stringify(save),
  );
  await guarded.page.goto(inject('baseURL'));
  await waitForTitle(guarded.page);
  expect(await waitForFocus(guarded.page)).toBe('title.continue');
  await guarded.page.keyboard.press('Enter');
  await waitForScene(guarded.page, 'coast');
  return guarded.page;
}

/** Waits until the screen-reader layer says `text`. */
async function saysSoon(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#a11y')?.textContent?.includes(t) ?? false, text, {
    timeout: 15_000,
  });
}

describe('the coast as the story left it', () => {
  it('shows the landmarks of the player’s outcomes and the talk at the beach', { timeout: 120_000 }, async () => {
    const page = await openCoast('fr', ENDINGS);
    expect(await waitForProbe(page, 'landmarks', /lighthouse/)).toBe(
      'harbour:shelter,rock-pool:speaker,harbour:lighthouse,harbour:mural,reef-council:council',
    );
    await waitForProbe(page, 'coastTalk', 'beach');
    // The screen reader hears what the place shows and who talks there.
    await saysSoon(page, coastWorldMessages.fr['world.perle.done']);
    await screenshot(page, 'coast-world-fr');
  });

  it('opens the finale on the beach with the keyboard, and closes it', { timeout: 120_000 }, async () => {
    const page = await openCoast('en', ENDINGS);
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
    const page = await openCoast('fr', { 'chapter-1': 'dune' }, { width: 390, height: 844 });
    expect(await waitForProbe(page, 'landmarks', /shelter/)).toBe('dune:shelter');
    expect(await page.locator('[data-control="coast.finale"]').count()).toBe(0);
    await screenshot(page, 'coast-world-phone-fr');
  });
});

/**
 * Sound in a real browser: the Settings screen offers sound on/off, its volume and the coast's
 * music, in French and English; no AudioContext exists before the player's first gesture
 * (window.AudioContext is wrapped in the page to count them); projector mode starts muted,
 * and then no AudioContext is created at all, even after gestures.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser.ts';
import { waitForScene, waitForTitle } from './game.ts';
import { boxProblems, type Box } from './layout-checks.ts';
import { StorageKey } from '../../src/game/keys.ts';
import { inputNotesMessages } from '../../src/i18n/messages/input-notes.ts';
import { gameMessages } from '../../src/i18n/messages/game.ts';
import { formatTemplate, type Lang } from '../../src/i18n/format.ts';

/** A Settings option's spoken label, "Sound: Off", as the game words it. */
const option = (lang: Lang, setting: string, value: string) =>
  formatTemplate(
    gameMessages[lang]['settings.option'],
    {
      setting: (inputNotesMessages[lang] as Record<string, string>)[setting],
      value: (inputNotesMessages[lang] as Record<string, string>)[value],
    },
    lang,
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts the AudioContexts the page creates, from before any of the game's code runs. */
const SPY = () => {
  const w = window as unknown as { AudioContext: typeof AudioContext; audioContextsMade: number };
  w.audioContextsMade = 0;
  const Real = w.AudioContext;
  w.AudioContext = class extends Real {
    constructor(options?: AudioContextOptions) {
      super(options);
      w.audioContextsMade++;
    }
  };
};

const made = (page: Page) =>
  page.evaluate(() => (window as unknown as { audioContextsMade: number }).audioContextsMade);

/** Each sound control's label and whether it shows as chosen. */
async function soundControls(page: Page): Promise<Record<string, [string, string | null]>> {
  const ids = [
    'settings.sound.on',
    'settings.sound.off',
    'settings.volume.35',
    'settings.volume.70',
    'settings.volume.100',
    'settings.music.true',
    'settings.music.false',
  ];
  const out: Record<string, [string, string | null]> = {};
  for (const id of ids) {
    const control = page.locator(`[data-control="${id}"]`);
    out[id] = [
      (await control.getAttribute('aria-label')) ?? (await control.innerText()),
      await control.getAttribute('aria-pressed'),
    ];
  }
  return out;
}

describe('sound', () => {
  it('offers sound, volume and music in Settings in French, and makes no AudioContext before a gesture', async () => {
    const base = inject('baseURL');
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, base, { locale: 'fr-FR' });
    await context.addInitScript(SPY);
    await page.goto(base);
    await waitForTitle(page);
    await page.waitForSelector('body[data-sound-level="70"]');
    // The address, not a gesture, leads to Settings.
    await page.evaluate(() => (location.hash = '#settings'));
    await waitForScene(page, 'settings');
    await page.waitForSelector('[data-control="settings.music.false"]');
    const controls = await soundControls(page);
    expect(controls['settings.sound.on']).toEqual([option('fr', 'sound.settings.sound', 'sound.settings.on'), 'true']);
    expect(controls['settings.sound.off']).toEqual([
      option('fr', 'sound.settings.sound', 'sound.settings.off'),
      'false',
    ]);
    expect(controls['settings.volume.70']).toEqual([
      option('fr', 'sound.settings.volume', 'sound.settings.volume.medium'),
      'true',
    ]);
    expect(controls['settings.music.true']).toEqual([
      option('fr', 'sound.settings.music', 'sound.settings.music.on'),
      'true',
    ]);
    // At 1280×720 the chosen size is the one drawn: no note on the text size, and every row fits.
    const boxes = await page.evaluate(() =>
      (window as unknown as { crustacesTextBoxes: () => Box[] })
        .crustacesTextBoxes()
        .filter((b) => b.scene === 'settings'),
    );
    expect(boxes.some((b) => b.text === gameMessages.fr['settings.textSize'])).toBe(true);
    expect(boxes.filter((b) => b.text === gameMessages.fr['settings.textSize.floor'])).toEqual([]);
    expect(boxProblems(boxes, { width: 1280, height: 720 }, { minFont: 12 })).toEqual([]);
    await screenshot(page, 'sound-settings-fr');
    expect(await made(page)).toBe(0);

    // The first key opens the audio, once.
    await page.keyboard.press('Tab');
    await page.waitForSelector('body[data-sound="ready"]');
    expect(await made(page)).toBe(1);
    await page.locator('[data-control="settings.sound.off"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-sound-level="0"]');
    await page.waitForSelector('[data-control="settings.sound.off"][aria-pressed="true"]');
    await page.locator('[data-control="settings.volume.35"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-control="settings.sound.on"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-sound-level="35"]');
    expect(await made(page)).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 180_000);

  it('starts muted in projector mode, says so in English, and creates no AudioContext even after gestures', async () => {
    const base = inject('baseURL');
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, base, { locale: 'en-GB' });
    await context.addInitScript(SPY);
    // A version 1 save (before sound existed) of a teacher who chose projector mode.
    const save = {
      version: 1,
      state: {
        settings: {
          language: 'en',
          textSize: 'normal',
          reducedMotion: false,
          highContrast: true,
          volume: 70,
          textSpeed: 'normal',
        },
        progress: { chaptersDone: [], endings: {}, flags: {} },
        run: null,
      },
    };
    await context.addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      [StorageKey.save, JSON.stringify(save)] as const,
    );
    await page.goto(`${base}#settings`);
    await waitForScene(page, 'settings');
    await page.waitForSelector('body[data-sound-level="0"]');
    await page.waitForSelector('[data-control="settings.music.false"]');
    const controls = await soundControls(page);
    expect(controls['settings.sound.off']).toEqual([
      option('en', 'sound.settings.sound', 'sound.settings.off'),
      'true',
    ]);
    expect(controls['settings.sound.on']).toEqual([option('en', 'sound.settings.sound', 'sound.settings.on'), 'false']);
    expect(controls['settings.volume.100'][0]).toBe(
      option('en', 'sound.settings.volume', 'sound.settings.volume.loud'),
    );
    await screenshot(page, 'sound-settings-projector-en');
    for (const key of ['Tab', 'Tab', 'ArrowDown']) await page.keyboard.press(key);
    await page.mouse.click(10, 10);
    expect(await made(page)).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.sound)).toBeUndefined();
    // Turning sound on by hand is the player's choice: the next gesture opens the audio.
    await page.locator('[data-control="settings.sound.on"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-sound-level="70"]');
    await page.keyboard.press('Tab');
    await page.waitForSelector('body[data-sound="ready"]');
    expect(await made(page)).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 180_000);

  it('fits the eight rows of Settings, sound included, on a phone held upright, in French', async () => {
    const base = inject('baseURL');
    const viewport = { width: 540, height: 960 };
    const { page, context, consoleErrors } = await openPage(browser, base, { locale: 'fr-FR', viewport });
    await page.goto(`${base}#settings`);
    await waitForScene(page, 'settings');
    await page.waitForSelector('[data-control="settings.music.false"]');
    const boxes = await page.evaluate(() =>
      (window as unknown as { crustacesTextBoxes: () => Box[] })
        .crustacesTextBoxes()
        .filter((b) => b.scene === 'settings'),
    );
    expect(boxes.some((b) => b.text === inputNotesMessages.fr['sound.settings.music'])).toBe(true);
    expect(boxProblems(boxes, viewport, { minFont: 0 })).toEqual([]);
    await screenshot(page, 'sound-settings-phone-fr');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);
});

/**
 * The game never freezes: an address it cannot read brings the title with a message, a hash
 * changed in the middle of a chapter goes where it says (the run stays saved), and an error
 * thrown inside a scene — while loading or while playing — shows the error card, whose button
 * leads back to the title with the save untouched.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';
import { live, waitForFocus, waitForScene, waitForTitle } from './game.ts';
import { StorageKey } from '../../src/game/keys.ts';
import { safetyMessages } from '../../src/i18n/messages/safety.ts';
import { scenarioMessages } from '../../src/i18n/messages/scenario.ts';
import { formatTemplate, type Lang } from '../../src/i18n/format.ts';

let browser: Browser;
const pages: GuardedPage[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const p of pages.splice(0)) {
    await p.context.close();
    expect(p.foreignRequests, 'requests leaving the origin').toEqual([]);
  }
});
afterAll(async () => {
  await browser?.close();
});

const said = (key: string, lang: Lang, params: Record<string, string> = {}): string =>
  formatTemplate((safetyMessages[lang] as Readonly<Record<string, string>>)[key], params, lang);

async function open(locale: string): Promise<GuardedPage> {
  const guarded = await openPage(browser, inject('baseURL'), { locale });
  pages.push(guarded);
  return guarded;
}

const savedRun = (page: Page): Promise<string | undefined> =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: { run?: { scenario?: string } } } | null)?.state
        ?.run?.scenario,
    StorageKey.save,
  );

describe('an address the game cannot follow', () => {
  it.each<[Lang, string, string, string]>([
    ['fr', 'fr-FR', '#%', 'malformed'],
    ['en', 'en-GB', '#%E0%A4%A', 'malformed'],
    ['en', 'en-GB', '#nowhere/at/all', 'unknown'],
  ])(
    'in %s, %s on arrival: the title, and a message that says the address is %s',
    async (lang, locale, hash, problem) => {
      const { page, consoleErrors } = await open(locale);
      await page.goto(`${inject('baseURL')}${hash}`);
      await page.waitForSelector('[data-control="notice.back"]', { timeout: 30_000 });
      expect(await page.evaluate(() => document.body.dataset.scene)).toBe('title');
      expect(await live(page)).toContain(said(`address.${problem}`, lang, { address: hash }));
      // Forgotten once read: a reload shows the title without the message.
      expect(await page.evaluate(() => location.hash)).toBe('');
      await screenshot(page, `address-${problem}-${lang}`);
      await page.keyboard.press('Enter');
      await waitForFocus(page, 'title.newGame');
      expect(consoleErrors).toEqual([]);
    },
  );

  it(
    'mid-chapter: a new hash goes where it says, garbage brings the title with a message, and the run stays saved',
    { timeout: 120_000 },
    async () => {
      const { page, consoleErrors } = await open('fr-FR');
      await page.goto(`${inject('baseURL')}#chapter/3`);
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      // A few lines in.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
      expect(await savedRun(page)).toBe('chapter-3');
      // To the sandbox in the middle of a line.
      await page.evaluate(() => (location.hash = '#sandbox'));
      await waitForScene(page, 'sandbox');
      expect(await savedRun(page)).toBe('chapter-3');
      // Garbage, then a bad percent-encoding.
      for (const [hash, problem] of [
        ['#zzz', 'unknown'],
        ['#%', 'malformed'],
      ]) {
        await page.evaluate((h) => (location.hash = h), hash);
        await page.waitForSelector('[data-control="notice.back"]', { timeout: 30_000 });
        expect(await page.evaluate(() => document.body.dataset.scene)).toBe('title');
        expect(await live(page)).toContain(said(`address.${problem}`, 'fr', { address: hash }));
        await page.keyboard.press('Escape');
        await waitForFocus(page, 'title.continue');
      }
      expect(await savedRun(page)).toBe('chapter-3');
      // And back into the chapter by its address: the run in progress, not a new one.
      await page.evaluate(() => (location.hash = '#chapter/3'));
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      expect(await savedRun(page)).toBe('chapter-3');
      expect(consoleErrors).toEqual([]);
    },
  );
});

describe('an error inside a scene', () => {
  it(
    'while playing: the card in French, and its button leads back to the title with the save untouched',
    { timeout: 120_000 },
    async () => {
      const { page, consoleErrors } = await open('fr-FR');
      await page.goto(`${inject('baseURL')}#chapter/1`);
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      const before = await page.evaluate((key) => localStorage.getItem(key), StorageKey.save);
      expect(before).toContain('chapter-1');
      // A real error in the game loop: the canvas throws on its next draw (nothing in the game is changed for the test).
      await page.evaluate(() => {
        const draw = CanvasRenderingContext2D.prototype.drawImage;
        CanvasRenderingContext2D.prototype.drawImage = function broken(this: CanvasRenderingContext2D) {
          CanvasRenderingContext2D.prototype.drawImage = draw;
          throw new Error('drawing failed on purpose');
        } as typeof draw;
      });
      await page.waitForSelector('body[data-crash="shown"]', { timeout: 15_000 });
      const card = page.locator('[role="alertdialog"]');
      expect(await card.locator('h2').innerText()).toBe(said('crash.title', 'fr'));
      expect(await card.innerText()).toContain(said('crash.body', 'fr'));
      expect(await card.innerText()).toContain('drawing failed on purpose');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control)).toBe(
        'crash.back',
      );
      // The game behind is out of reach.
      expect(await page.evaluate(() => document.getElementById('a11y-controls')?.hasAttribute('inert'))).toBe(true);
      await screenshot(page, 'error-card-fr');
      expect(await page.evaluate((key) => localStorage.getItem(key), StorageKey.save)).toBe(before);
      expect(consoleErrors.join('\n')).toContain('drawing failed on purpose');
      consoleErrors.length = 0;
      await page.keyboard.press('Enter');
      await waitForTitle(page);
      await waitForFocus(page, 'title.continue');
      expect(await page.evaluate((key) => localStorage.getItem(key), StorageKey.save)).toBe(before);
      expect(await page.evaluate(() => document.body.dataset.crash)).toBeUndefined();
      expect(consoleErrors).toEqual([]);
    },
  );

  it(
    'while loading: the card in English instead of an endless “Loading…”, and a promise nobody catches shows it too',
    { timeout: 120_000 },
    async () => {
      const { page, context, consoleErrors } = await open('en-GB');
      // The canvas refuses to draw from the very first frame of the loading screen.
      await context.addInitScript(() => {
        if (sessionStorage.getItem('broken') === 'no') return;
        CanvasRenderingContext2D.prototype.fillRect = () => {
          throw new Error('no drawing today');
        };
        CanvasRenderingContext2D.prototype.drawImage = () => {
          throw new Error('no drawing today');
        };
      });
      await page.goto(inject('baseURL'));
      await page.waitForSelector('body[data-crash="shown"]', { timeout: 30_000 });
      expect(await page.locator('[role="alertdialog"] h2').innerText()).toBe(said('crash.title', 'en'));
      expect(await page.evaluate(() => document.body.dataset.ready)).toBeUndefined();
      await screenshot(page, 'error-card-en');
      expect(consoleErrors.join('\n')).toContain('no drawing today');
      consoleErrors.length = 0;
      // Mended: back to the title, which now comes.
      await page.evaluate(() => sessionStorage.setItem('broken', 'no'));
      await page.keyboard.press('Enter');
      await waitForTitle(page);
      // A rejected promise that nothing awaits.
      await page.evaluate(() => void Promise.reject(new Error('nobody waited for me')));
      await page.waitForSelector('body[data-crash="shown"]', { timeout: 15_000 });
      expect(await page.locator('[role="alertdialog"]').innerText()).toContain('nobody waited for me');
      expect(consoleErrors.join('\n')).toContain('nobody waited for me');
    },
  );
});

describe('notices about the save', () => {
  const noticeCard = '#save-notices';
  it(
    'a damaged save: said once in French, set aside, and not said again after a reload',
    { timeout: 120_000 },
    async () => {
      const { page, context, consoleErrors } = await open('fr-FR');
      await context.addInitScript((key) => {
        if (sessionStorage.getItem('seeded') === null) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, '{"state": {"settings": {"language": "fr"');
        }
      }, StorageKey.save);
      await page.goto(inject('baseURL'));
      await page.waitForSelector('body[data-save-notices="shown"]', { timeout: 30_000 });
      const text = await page.locator(noticeCard).innerText();
      expect(text).toContain(said('notices.title', 'fr'));
      expect(text).toContain(
        formatTemplate(scenarioMessages.fr['state.setAside.corrupt'], { key: `${StorageKey.save}.set-aside.1` }, 'fr'),
      );
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control)).toBe(
        'notices.ok',
      );
      await screenshot(page, 'save-notice-fr');
      expect(await page.evaluate((key) => localStorage.getItem(`${key}.set-aside.1`), StorageKey.save)).toBe(
        '{"state": {"settings": {"language": "fr"',
      );
      await page.keyboard.press('Enter');
      await page.waitForSelector('body[data-save-notices="read"]');
      expect(await page.locator(noticeCard).count()).toBe(0);
      await waitForFocus(page, 'title.newGame');
      await page.reload();
      await page.waitForSelector('body[data-save-notices="none"]', { timeout: 30_000 });
      expect(await page.locator(noticeCard).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    },
  );

  it(
    'a save from a newer version: said in English, and kept byte for byte while the player plays',
    { timeout: 120_000 },
    async () => {
      const { page, context, consoleErrors } = await open('en-GB');
      const newer = JSON.stringify({
        version: 99,
        state: {
          settings: { language: 'en', textSize: 'large' },
          progress: { chaptersDone: ['chapter-1'] },
          run: { scenario: 'chapter-2', answers: [1], step: 3 },
          somethingNew: true,
        },
      });
      await context.addInitScript(
        ([key, value]) => {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
        },
        [StorageKey.save, newer] as const,
      );
      await page.goto(inject('baseURL'));
      await page.waitForSelector('body[data-save-notices="shown"]', { timeout: 30_000 });
      expect(await page.locator(noticeCard).innerText()).toContain(said('state.newer.kept', 'en'));
      await screenshot(page, 'save-notice-newer-en');
      await page.keyboard.press('Escape');
      await page.waitForSelector('body[data-save-notices="read"]');
      // No "Continue" into a run this version cannot read.
      expect(await waitForFocus(page)).toBe('title.newGame');
      // Play: a chapter a few lines in, then a setting changed.
      await page.keyboard.press('Enter');
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
      await page.evaluate(() => (location.hash = '#settings'));
      await waitForFocus(page);
      await page.locator('[data-control="settings.textSpeed.fast"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-control="settings.textSpeed.fast"][aria-pressed="true"]');
      const stored = await page.evaluate(() =>
        Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
      );
      expect(stored).toEqual({ [StorageKey.save]: newer });
      expect(consoleErrors).toEqual([]);
    },
  );
});

describe('the reduced-motion setting', () => {
  it.each<[Lang, string, 'reduce' | 'no-preference', string]>([
    ['fr', 'fr-FR', 'reduce', 'settings.motion.stateReduced'],
    ['en', 'en-GB', 'no-preference', 'settings.motion.stateFull'],
  ])('in %s (%s), the browser asking %s: says what “as the system” really gives', async (lang, locale, wish, state) => {
    const { page, consoleErrors } = await open(locale);
    await page.emulateMedia({ reducedMotion: wish });
    await page.goto(`${inject('baseURL')}#settings`);
    await waitForScene(page, 'settings');
    await waitForFocus(page);
    const option = page.locator('[data-control="settings.reducedMotion.false"]');
    const label = said('settings.motion.systemNow', lang, { state: said(state, lang) });
    // Said as "setting: value" to screen readers, with the value the browser really gets.
    expect(await option.innerText()).toContain(label);
    expect(await option.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, `settings-motion-${wish}-${lang}`);
    expect(consoleErrors).toEqual([]);
  });
});

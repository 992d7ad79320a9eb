/**
 * Counted piles of paper ballots are kept like the ballot box: in headless Chromium, six piles
 * typed in (more rows than the form starts with), a reload while typing gives them back, and a
 * reload on the results board gives the same board back with a notice — then the piles form
 * still holds every pile, and a new vote forgets them.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { openDesk, press } from './classroom-helpers.ts';
import { PROJECTOR } from './display-helpers.ts';

const session = browserPerFile();

const OPTIONS = ['La mer', 'La montagne', 'La ville'];
/** Ranks per option ('' = not ranked) and how many ballots: 31 ballots in 6 piles. */
const PILES = [
  { ranks: ['1', '2', '3'], count: 7 },
  { ranks: ['2', '1', '3'], count: 6 },
  { ranks: ['3', '2', '1'], count: 5 },
  { ranks: ['1', '', ''], count: 4 },
  { ranks: ['', '1', '2'], count: 5 },
  { ranks: ['2', '3', '1'], count: 4 },
];

async function data(page: Page, key: string): Promise<unknown> {
  return JSON.parse((await page.evaluate((k) => document.body.dataset[k], key)) ?? '{}');
}

async function board(page: Page) {
  return {
    results: await data(page, 'classResults'),
    figures: await data(page, 'classFigures'),
    summary: await page.evaluate(() => document.body.dataset.classSummary),
  };
}

async function expectPiles(page: Page): Promise<void> {
  for (const [r, pile] of PILES.entries()) {
    expect(await page.inputValue(`#cr-pile-${r + 1}-count`)).toBe(String(pile.count));
    for (const [i, rank] of pile.ranks.entries())
      expect(await page.inputValue(`#cr-pile-${r + 1}-${i + 1}`)).toBe(rank);
  }
}

describe('counted paper piles', () => {
  it('survive a reload while typed and once counted, with a notice, in French and in English', async () => {
    for (const language of ['fr', 'en'] as const) {
      const g = await openDesk(session.browser, PROJECTOR, { language, reducedMotion: true });
      session.pages.push(g);
      const { page } = g;
      await press(page, 'home.election');
      await page.fill('#cr-question', 'Où part la sortie ?');
      await page.fill('#cr-options', OPTIONS.join('\n'));
      await page.locator('#cr-options').dispatchEvent('change');
      await page.check('[data-kind="ranked"]');
      await press(page, 'setup.next');
      await press(page, 'ways.piles');
      for (const [r, pile] of PILES.entries()) {
        if (r >= 4) await press(page, 'piles.add');
        for (const [i, rank] of pile.ranks.entries()) if (rank) await page.fill(`#cr-pile-${r + 1}-${i + 1}`, rank);
        await page.fill(`#cr-pile-${r + 1}-count`, String(pile.count));
      }
      // A reload while typing: every pile, the added rows too, and a notice.
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('[data-restored]', { timeout: 120_000 });
      await expectPiles(page);
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      const before = await board(page);
      expect(before.summary).toMatch(/^31 /);
      expect(await page.locator('[data-notice="count-resumed"]').count()).toBe(0);

      // A reload on the board: the same board, the same figures, and a notice of what came back.
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      expect(await board(page)).toEqual(before);
      const notice = page.locator('[data-notice="count-resumed"]');
      expect(await notice.innerText()).toBe(
        language === 'fr'
          ? 'Dépouillement repris\u00a0: 6 piles de bulletins, 31 bulletins, rien n’est perdu.'
          : 'Count resumed: 6 piles of ballots, 31 ballots, nothing lost.',
      );
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await page.evaluate(() => location.hash)).toBe('#classroom');
      await screenshot(page, `classroom-piles-kept-${language}`);

      // Back on the desk, the piles form still holds every pile counted (to correct one).
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-control="home.continue"]', { timeout: 120_000 });
      expect(await page.locator('[data-notice="count-resumed"]').count()).toBe(0);
      await press(page, 'home.continue');
      await press(page, 'ways.piles');
      await page.waitForSelector('#cr-pile-6-count');
      await expectPiles(page);

      // A new vote of the same election forgets them: a reload then opens no board.
      await press(page, 'piles.back');
      await page.keyboard.press('Escape');
      await press(page, 'home.results');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      await press(page, 'results.again');
      await page.waitForSelector('[data-control="ways.piles"]');
      await page.evaluate(() => history.replaceState(null, '', `${location.pathname}${location.search}#classroom`));
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
      expect(await page.locator('[data-control="home.results"]').count()).toBe(0);
      expect(await page.locator('[data-notice="count-resumed"]').count()).toBe(0);
    }
  }, 600_000);
});

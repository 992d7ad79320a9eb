/**
 * Counted piles of paper ballots are kept like the ballot box: in headless Chromium, six piles
 * typed in (more rows than the form starts with), a reload while typing gives them back, and a
 * reload on the results board gives the same board back with a notice — then the piles form
 * still holds every pile, and a new vote forgets them. A full form (100 piles of ten options,
 * 1,100 fields) is kept whole over a reload; past it, a 101st row or a field too long to keep
 * is refused with words that say what and where, never cut silently.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { LONG_OPTIONS, longSetup, openDesk, press } from './classroom-helpers.ts';
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

  it('a full form of 100 piles of ten options is kept whole over a reload; more is refused in words', async () => {
    const g = await openDesk(session.browser, PROJECTOR, { language: 'fr', reducedMotion: true });
    session.pages.push(g);
    const { page } = g;
    await longSetup(page, 'ranked');
    await press(page, 'ways.piles');
    await page.waitForSelector('#cr-pile-4-count');
    // 96 more rows, then every field typed: pile r ranks option (r + i) % 10 at i + 1, one ballot each.
    const typed = await page.evaluate((options) => {
      const add = document.querySelector<HTMLButtonElement>('[data-control="piles.add"]')!;
      for (let r = 5; r <= 100; r++) add.click();
      let n = 0;
      for (let r = 1; r <= 100; r++) {
        for (let i = 0; i < options; i++) {
          const input = document.querySelector<HTMLInputElement>(`#cr-pile-${r}-${i + 1}`)!;
          input.value = String(((r + i) % options) + 1);
          n++;
        }
        document.querySelector<HTMLInputElement>(`#cr-pile-${r}-count`)!.value = String(r);
        n++;
      }
      document.querySelector('#cr-pile-100-count')!.dispatchEvent(new Event('input', { bubbles: true }));
      return n;
    }, LONG_OPTIONS.length);
    expect(typed).toBe(1100);
    const problem = page.locator('[data-problem]');
    expect(await problem.isHidden()).toBe(true);
    // A 101st row is refused, in words.
    await press(page, 'piles.add');
    expect(await problem.textContent()).toBe(
      'Le formulaire tient au plus 100 lignes\u00a0: rassemblez les bulletins identiques sur une même ligne.',
    );
    expect(await page.locator('#cr-pile-101-count').count()).toBe(0);
    // A field too long to keep: refused, named as its screen reader names it; the last whole save stays.
    await page.fill('#cr-pile-7-3', '1'.repeat(41));
    expect(await problem.textContent()).toBe(
      `«\u00a0Ligne 7, ${LONG_OPTIONS[2]}\u00a0» dépasse 40 caractères\u00a0: ce qui vient d’être tapé n’est pas gardé en cas de rechargement. Corrigez ce champ.`,
    );

    await page.reload({ timeout: 120_000 });
    await page.waitForSelector('[data-restored]', { timeout: 120_000 });
    const back = await page.evaluate((options) => {
      const wrong: string[] = [];
      for (let r = 1; r <= 100; r++) {
        for (let i = 0; i < options; i++) {
          const v = document.querySelector<HTMLInputElement>(`#cr-pile-${r}-${i + 1}`)?.value;
          if (v !== String(((r + i) % options) + 1)) wrong.push(`${r}-${i + 1}: ${v}`);
        }
        const count = document.querySelector<HTMLInputElement>(`#cr-pile-${r}-count`)?.value;
        if (count !== String(r)) wrong.push(`${r}-count: ${count}`);
      }
      return { wrong, rows: document.querySelectorAll('input[id$="-count"]').length };
    }, LONG_OPTIONS.length);
    expect(back).toEqual({ wrong: [], rows: 100 });
    // Every pile counts: 1 + 2 + … + 100 ballots.
    await press(page, 'piles.count');
    await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    expect(await page.evaluate(() => document.body.dataset.classSummary)).toMatch(/^5\D?050 /);
  }, 600_000);
});

/**
 * A recount is shown as a recount: chapter 9's hypothetical duel over Burlington's 8,980 real
 * ballots opens on the full box with a line saying these are the same ballots (no voter casts
 * anything), in French and English; the chapter's first vote on those ballots is still cast.
 * The game says which on the probe (`data-election-box`), decided by the runner from the rows.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, openResumed } from './chapter-run.ts';
import { enterUntil, waitForFocus, waitForProbe } from './game.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';

const chapter = loadChapter('chapter-9-real-election');

const session = browserPerFile();

async function openAt(election: string, lang: 'fr' | 'en', story: ScenarioData = chapter): Promise<Page> {
  // The bookmark on the election's entry.
  const run = answersUntil(story, { entry: (e) => e.type === 'election' && e.election === election });
  const page = await openResumed(session, story, run, lang, inject('baseURL'));
  // The story comes back on the coast or the line before: read on until the election screen is up.
  // The scene's key is up as soon as it starts, before its art is ready: no Enter reaches it.
  await enterUntil(page, async () => (await page.evaluate(() => document.body.dataset.scene)) === 'election', 40);
  await waitForProbe(page, 'countReady', 'election');
  return page;
}

/** The canvas's texts (the game lists them for the tests). */
const canvasTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { crustacesTextBoxes: () => { text: string }[] }).crustacesTextBoxes().map((b) => b.text),
  );

describe('recounts in chapter 9', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(
      `shows the Montroll–Kiss duel as a recount of the same 8,980 ballots, not a vote (${lang})`,
      { timeout: 180_000 },
      async () => {
        const page = await openAt('duel-mk', lang);
        expect(await waitForProbe(page, 'electionBox', /./)).toBe('recount');
        await waitForProbe(page, 'cast', 'done');
        await waitForFocus(page, 'election.next');
        // Nobody casts: no voter to open, no counter of ballots going in.
        expect(await page.locator('[data-control^="election.ballot."]').count()).toBe(0);
        const texts = await canvasTexts(page);
        const line =
          lang === 'fr'
            ? /On recompte les mêmes 8\s?980 bulletins\u00a0: ils sont déjà dans l’urne/
            : /A recount of the same 8,980 ballots: they are already in the box/;
        expect(
          texts.some((t) => line.test(t)),
          texts.join(' | '),
        ).toBe(true);
        expect(texts.some((t) => /dans l’urne$|in the box$/.test(t) && /sur|of/.test(t))).toBe(false);
        expect(await page.locator('#a11y').innerText()).toMatch(line);
        await screenshot(page, `recount-duel-${lang}`);
        // Enter goes on to the duel's count, as after a vote.
        await page.keyboard.press('Enter');
        await waitForProbe(page, 'countReady', 'count');
      },
    );
  }

  it('still casts the chapter’s first vote on those ballots', { timeout: 180_000 }, async () => {
    const page = await openAt('burlington', 'fr');
    expect(await waitForProbe(page, 'electionBox', /./)).toBe('cast');
    await waitForProbe(page, 'cast', 'done');
    const texts = await canvasTexts(page);
    expect(
      texts.some((t) => /^8\s?980 bulletins sur 8\s?980 dans l’urne$/.test(t)),
      texts.join(' | '),
    ).toBe(true);
    expect(texts.some((t) => /On recompte/.test(t))).toBe(false);
    await screenshot(page, 'recount-first-vote-fr');
  });

  it(
    'shows chapter 2’s replay of yesterday’s trial as a recount of its pebbles, in French and English',
    { timeout: 240_000 },
    async () => {
      // Chapter 1's trial ballots, counted again the next morning: the run's first count, yet no cast.
      const two = loadChapter('chapter-2-two-rounds');
      for (const lang of ['fr', 'en'] as const) {
        const page = await openAt('shelter-replay', lang, two);
        expect(await waitForProbe(page, 'electionBox', /./)).toBe('recount');
        await waitForFocus(page, 'election.next');
        expect(await page.locator('[data-control^="election.ballot."]').count()).toBe(0);
        const texts = await canvasTexts(page);
        const line =
          lang === 'fr'
            ? /On recompte les mêmes \d+ galets\u00a0: ils sont déjà dans la conque/
            : /A recount of the same \d+ pebbles: they are already in the conch/;
        expect(
          texts.some((t) => line.test(t)),
          texts.join(' | '),
        ).toBe(true);
        expect(texts.some((t) => /^\d+ (bulletins sur|of) \d+/.test(t))).toBe(false);
        // The caption under the conch names the pebbles too, not paper ballots.
        expect(texts, texts.join(' | ')).toContain(lang === 'fr' ? 'Les mêmes 27 galets' : 'The same 27 pebbles');
        await screenshot(page, `recount-replay-${lang}`);
        await page.close();
      }
    },
  );
});

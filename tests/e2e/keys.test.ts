/**
 * The keys of the count scenes in the game, in a real browser, with the keyboard alone: Enter on
 * the results goes on with the story (never back into a count), a held Enter does not answer the
 * question that follows, Escape opens the pause menu in the vote, the count and the results while
 * End goes to the count's last step, a language switched from that menu redraws the count on the
 * same step, and a reload in the middle of a count comes back to that step. On the coast, the
 * crab walked with the arrows as far as it goes stays whole on the map, above the hint band.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, type Stop } from './chapter-run.ts';
import { openCoast } from './open-coast.ts';
import {
  beat,
  focused,
  framesLater,
  live,
  pressAndWait,
  seedSettings,
  waitForFocus,
  waitForProbe,
  waitForScene,
  waitForTitle,
} from './game.ts';
import { PROBE_EVENT } from '../../src/probe.ts';
import { keysMessages } from '../../src/i18n/messages/keys.ts';
import { gameMessages } from '../../src/i18n/messages/game.ts';

const chapter = loadChapter('chapter-1-first-vote');
const duelWinner: Stop = { input: (step) => 'id' in step && step.id === 'duel-winner' };

const session = browserPerFile();
const pages = session.pages;

async function openRun(lang: 'fr' | 'en', viewport?: { width: number; height: number }): Promise<Page> {
  const guarded = await openPage(session.browser, inject('baseURL'), {
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    ...(viewport ? { viewport } : {}),
  });
  pages.push(guarded);
  await seedSettings(
    guarded.context,
    { language: lang, textSpeed: 'instant', reducedMotion: false },
    // A run of chapter 1 that stops just before the question after its "duel" election.
    { scenario: chapter.id, answers: answersUntil(chapter, duelWinner).answers },
  );
  await guarded.page.goto(inject('baseURL'));
  await waitForTitle(guarded.page);
  expect(await waitForFocus(guarded.page)).toBe('title.continue');
  await guarded.page.keyboard.press('Enter');
  await waitForScene(guarded.page, 'dialogue');
  return guarded.page;
}

/** Enter on the lines until the dialogue hands over to the vote, which is then waited for. */
async function readToVote(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (
      (await beat(page)) === 'dialogue|election' ||
      (await page.evaluate(() => document.body.dataset.scene)) === 'election'
    ) {
      await page.waitForSelector('body[data-ready="election"]', { state: 'attached' });
      return;
    }
    await pressAndWait(page);
  }
  throw new Error(`never reached the vote: ${await beat(page)} — ${await live(page)}`);
}

const status = async (page: Page): Promise<string> => ((await page.locator('#a11y-status').textContent()) ?? '').trim();
const countStep = (page: Page): Promise<string | undefined> => page.evaluate(() => document.body.dataset.countStep);

async function toCount(page: Page): Promise<void> {
  await readToVote(page);
  // The imagined duel counts the ballots already cast: a recount, with nothing to cast (End casting
  // every ballot at once is count.test.ts's). Escape: the pause menu over it, and back.
  expect(await waitForProbe(page, 'electionBox', /./)).toBe('recount');
  await page.keyboard.press('Escape');
  await waitForFocus(page, 'pause.resume');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-control="pause.resume"]', { state: 'detached' });
  await waitForFocus(page, 'election.next');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-count-ready="count"]', { state: 'attached' });
}

describe('the count scenes with the keyboard alone', () => {
  it(
    'Escape opens the pause menu and End goes to the last step; Enter on the results goes on; a held Enter does not answer the next question',
    { timeout: 120_000 },
    async () => {
      const page = await openRun('fr');
      // The title's "Loading…" went with the title.
      await waitForFocus(page, 'dialogue.next');
      expect(await status(page)).toBe('');
      await toCount(page);
      const total = (await countStep(page))!.split('/')[1];
      expect(Number(total)).toBeGreaterThan(1);
      expect(await countStep(page)).toBe(`1/${total}`);
      // The hint names the keys, End for the end and Escape for the menu.
      expect(
        await page.evaluate(() =>
          (window as unknown as { crustacesTextBoxes: () => { text: string }[] })
            .crustacesTextBoxes()
            .map((b) => b.text),
        ),
      ).toContain(keysMessages.fr['keys.count.hint']);
      await page.keyboard.press('Escape');
      await waitForFocus(page, 'pause.resume');
      await screenshot(page, 'keys-count-pause-fr');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-control="pause.resume"]', { state: 'detached' });
      expect(await countStep(page)).toBe(`1/${total}`);
      await page.keyboard.press('End');
      expect(await countStep(page)).toBe(`${total}/${total}`);
      await screenshot(page, 'keys-count-end-fr');
      await waitForFocus(page, 'count.next');
      await page.keyboard.press('Enter'); // "Continue": the results
      await page.waitForSelector('body[data-count-ready="results"]', { state: 'attached' });
      // Continue has the first focus: Enter goes on, Escape opens the menu.
      expect(await waitForFocus(page)).toBe('results.continue');
      await page.keyboard.press('Escape');
      await waitForFocus(page, 'pause.resume');
      await page.keyboard.press('Escape');
      await waitForFocus(page, 'results.continue');
      await screenshot(page, 'keys-results-fr');
      const facts = await status(page);
      // Chapter 1 has not named Condorcet yet: the duels are said in plain words (present/count/terms.ts).
      expect(facts).toContain('En duel');
      expect(facts).not.toContain('Condorcet');
      // Enter held down: the first press leaves the results, its repeats fall on the question.
      await page.keyboard.down('Enter');
      await waitForScene(page, 'dialogue');
      for (let i = 0; i < 40 && !(await focused(page))?.startsWith('choice.'); i++) {
        // The lines before the question (if any) are read with fresh presses.
        if ((await beat(page)) === 'dialogue|input') break;
        await page.keyboard.up('Enter');
        await page.keyboard.down('Enter');
        await framesLater(page, 5);
      }
      await waitForFocus(page, 'choice.1');
      const question = await live(page);
      for (let i = 0; i < 5; i++) await page.keyboard.down('Enter'); // repeats of the held key
      await page.keyboard.up('Enter');
      // Nothing may happen: the game gets a few frames to (wrongly) act on the repeats.
      await framesLater(page, 10);
      expect(await beat(page)).toBe('dialogue|input');
      expect(await focused(page)).toBe('choice.1');
      expect(await live(page)).toBe(question);
      // The results' facts are not said over the question.
      expect(await status(page)).toBe('');
      await screenshot(page, 'keys-question-after-results-fr');
      // A fresh press answers.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.body.dataset.beat !== 'input');
    },
  );
});

describe('a count that keeps its step', () => {
  it('after a language switched from its pause menu, and after a reload', { timeout: 120_000 }, async () => {
    const page = await openRun('en');
    await toCount(page);
    const total = (await countStep(page))!.split('/')[1];
    await page.keyboard.press('ArrowRight');
    expect(await countStep(page)).toBe(`2/${total}`);
    const shownTexts = (): Promise<string[]> =>
      page.evaluate(() =>
        (window as unknown as { crustacesTextBoxes: () => { text: string }[] }).crustacesTextBoxes().map((b) => b.text),
      );
    expect(await shownTexts()).toContain(keysMessages.en['keys.count.hint']);

    // Escape, Settings, Français, back: the same step, now in French.
    await page.keyboard.press('Escape');
    await waitForFocus(page, 'pause.resume');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('pause.settings');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'settings');
    await waitForFocus(page);
    for (let i = 0; i < 10 && (await focused(page)) !== 'settings.language.fr'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'count');
    await page.waitForSelector('body[data-count-ready="count"]', { state: 'attached' });
    await page.waitForFunction(() => document.body.dataset.countStep !== undefined);
    expect(await countStep(page)).toBe(`2/${total}`);
    expect(await shownTexts()).toContain(keysMessages.fr['keys.count.hint']);
    expect(await live(page)).toMatch(/Étape 2 sur/);
    await screenshot(page, 'keys-count-language-fr');

    // A reload: the title's Continue leads back to the count, on the step the player was reading.
    await page.keyboard.press('ArrowLeft');
    expect(await countStep(page)).toBe(`1/${total}`);
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await waitForTitle(page);
    expect(await waitForFocus(page)).toBe('title.continue');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-count-ready="count"]', { state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => document.body.dataset.countStep !== undefined);
    expect(await countStep(page)).toBe(`2/${total}`);
    // On to the results, reload again: the results, not a new vote.
    await waitForFocus(page, 'count.next');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-count-ready="results"]', { state: 'attached' });
    await page.reload();
    await waitForTitle(page);
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-count-ready="results"]', { state: 'attached', timeout: 30_000 });
    expect(await waitForFocus(page)).toBe('results.continue');
    // Continue: the story goes on, and a reload no longer leads into the count.
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'choice.1');
    await page.reload();
    await waitForTitle(page);
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'choice.1');
    expect(await page.evaluate(() => document.body.dataset.scene)).toBe('dialogue');
  });
});

/** A save with chapter 1 done and no chapter in progress: the title's Continue leads to the free walk. */
async function openWalk(viewport: { width: number; height: number }, locale: string, touch = false): Promise<Page> {
  const visit = { language: 'fr', locale, viewport, touch, reducedMotion: false } as const;
  const page = await openCoast(session, inject('baseURL'), { ...visit, progress: { chaptersDone: [chapter.id] } });
  await page.waitForSelector('body[data-coast-map]', { state: 'attached' });
  return page;
}

/** Which side of the crab's box [left, top, right, bottom] each arrow pushes. */
const PUSHED_SIDE = { ArrowLeft: 0, ArrowUp: 1, ArrowRight: 2, ArrowDown: 3 } as const;

/**
 * Holds an arrow until the crab gains no more ground (it reached the edge of where it may walk),
 * and returns the furthest its picture reached on each side during the walk: [left, top, right,
 * bottom]. The crab's probe is written on every frame it walks or pushes on an edge; the picture
 * bobs as it walks, so its box never settles, but its reach on the pushed side stops growing
 * within one bob: counted in frames, not in time.
 */
async function walkToEdge(page: Page, key: keyof typeof PUSHED_SIDE): Promise<number[]> {
  await page.evaluate(
    ({ event, side }) => {
      const reach = [Infinity, Infinity, -Infinity, -Infinity];
      const walk = { reach, done: false };
      (window as unknown as { crabWalk: typeof walk }).crabWalk = walk;
      let stillFrames = 0;
      const listener = (e: Event): void => {
        const { name, value } = (e as CustomEvent<{ name: string; value?: string }>).detail;
        if (name !== 'crab' || value === undefined) return;
        const [left, top, right, bottom] = value.split(',').map(Number);
        const before = reach[side];
        reach[0] = Math.min(reach[0], left);
        reach[1] = Math.min(reach[1], top);
        reach[2] = Math.max(reach[2], right);
        reach[3] = Math.max(reach[3], bottom);
        stillFrames = reach[side] === before ? stillFrames + 1 : 0;
        // 40 frames: longer than a bob (about 22 frames at 60 frames a second).
        if (stillFrames < 40) return;
        walk.done = true;
        document.removeEventListener(event, listener);
      };
      document.addEventListener(event, listener);
    },
    { event: PROBE_EVENT, side: PUSHED_SIDE[key] },
  );
  await page.keyboard.down(key);
  const reached = await page.waitForFunction(
    () => {
      const walk = (window as unknown as { crabWalk: { reach: number[]; done: boolean } }).crabWalk;
      return walk.done && walk.reach;
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.keyboard.up(key);
  return (await reached.jsonValue()) as number[];
}

describe('the crab on the coast', () => {
  it.each([
    ['a laptop', { width: 1280, height: 720 }, 'fr-FR'],
    ['a phone held upright', { width: 390, height: 844 }, 'en-GB'],
  ] as const)(
    'stays whole on the map, above the hint band, on %s',
    { timeout: 120_000 },
    async (_name, viewport, locale) => {
      const page = await openWalk(viewport, locale);
      const [width, floor] = ((await page.evaluate(() => document.body.dataset.coastMap)) ?? '').split(',').map(Number);
      for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight'] as const) {
        const [left, top, right, bottom] = await walkToEdge(page, key);
        expect(left, key).toBeGreaterThanOrEqual(0);
        expect(top, key).toBeGreaterThanOrEqual(0);
        expect(right, key).toBeLessThanOrEqual(width);
        expect(bottom, key).toBeLessThanOrEqual(floor);
        // It did walk to that edge (not stopped halfway): within a crab of it.
        if (key === 'ArrowLeft') expect(left).toBeLessThan(40);
        if (key === 'ArrowDown') expect(bottom).toBeGreaterThan(floor - 40);
      }
      await screenshot(page, `keys-coast-edge-${viewport.width}`);
    },
  );
});

describe('hints on a touch screen', () => {
  it('the coast says what to touch, not which keys to press', { timeout: 120_000 }, async () => {
    const page = await openWalk({ width: 390, height: 844 }, 'fr-FR', true);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const texts = await page.evaluate(() =>
      (window as unknown as { crustacesTextBoxes: () => { text: string }[] }).crustacesTextBoxes().map((b) => b.text),
    );
    expect(texts).toContain(keysMessages.fr['keys.coast.touch']);
    expect(texts).not.toContain(gameMessages.fr['coast.hint']);
    expect(await live(page)).not.toMatch(/Entrée|Tab|Flèches/);
    await screenshot(page, 'keys-coast-touch-390');
  });
});

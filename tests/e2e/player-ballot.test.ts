/**
 * The player's own ballot, filled by hand in a real browser: chapter 1's pebble. With the keyboard
 * alone in French (a blank pebble asks first, and going back keeps the card), the name carved is
 * the one the results then show as the winner — the engine's winner for that ballot, counted in
 * Node; by touch on a phone in English, another name, another winner, every target 44 px at least.
 * Chapter 4's ranking of the krill's games, with Enter alone: each Enter ranks the next game.
 * Chapter 3's list pebble for lunch, in French: the salad ranked first wins the lunch, as the engine counts it.
 * Chapter 6's grades for the lamp's colours, with the chapter's named mentions, in French.
 * Chapter 5's grades, in French with the arrow keys alone: a grade per stall, then the real vote's winner.
 * The grades card fits a 1280×720 and a 1920×1080 screen whole, send button included, with no
 * scrolling; numbers are asked for as « une note » / "a score", named grades as « une mention ».
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, openResumed, type Stop } from './chapter-run.ts';
import { enterUntil, resultsShown } from './game.ts';
import { StorageKey } from '../../src/game/keys.ts';
import { playThrough, type Answer } from '../../src/scenario/runner.ts';

const firstVote = loadChapter('chapter-1-first-vote');
const pointsAndDuels = loadChapter('chapter-4-points-and-duels');
const instantRunoff = loadChapter('chapter-3-instant-runoff');
const majorityJudgment = loadChapter('chapter-6-majority-judgment');
const approveAndGrade = loadChapter('chapter-5-approve-and-grade');
const star = loadChapter('chapter-7-star');

/** The chapter's ballot step, where the run stops. */
const atBallotStep: Stop = { input: (step) => step.type === 'ballot' };

/** The engine's winners of the naming vote for this pebble, counted in Node. */
function engineNaming(answers: Answer[], pebble: string): string[] {
  const { runner } = playThrough(firstVote, [...answers, { ballot: { ranking: [pebble] } }]);
  return [...(runner.election('naming')?.counted.counts[0].winners ?? [])].sort();
}

const session = browserPerFile();

async function atBallot(
  lang: 'fr' | 'en',
  phone = false,
  chapter = firstVote,
  ballot = 'name-vote',
  viewport?: { width: number; height: number },
): Promise<{ page: Page; answers: Answer[] }> {
  const run = answersUntil(chapter, atBallotStep);
  const page = await openResumed(
    session,
    chapter,
    run,
    lang,
    inject('baseURL'),
    phone ? { viewport: { width: 390, height: 844 }, touch: true } : viewport ? { viewport } : {},
  );
  await page.waitForSelector(`[data-player-ballot="${ballot}"] [data-action="send"]`);
  return { page, answers: run.answers };
}

const focusedKey = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key);

async function tabTo(page: Page, key: string, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedKey(page)) === key) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the focus never reached ${key} (it is on ${await focusedKey(page)})`);
}

/** From the dialogue after the ballot, Enter until the results list the count. */
async function toResults(page: Page): Promise<string[]> {
  await enterUntil(page, async () => (await page.locator('[data-control^="results.method."]').count()) > 0);
  const shown = await resultsShown(page);
  return shown[0].winners;
}

describe('the player’s own ballot, filled by hand', () => {
  it(
    'is carved with the keyboard alone in French; a blank pebble asks first; the results show the engine’s winner',
    { timeout: 180_000 },
    async () => {
      const { page, answers } = await atBallot('fr');
      // The focus starts on the first name; the card is in French, with the pebble's options.
      expect(await focusedKey(page)).toBe('opt-conque');
      expect(await page.locator('[data-player-ballot] h2').innerText()).toBe('Quel nom graves-tu sur ton galet\u00a0?');
      await screenshot(page, 'player-ballot-fr');
      // Sending a blank pebble asks first; going back keeps the card.
      await tabTo(page, 'send');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-action="confirm-send"]');
      expect(await page.locator('[data-question]').getAttribute('data-question')).toBe('blank');
      await screenshot(page, 'player-ballot-blank-fr');
      await tabTo(page, 'confirm-no');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-action="send"]');
      // Bulle carved: its button is pressed.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await focusedKey(page)).toBe('opt-bulle');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-option="bulle"][aria-pressed="true"]');
      expect(await page.locator('[aria-pressed="true"]').count()).toBe(1);
      // The name carved, the keyboard goes on to the send button.
      expect(await focusedKey(page)).toBe('send');
      await tabTo(page, 'send');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-player-ballot]', { state: 'detached' });
      // The store keeps the ballot as the run's answer.
      const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), StorageKey.save);
      expect(saved.state.run.answers.at(-1)).toEqual({ ballot: { ranking: ['bulle'] } });
      const winners = await toResults(page);
      expect(winners).toEqual(engineNaming(answers, 'bulle'));
      expect(winners).toEqual(['bulle']);
      // One method counted: the results are titled as a result, not as a comparison of methods.
      const said = await page.locator('#a11y').innerText();
      expect(said).toContain('Le résultat du vote');
      expect(said).not.toContain('Mêmes bulletins');
      await screenshot(page, 'player-ballot-results-fr');
    },
  );

  it('is carved by touch on a phone in English: another name, another winner', { timeout: 180_000 }, async () => {
    const { page, answers } = await atBallot('en', true);
    expect(await page.locator('[data-player-ballot] [data-action="send"]').innerText()).toBe(
      'Put my ballot in the box',
    );
    const small = await page
      .locator('[data-player-ballot] button:visible')
      .evaluateAll(
        (buttons) => buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
      );
    expect(small).toBe(0);
    await page.locator('[data-option="echo"]').tap();
    await page.waitForSelector('[data-option="echo"][aria-pressed="true"]');
    await screenshot(page, 'player-ballot-phone-en');
    await page.locator('[data-action="send"]').tap();
    await page.waitForSelector('[data-player-ballot]', { state: 'detached' });
    const winners = await toResults(page);
    expect(winners).toEqual(engineNaming(answers, 'echo'));
    expect(winners).toEqual(['echo']);
  });

  it(
    'ranks the krill’s games with Enter alone in chapter 4: each Enter ranks the next game, then the results show the engine’s winner',
    { timeout: 180_000 },
    async () => {
      const { page, answers } = await atBallot('en', false, pointsAndDuels, 'krill-nacre');
      expect(await focusedKey(page)).toBe('opt-skip');
      // Enter on the kite first, then the keyboard walks on: skip, then claw.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focusedKey(page)).toBe('opt-kite');
      await page.keyboard.press('Enter');
      expect(await focusedKey(page)).toBe('opt-skip');
      await page.keyboard.press('Enter');
      expect(await focusedKey(page)).toBe('opt-claw');
      await page.keyboard.press('Enter');
      expect(await focusedKey(page)).toBe('send');
      expect(
        await page.locator('[data-ranked]').evaluateAll((li) => li.map((e) => (e as HTMLElement).dataset.ranked)),
      ).toEqual(['kite', 'skip', 'claw']);
      await screenshot(page, 'player-ballot-ranked-en');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-player-ballot]', { state: 'detached' });
      const winners = await toResults(page);
      const { runner } = playThrough(pointsAndDuels, [...answers, { ballot: { ranking: ['kite', 'skip', 'claw'] } }]);
      expect(winners).toEqual([...(runner.election('krill-points')?.counted.counts[0].winners ?? [])].sort());
      expect(winners).toEqual(['kite']);
    },
  );

  it(
    'ranks the lunch dishes in French in chapter 3: the salad first breaks the tie, and the results show it winning',
    { timeout: 180_000 },
    async () => {
      const { page, answers } = await atBallot('fr', false, instantRunoff, 'lunch-ballot');
      expect(await focusedKey(page)).toBe('opt-soup');
      await page.keyboard.press('Tab');
      expect(await focusedKey(page)).toBe('opt-salad');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
      expect(await focusedKey(page)).toBe('send');
      // Enter ranks the focused dish, then the focus walks on to the next one (and round).
      const ranking = await page
        .locator('[data-ranked]')
        .evaluateAll((li) => li.map((e) => (e as HTMLElement).dataset.ranked!));
      expect(ranking).toEqual(['salad', 'fritters', 'buffet', 'soup']);
      await screenshot(page, 'player-ballot-lunch-fr');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-player-ballot]', { state: 'detached' });
      const winners = await toResults(page);
      const { runner } = playThrough(instantRunoff, [...answers, { ballot: { ranking } }]);
      expect(winners).toEqual([...(runner.election('trial')?.counted.counts[0].winners ?? [])]);
      expect(winners).toEqual(['salad']);
      await screenshot(page, 'player-ballot-lunch-results-fr');
    },
  );

  it(
    'grades the lamp’s colours with chapter 6’s mentions in French: the player’s pebble sets the medians, the results show the engine’s winner',
    { timeout: 180_000 },
    async () => {
      const { page, answers } = await atBallot('fr', false, majorityJudgment, 'lamp');
      // One group of named mentions per colour, best first: from « Excellent » down to « À rejeter ».
      expect(
        await page
          .locator('[data-option="white"] [data-mention]')
          .evaluateAll((r) => r.map((e) => (e as HTMLElement).dataset.mention)),
      ).toEqual(['Excellent', 'Très bien', 'Bien', 'Assez bien', 'Passable', 'Insuffisant', 'À rejeter']);
      expect(await page.locator('#pb-how').innerText()).toBe('Donne une mention à chaque option.');
      await page.locator('[data-key="g-white-2"]').check();
      await page.locator('[data-key="g-red-3"]').check();
      await page.locator('[data-key="g-green-6"]').check();
      await page.waitForSelector('[data-graded="3"]');
      await screenshot(page, 'player-ballot-grades-fr');
      await page.locator('[data-player-ballot] [data-action="send"]').click();
      await page.waitForSelector('[data-player-ballot]', { state: 'detached' });
      const winners = await toResults(page);
      const ballot = { ballot: { grades: { white: 2, red: 3, green: 6 } } };
      const { runner } = playThrough(majorityJudgment, [...answers, ballot]);
      expect(winners).toEqual([...(runner.election('lamp-colour')?.counted.counts[0].winners ?? [])].sort());
      expect(winners).toEqual(['green']);
      await screenshot(page, 'player-ballot-grades-results-fr');
    },
  );

  it(
    'grades the four stalls of chapter 5 with the arrow keys alone in French; the real vote shows the engine’s winner',
    { timeout: 180_000 },
    async () => {
      const { page, answers } = await atBallot('fr', false, approveAndGrade, 'nacre-grades');
      expect(await page.locator('[data-player-ballot]').getAttribute('data-ballot-kind')).toBe('grades');
      expect(await page.locator('[data-player-ballot] h2').innerText()).toBe(
        'Quelle note, de 0 à 5, donnes-tu à chaque stand\u00a0?',
      );
      // One group of grades per stall, in the ballot's order; the focus starts on the first grade of the first one.
      const order = await page
        .locator('[data-player-ballot] [data-option="music"] input')
        .evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
      expect(await focusedKey(page)).toBe(`g-music-${order[0]}`);
      const wanted: [string, number][] = [
        ['music', 3],
        ['lights', 1],
        ['hats', 5],
        ['tea', 3],
      ];
      for (const [i, [id, grade]] of wanted.entries()) {
        if (i > 0) await page.keyboard.press('Tab');
        // Arrows walk the group in its order (and check what they reach); Space checks the first.
        const steps = order.indexOf(grade);
        if (steps === 0) await page.keyboard.press('Space');
        for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowRight');
        expect(await focusedKey(page)).toBe(`g-${id}-${grade}`);
      }
      await page.waitForSelector('[data-graded="4"]');
      const checked = await page
        .locator('[data-player-ballot] input:checked')
        .evaluateAll((inputs) => inputs.map((i) => `${i.getAttribute('name')}=${(i as HTMLInputElement).value}`));
      expect(checked).toHaveLength(4);
      await screenshot(page, 'player-ballot-stalls-fr');
      await tabTo(page, 'send');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-player-ballot]', { state: 'detached' });
      const ballot = { ballot: { grades: { music: 3, lights: 1, hats: 5, tea: 3 } } };
      const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), StorageKey.save);
      expect(saved.state.run.answers.at(-1)).toEqual(ballot);
      const winners = await toResults(page);
      const { runner } = playThrough(approveAndGrade, [...answers, ballot]);
      expect(winners).toEqual([...(runner.election('real')?.counted.counts[0].winners ?? [])].sort());
      // The krill lead by one point; these grades put the hats four above the lights.
      expect(winners).toEqual(['hats']);
      await screenshot(page, 'player-ballot-stalls-results-fr');
    },
  );

  /** How the card sits in the window: whether it scrolls, and where its send button is. */
  const cardFit = (page: Page) =>
    page.locator('[data-player-ballot] .cr-card').evaluate((card) => {
      const send = card.querySelector('[data-action="send"]')!.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      return {
        scrolls: card.scrollHeight > card.clientHeight + 1,
        cardInside: box.top >= 0 && box.bottom <= window.innerHeight,
        sendInside: send.top >= box.top && send.bottom <= Math.min(box.bottom, window.innerHeight),
      };
    });

  it(
    'shows chapter 5’s grades card whole at 1280×720 and 1920×1080, send button included, asking for « une note »',
    { timeout: 180_000 },
    async () => {
      const { page } = await atBallot('fr', false, approveAndGrade, 'nacre-grades', { width: 1280, height: 720 });
      expect(await page.locator('#pb-how').innerText()).toBe('Donne une note à chaque option.');
      await page.locator('[data-key="g-music-3"]').check();
      await page.waitForSelector('[data-graded="1"]');
      expect(await page.locator('[data-graded]').innerText()).toBe('Notes données\u00a0: 1 sur 4');
      await screenshot(page, 'player-ballot-fit-1280-fr');
      expect(await cardFit(page)).toEqual({ scrolls: false, cardInside: true, sendInside: true });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.waitForFunction(() => window.innerWidth === 1920);
      await screenshot(page, 'player-ballot-fit-1920-fr');
      expect(await cardFit(page)).toEqual({ scrolls: false, cardInside: true, sendInside: true });
      // On an upright phone the card scrolls in its own panel: the send button is reached there.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForFunction(() => window.innerWidth === 390);
      await page.locator('[data-player-ballot] [data-action="send"]').scrollIntoViewIfNeeded();
      expect((await cardFit(page)).sendInside).toBe(true);
      await screenshot(page, 'player-ballot-fit-phone-fr');
      // An incomplete ballot asks before it goes in, in the same words.
      await page.locator('[data-player-ballot] [data-action="send"]').click();
      expect(await page.locator('#pb-confirm-q').innerText()).toBe(
        'Options sans note\u00a0: 3. Elles recevront 0. Glisser ton bulletin quand même\u00a0?',
      );
    },
  );

  it(
    'asks for a score, not a grade, on chapter 7’s STAR card in English, and it fits 1280×720',
    { timeout: 180_000 },
    async () => {
      const { page } = await atBallot('en', false, star, 'nacre-grades');
      expect(await page.locator('#pb-how').innerText()).toBe('Give each option a score.');
      expect(await page.locator('[data-graded]').innerText()).toBe('Scores given: 0 of 3');
      await screenshot(page, 'player-ballot-star-en');
      expect(await cardFit(page)).toEqual({ scrolls: false, cardInside: true, sendInside: true });
    },
  );
});

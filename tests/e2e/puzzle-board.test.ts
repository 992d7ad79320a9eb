/**
 * The "change at most k ballots" puzzle played on the box itself, in a real browser: a saved run
 * stops at chapter 2's puzzle, the player picks the lagoon prawns' row, moves Maïa up, asks for
 * two ballots, sees the recount at once, keeps the change and confirms — keys only — and the
 * runner's verdict is said. Also checked: the box is a table (not a text menu) with the goal
 * shown, and it fits a phone with 44 px targets.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, openResumed } from './chapter-run.ts';
import { live, waitForFocus } from './game.ts';

const twoRounds = loadChapter('chapter-2-two-rounds');
const pointsAndDuels = loadChapter('chapter-4-points-and-duels');

const session = browserPerFile();

async function atPuzzle(
  lang: 'fr' | 'en',
  viewport?: { width: number; height: number },
  chapter = twoRounds,
  kind = 'change-ballots',
  ready = '[data-puzzle-board] [data-recount]',
): Promise<Page> {
  const run = answersUntil(chapter, { input: (step) => step.type === 'puzzle' && step.goal.kind === kind });
  const page = await openResumed(session, chapter, run, lang, inject('baseURL'), viewport ? { viewport } : {});
  await page.waitForSelector(ready);
  return page;
}

const board = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.board);

/** Tab forward until the focus is on the board's control `key`, at most `max` times. */
async function tabTo(page: Page, key: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await board(page)) === key) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the focus never reached ${key} (it is on ${await board(page)})`);
}

const recount = (page: Page) =>
  page.locator('[data-recount]').evaluate((e) => ({
    solved: (e as HTMLElement).dataset.solved,
    winners: (e as HTMLElement).dataset.winners,
    changed: (e as HTMLElement).dataset.changed,
  }));

describe('a ballot puzzle played on the box', () => {
  it(
    'is solved with the keyboard alone: a row picked, Maïa moved up on two ballots, the recount seen at once, then confirmed',
    { timeout: 120_000 },
    async () => {
      const page = await atPuzzle('fr');
      // The box is a table of ballots, with the goal and the recount before any change.
      expect(await page.locator('[data-puzzle-board] tbody tr').count()).toBeGreaterThan(3);
      const before = await recount(page);
      expect(before).toMatchObject({ solved: 'false', changed: '0' });
      expect(before.winners).not.toBe('maia');
      expect(await board(page)).toMatch(/^pick:/);
      await screenshot(page, 'puzzle-board-fr');
      await tabTo(page, 'pick:lagoon-prawns');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-board-editor="lagoon-prawns"]');
      await tabTo(page, 'up:maia');
      await page.keyboard.press('Enter');
      // One ballot changed: recounted at once, not enough.
      await page.waitForSelector('[data-recount][data-changed="1"]');
      expect(await recount(page)).toMatchObject({ solved: 'false' });
      expect(await page.locator('[data-board-editor] ol li').first().getAttribute('data-option')).toBe('maia');
      await tabTo(page, 'more1');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-recount][data-changed="2"]');
      expect(await recount(page)).toMatchObject({ solved: 'true', winners: 'maia' });
      await screenshot(page, 'puzzle-board-editing-fr');
      await tabTo(page, 'keep');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-change="lagoon-prawns"]');
      expect(await board(page)).toBe('submit');
      await page.keyboard.press('Enter');
      // The board leaves; the puzzle's speaker says the engine's verdict.
      await waitForFocus(page, 'dialogue.next');
      expect(await page.locator('[data-puzzle-board]').count()).toBe(0);
      expect(await live(page)).toContain('✓');
    },
  );

  it(
    'fits a phone in English: every target at least 44 px, nothing wider than the screen',
    { timeout: 120_000 },
    async () => {
      const page = await atPuzzle('en', { width: 390, height: 844 });
      await page.locator('[data-board^="pick:"]').first().press('Enter');
      await page.waitForSelector('[data-board-editor]');
      await screenshot(page, 'puzzle-board-phone-en');
      const small = await page
        .locator('[data-puzzle-board] button:visible')
        .evaluateAll(
          (buttons) =>
            buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
        );
      expect(small).toBe(0);
      const tooWide = await page
        .locator('[data-puzzle-board] .cr-card')
        .evaluate((card) => card.getBoundingClientRect().right > window.innerWidth);
      expect(tooWide).toBe(false);
      expect(await page.locator('[data-puzzle-board] h3').first().innerText()).toMatch(/Recount/);
    },
  );

  it(
    'shows the clone puzzle with what one needs to reason: the ballots with the proposals, the count before, who is a clone of whom',
    { timeout: 120_000 },
    async () => {
      const page = await atPuzzle('fr', undefined, pointsAndDuels, 'add-spoiler', '[data-spoiler-puzzle] [data-clone]');
      const clones = await page
        .locator('[data-clone]')
        .evaluateAll((items) =>
          items.map((i) => `${(i as HTMLElement).dataset.clone}:${(i as HTMLElement).dataset.twin}`),
        );
      expect(clones).toEqual(['night:dive', 'shells:hunt', 'sculpt:']);
      expect(await page.locator('[data-spoiler-puzzle] tbody tr').count()).toBeGreaterThan(3);
      expect(await page.locator('[data-spoiler-puzzle] tbody [data-proposal]').count()).toBeGreaterThan(0);
      await screenshot(page, 'puzzle-clones-fr');
      // The focus is on the first proposal, the moonlit dive: Enter adds it, and the engine says it spoils Borda.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.proposalPick)).toBe(
        'night',
      );
      await page.keyboard.press('Enter');
      await waitForFocus(page, 'dialogue.next');
      expect(await page.locator('[data-spoiler-puzzle]').count()).toBe(0);
      expect(await live(page)).toContain('✓');
    },
  );
});

/**
 * Chapter 3 played in a real browser at its rally: the player's answer to Gamba persuades the
 * twins (or not), and the real vote that follows, counted by the engine on the same electorate,
 * shows a different winner on the results screen — salad after the persuasion, soup without.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, openResumed, type Stop } from './chapter-run.ts';
import { beat, pressAndWait, resultsShown, waitForFocus } from './game.ts';

const chapter = loadChapter('chapter-3-instant-runoff');

/** The rally choice: the input that offers to help it. */
const atRally: Stop = { input: (_, pending) => (pending.options as readonly string[]).includes('s4.rally.help') };

const session = browserPerFile();

/** Answers the rally with its choice number `n`, then reads on (keys only) to the next results screen. */
async function rallyThenVote(n: 1 | 2): Promise<{ page: Page; irv: string[] }> {
  const page = await openResumed(session, chapter, answersUntil(chapter, atRally), 'fr', inject('baseURL'));
  await waitForFocus(page, 'choice.1');
  if (n === 2) await page.keyboard.press('ArrowDown');
  await waitForFocus(page, `choice.${n}`);
  await page.keyboard.press('Enter');
  // Lines, then the election's count scenes, until its results.
  for (let i = 0; i < 300 && (await page.locator('[data-control^="results.method."]').count()) === 0; i++) {
    await pressAndWait(page);
  }
  expect((await beat(page)).startsWith('results'), await beat(page)).toBe(true);
  const shown = await resultsShown(page);
  return { page, irv: shown.find((o) => o.method === 'irv')?.winners ?? [] };
}

describe('persuasion in chapter 3, played in the browser', () => {
  it('helping the rally persuades the twins, and the engine then elects the salad', { timeout: 180_000 }, async () => {
    const { page, irv } = await rallyThenVote(1);
    await screenshot(page, 'persuasion-rally-results-fr');
    expect(irv).toEqual(['salad']);
  });

  it('refusing leaves the twins as they were, and the same vote elects the soup', { timeout: 180_000 }, async () => {
    const { irv } = await rallyThenVote(2);
    expect(irv).toEqual(['soup']);
  });
});

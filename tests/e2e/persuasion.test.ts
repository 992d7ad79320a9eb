/**
 * Chapter 3 played in a real browser at its rally: the player's answer to Gamba persuades the
 * twins (or not), and the real vote that follows, counted by the engine on the same electorate,
 * shows a different winner on the results screen — salad after the persuasion, soup without.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { beat, pressAndWait, resultsShown, resumeChapter, waitForFocus } from './game.ts';
import { ScenarioPlayer } from '../../src/present/flow/player.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Answer } from '../../src/scenario/runner.ts';

const chapter = loadScenarioText(readFileSync('scenarios/chapter-3-instant-runoff.json', 'utf8')).scenario!;

/** The answers up to the rally choice (first answers; the next on a retry), and where its input stands. */
function runToRally(): { answers: Answer[]; cursor: number } {
  const answers: Answer[] = [];
  const player = ScenarioPlayer.start(chapter, {
    recordAnswer: (a) => void answers.push(a),
    saveBookmark: () => undefined,
  });
  const tries = new Map<number, number>();
  for (let b = player.current(); b.kind !== 'finished'; b = player.current()) {
    if (b.kind === 'entry') {
      player.next();
      continue;
    }
    if ((b.pending.options as readonly string[]).includes('s4.rally.help'))
      return { answers, cursor: player.runner.transcript.length };
    const k = tries.get(b.pending.step) ?? 0;
    tries.set(b.pending.step, k + 1);
    player.answer((k % b.pending.options.length) + 1);
  }
  throw new Error('no rally choice in chapter 3');
}

const session = browserPerFile();
const pages = session.pages;

/** Answers the rally with its choice number `n`, then reads on (keys only) to the next results screen. */
async function rallyThenVote(n: 1 | 2): Promise<{ page: Page; irv: string[] }> {
  const { answers, cursor } = runToRally();
  const guarded = await openPage(session.browser, inject('baseURL'), { locale: 'fr-FR' });
  pages.push(guarded);
  const { page } = guarded;
  await resumeChapter(page, guarded.context, {
    scenario: chapter.id,
    answers,
    cursor,
    lang: 'fr',
    url: inject('baseURL'),
  });
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

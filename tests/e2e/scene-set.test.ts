/**
 * The scene matches the fiction, in a real browser: chapter 1's real vote happens at sunset (the
 * dialogue draws the sky, the conch and pebbles stand on the sand), and its votes drop pebbles into
 * the conch — the trial at noon in daylight; the arrival on the beach has nothing on the sand.
 * The story is resumed from a save whose bookmark sits on the scene's move or the vote itself.
 * The results stand where the vote was cast, in its light: the beach for the urn's name, the
 * council's rocks at sunset for the shelter (not the underwater backdrop of every count).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, openResumed } from './chapter-run.ts';
import { enterUntil, waitForProbe, waitForScene } from './game.ts';
import type { Entry } from '../../src/scenario/entries.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';

const firstVote = loadChapter('chapter-1-first-vote');
const twoRounds = loadChapter('chapter-2-two-rounds');

const session = browserPerFile();

/** The game resumed with the story just before the first entry `wanted` picks. */
const resumeAt = (chapter: ScenarioData, lang: 'fr' | 'en', wanted: (e: Entry) => boolean): Promise<Page> =>
  openResumed(session, chapter, answersUntil(chapter, { entry: wanted }), lang, inject('baseURL'));

const isMove = (place: string, time?: string) => (e: Entry) =>
  e.type === 'move' && e.place === place && (time === undefined || e.time === time);

describe('the scene as the chapter tells it', () => {
  it('draws chapter 1’s real vote at sunset, the conch and pebbles on the sand, and says so', async () => {
    const page = await resumeAt(firstVote, 'fr', isMove('reef-council', 'sunset'));
    await waitForProbe(page, 'sceneLight', 'sunset');
    expect(await waitForProbe(page, 'sceneProps', /./)).toBe('conch,pebbles');
    await screenshot(page, 'scene-sunset-fr');
  });

  it('drops chapter 1’s trial pebbles into the conch at noon, in daylight (English)', async () => {
    const page = await resumeAt(firstVote, 'en', (e) => e.type === 'election' && e.election === 'trial');
    await waitForScene(page, 'election');
    expect(await waitForProbe(page, 'ballotLook', /./)).toBe('conch');
    expect(await waitForProbe(page, 'sceneLight', /./)).toBe('day');
    await waitForProbe(page, 'cast', 'done');
    await screenshot(page, 'scene-conch-day-en');
  });

  it('casts the real vote as pebbles into the conch under the sunset sky', async () => {
    const page = await resumeAt(firstVote, 'fr', (e) => e.type === 'election' && e.election.startsWith('final-'));
    await waitForScene(page, 'election');
    expect(await waitForProbe(page, 'ballotLook', /./)).toBe('conch');
    expect(await waitForProbe(page, 'sceneLight', /./)).toBe('sunset');
    await waitForProbe(page, 'cast', 'done');
    await screenshot(page, 'scene-conch-sunset-fr');
  });

  it('recounts yesterday’s pebbles in the conch on chapter 2’s morning, not papers in a box', async () => {
    const page = await resumeAt(twoRounds, 'fr', (e) => e.type === 'election' && e.election === 'shelter-replay');
    await waitForScene(page, 'election');
    expect(await waitForProbe(page, 'ballotLook', /./)).toBe('conch');
    await waitForProbe(page, 'cast', 'done');
    await screenshot(page, 'scene-conch-replay-fr');
  });

  it('recounts the speaker’s pebbles for chapter 2’s runoff: the conch stands full (English)', async () => {
    const page = await resumeAt(twoRounds, 'en', (e) => e.type === 'election' && e.election === 'runoff');
    await waitForScene(page, 'election');
    expect(await waitForProbe(page, 'electionBox', /./)).toBe('recount');
    expect(await waitForProbe(page, 'ballotLook', /./)).toBe('conch');
    await screenshot(page, 'scene-conch-runoff-en');
  });

  it('draws a plain day with nothing on the sand before the conch comes (chapter 1’s arrival)', async () => {
    const page = await resumeAt(firstVote, 'en', isMove('beach'));
    await waitForProbe(page, 'sceneLight', 'day');
    expect(await waitForProbe(page, 'sceneProps', /^.*$/)).toBe('');
    await screenshot(page, 'scene-day-en');
  });

  /** From the vote, Enter until the results are drawn; then where they stand. */
  async function resultsBackdrop(page: Page): Promise<string | undefined> {
    await waitForScene(page, 'election');
    await enterUntil(page, async () => (await page.locator('[data-control^="results.method."]').count()) > 0);
    return waitForProbe(page, 'resultsBackdrop', /./);
  }

  it('shows the results of the urn’s name on the beach where the pebbles were cast, in daylight (French)', async () => {
    const page = await resumeAt(firstVote, 'fr', (e) => e.type === 'election' && e.election === 'naming');
    expect(await resultsBackdrop(page)).toBe('beach:day');
    await screenshot(page, 'results-beach-fr');
  });

  it('shows the results of the real vote on the council’s rocks under the sunset (English)', async () => {
    const page = await resumeAt(firstVote, 'en', (e) => e.type === 'election' && e.election.startsWith('final-'));
    expect(await resultsBackdrop(page)).toBe('reef-council:sunset');
    await screenshot(page, 'results-sunset-en');
  });
});

/**
 * The journey's decisions that the scenes ask (journey.ts): the story's next screen for the
 * dialogue, the coast a chapter stands on, leaving the results, and the ways on from the end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { afterResults, coastScreen, Journey } from './journey.ts';
import { endChoices, storyScreen } from './story.ts';
import { ScenarioPlayer } from './player.ts';
import { placeOnMap } from './world.ts';

const chapter1 = loadScenarioText(readFileSync('scenarios/chapter-1-first-vote.json', 'utf8')).scenario as ScenarioData;
const quiet = { recordAnswer: () => undefined, saveBookmark: () => undefined };

/** Goes on through the story (first answer at each input) until its screen is an election. */
function toElection(player: ScenarioPlayer): void {
  for (let i = 0; i < 500; i++) {
    const screen = storyScreen(player);
    if (screen.kind === 'election') return;
    if (screen.kind === 'end') throw new Error('the chapter ended before an election');
    if (screen.kind === 'input') player.answer(screen.pending.options.length > 0 ? 1 : 0);
    else player.next();
  }
  throw new Error('no election within 500 actions');
}

describe('the journey’s decisions for the scenes', () => {
  it('says the player’s beats as the dialogue’s screens: an election opens the count scenes', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    const first = storyScreen(player);
    expect(first.kind).toBe('beat');
    if (first.kind === 'beat') expect(first.entry).toBe(player.runner.transcript[0]);
    toElection(player);
    const screen = storyScreen(player);
    expect(screen.kind).toBe('election');
    if (screen.kind === 'election') expect(screen.entry.counted.counts.length).toBeGreaterThan(0);
  });

  it('puts the coast where the story last moved (its default place before any move)', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    expect(coastScreen(player)).toEqual({ kind: 'coast', place: placeOnMap(undefined) });
    toElection(player);
    const move = player.lastMove();
    expect(move).toBeDefined();
    expect(coastScreen(player)).toEqual({ kind: 'coast', place: placeOnMap(move?.place) });
  });

  it('leaving the results moves the story past the election once, never past a line it has not shown', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    toElection(player);
    const at = player.position;
    expect(afterResults(player).kind).toBe('coast');
    expect(player.position).toBe(at + 1);
    expect(storyScreen(player).kind).not.toBe('election');
    // The results left again (a second click, a stale count place): the story stays where it is.
    const now = player.position;
    afterResults(player);
    expect(player.position).toBe(now);
  });

  it('offers the game’s next chapter after a game chapter, never after a teacher’s file', () => {
    expect(endChoices({ origin: 'game', number: 3 })).toEqual({ next: 4, coast: true, title: true });
    expect(endChoices({ origin: 'file', number: 3 })).toEqual({ coast: true, title: true });
    expect(endChoices({ origin: 'game' })).toEqual({ coast: true, title: true });
  });

  it('ends a journey with the ways on the end menu offers: chapter 1 leads to chapter 2, a file to none', () => {
    // Each answer in turn at a question asked again (as journey.test.ts plays), so a quiz is passed.
    const ends = (journey: Journey): unknown => {
      const asked = new Map<number, number>();
      for (let i = 0; i < 5000 && journey.current.kind !== 'end'; i++) {
        const now = journey.current;
        if (now.kind !== 'input') journey.next();
        else {
          const times = asked.get(now.pending.step) ?? 0;
          asked.set(now.pending.step, times + 1);
          const n = now.pending.options.length;
          journey.answer(n > 0 ? (times % n) + 1 : 0);
        }
      }
      return journey.current;
    };
    expect(ends(new Journey(chapter1))).toMatchObject({ kind: 'end', choices: { next: 2, coast: true, title: true } });
    const file = ends(new Journey(chapter1, 'file')) as { choices?: { next?: number } };
    expect(file).toMatchObject({ kind: 'end', choices: { coast: true, title: true } });
    expect(file.choices?.next).toBeUndefined();
  });
});

/**
 * The dialogue's flow in Node: each action of the player moves the story as the scene expects
 * (a beat on, an answer in, an election left once), and an action that does not fit the
 * screen changes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { ScenarioPlayer } from './player.ts';
import { actOnStory, beatEndsBy, storyScreen } from './story.ts';

const chapter1 = loadScenarioText(readFileSync('scenarios/chapter-1-first-vote.json', 'utf8')).scenario as ScenarioData;
const quiet = { recordAnswer: () => undefined, saveBookmark: () => undefined };

/** Acts as a player would until the screen is of `kind` (first answer at each input). */
function until(player: ScenarioPlayer, kind: 'input' | 'election'): void {
  for (let i = 0; i < 500; i++) {
    const screen = storyScreen(player);
    if (screen.kind === kind) return;
    if (screen.kind === 'end') throw new Error(`the chapter ended before a screen of kind ${kind}`);
    if (screen.kind === 'input')
      actOnStory(player, { kind: 'answer', answer: screen.pending.options.length > 0 ? 1 : 0 });
    else actOnStory(player, { kind: screen.kind === 'election' ? 'leaveElection' : 'next' });
  }
  throw new Error(`no screen of kind ${kind} within 500 actions`);
}

describe('the dialogue’s flow', () => {
  it('goes one beat on at each "next", and says the screen that comes up', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    const first = storyScreen(player);
    expect(first.kind).toBe('beat');
    const step = actOnStory(player, { kind: 'next' });
    expect(player.position).toBeGreaterThan(0);
    expect(step.screen).toEqual(storyScreen(player));
    expect(step.outcome).toBeUndefined();
  });

  it('takes an answer only at an input, and a "next" there changes nothing', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    const early = actOnStory(player, { kind: 'answer', answer: 1 });
    expect(early.outcome).toEqual({ accepted: false, key: 'scenario.answer.notWaiting' });
    expect(player.answerCount).toBe(0);
    until(player, 'input');
    const at = player.position;
    expect(actOnStory(player, { kind: 'next' }).screen.kind).toBe('input');
    expect(player.position).toBe(at);
    const answered = actOnStory(player, { kind: 'answer', answer: 1 });
    expect(answered.outcome?.accepted).toBe(true);
    expect(player.answerCount).toBe(1);
  });

  it('a refused answer leaves the input up and says why', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    until(player, 'input');
    const screen = storyScreen(player);
    if (screen.kind !== 'input') throw new Error('no input');
    const refused = actOnStory(player, { kind: 'answer', answer: screen.pending.options.length + 5 });
    expect(refused.outcome?.accepted).toBe(false);
    expect(refused.outcome?.key).toBeTruthy();
    expect(refused.screen.kind).toBe('input');
    expect(player.answerCount).toBe(0);
  });

  it('"next" does not pass an election: only leaving its results does, once', () => {
    const player = ScenarioPlayer.start(chapter1, quiet);
    until(player, 'election');
    const at = player.position;
    expect(actOnStory(player, { kind: 'next' }).screen.kind).toBe('election');
    expect(player.position).toBe(at);
    expect(actOnStory(player, { kind: 'leaveElection' }).screen.kind).not.toBe('election');
    expect(player.position).toBe(at + 1);
    actOnStory(player, { kind: 'leaveElection' });
    expect(player.position).toBe(at + 1);
  });

  it('a move goes on by itself once drawn; every other beat waits for the player', () => {
    const kinds = new Map<string, string>();
    for (const e of chapter1Entries()) kinds.set(e.type, beatEndsBy(e));
    expect(kinds.get('move')).toBe('itself');
    expect(kinds.get('say')).toBe('player');
  });
});

function chapter1Entries(): ScenarioPlayer['runner']['transcript'] {
  const player = ScenarioPlayer.start(chapter1, quiet);
  until(player, 'election');
  return player.runner.transcript;
}

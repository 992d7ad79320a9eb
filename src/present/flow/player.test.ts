import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import type { Answer } from '../../scenario/runner.ts';
import { ScenarioPlayer, type Bookmark, type PlayerSink } from './player.ts';

const scenario = loadScenarioText(readFileSync('scenarios/chapter-1-first-vote.json', 'utf8')).scenario!;

function recorder(): PlayerSink & { answers: Answer[]; bookmark?: Bookmark } {
  const sink: PlayerSink & { answers: Answer[]; bookmark?: Bookmark } = {
    answers: [],
    recordAnswer: (a) => void sink.answers.push(a),
    saveBookmark: (b) => void (sink.bookmark = b),
  };
  return sink;
}

/** Plays like a player who takes the first option, then the next one when asked again (a quiz to retry). */
function playFor(player: ScenarioPlayer, beats: number): string[] {
  const seen: string[] = [];
  const tries = new Map<number, number>();
  for (let i = 0; i < beats; i++) {
    const beat = player.current();
    if (beat.kind === 'finished') break;
    if (beat.kind === 'input') {
      seen.push(`input:${beat.pending.kind}`);
      const k = tries.get(beat.pending.step) ?? 0;
      tries.set(beat.pending.step, k + 1);
      expect(player.answer((k % beat.pending.options.length) + 1).accepted).toBe(true);
    } else {
      seen.push(`${beat.entry.type}@${beat.index}`);
      player.next();
    }
  }
  return seen;
}

describe('scenario player', () => {
  it('hands out entries one at a time, then the inputs, to the end of chapter 1', () => {
    const sink = recorder();
    const player = ScenarioPlayer.start(scenario, sink);
    const seen = playFor(player, 5000);
    expect(player.finished).toBe(true);
    expect(seen[0]).toBe('move@0');
    expect(seen.filter((s) => s.startsWith('election')).length).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatch(/^end@/);
    // Effects and the record of a choice are never shown.
    expect(seen.some((s) => s.startsWith('effect') || s.startsWith('choice'))).toBe(false);
    expect(sink.answers.length).toBeGreaterThan(3);
  });

  it('continues on the very line it was on after a reload (answers + bookmark)', () => {
    for (const stop of [1, 7, 40, 90, 150]) {
      const sink = recorder();
      const first = ScenarioPlayer.start(scenario, sink);
      playFor(first, stop);
      const { player: again, dropped } = ScenarioPlayer.restore(scenario, sink.answers, sink.bookmark, recorder());
      expect(dropped).toBe(0);
      expect(again.current()).toEqual(first.current());
      expect(again.runner.transcript).toEqual(first.runner.transcript);
    }
  });

  it('without a matching bookmark, goes back to what the last answer led to', () => {
    const sink = recorder();
    const first = ScenarioPlayer.start(scenario, sink);
    playFor(first, 60);
    first.current();
    const stale = { ...sink.bookmark!, answers: sink.bookmark!.answers + 1 };
    const { player } = ScenarioPlayer.restore(scenario, sink.answers, stale, recorder());
    const beat = player.current();
    expect(beat.kind).not.toBe('finished');
    expect(player.position).toBeLessThanOrEqual(first.position);
  });

  it('drops the answers a changed scenario no longer accepts', () => {
    const { player, dropped } = ScenarioPlayer.restore(scenario, [1, 99, 1], undefined, recorder());
    expect(dropped).toBe(2);
    expect(player.savedAnswers).toEqual([1]);
  });

  it('refuses an answer when it is not waiting for one', () => {
    const player = ScenarioPlayer.start(scenario, recorder());
    expect(player.current().kind).toBe('entry');
    expect(player.answer(1).accepted).toBe(false);
  });
});

describe('a chapter that remembers the earlier ones', () => {
  const second = loadScenarioText(readFileSync('scenarios/chapter-2-two-rounds.json', 'utf8')).scenario!;
  /** The French lines said before the first input. */
  const opening = (player: ScenarioPlayer): string[] =>
    player.runner.transcript.flatMap((e) => (e.type === 'say' ? [second.texts.fr[e.text]] : []));

  it('starts and restores with the endings the store kept, so a reload says the same', () => {
    const earlier = { 'chapter-1': 'wreck' };
    const started = ScenarioPlayer.start(second, recorder(), earlier);
    expect(opening(started).join(' ')).toMatch(/vieux navire/);
    expect(opening(ScenarioPlayer.start(second, recorder())).join(' ')).not.toMatch(/vieux navire/);
    const { player } = ScenarioPlayer.restore(second, [], undefined, recorder(), earlier);
    expect(opening(player)).toEqual(opening(started));
  });
});

/**
 * Chapter 4's evening quotes figures in words (« Treize galets sur vingt-cinq… », "thirteen to
 * twelve"): each is checked here against the engine's count of the same pebbles, in both
 * languages, so that a change of electorate cannot leave a false number in a line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { scenarioElection } from '../../src/present/bench/election.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';
import type { StepOf } from '../../src/voting/result.ts';

const file = join(import.meta.dirname, '..', '..', 'scenarios', 'chapter-4-points-and-duels.json');
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
const s: ScenarioData = loaded.scenario!;

/** The numbers these lines write in words. */
const WORDS: Record<number, { fr: string; en: string }> = {
  0: { fr: 'zéro', en: 'nothing' },
  12: { fr: 'douze', en: 'twelve' },
  13: { fr: 'treize', en: 'thirteen' },
  25: { fr: 'vingt-cinq', en: 'twenty-five' },
};

/** The election `id` counted on the chapter's electorates, as the runner counts it before any ballot of the player's. */
const counted = (id: string) => scenarioElection(s, id).entry.counted;

function stepOf(id: string, method: 'borda', key: 'borda.points'): StepOf<'borda.points'>['params'];
function stepOf(id: string, method: 'copeland', key: 'copeland.matrix'): StepOf<'copeland.matrix'>['params'];
function stepOf(id: string, method: string, key: string): unknown {
  const result = counted(id).counts.find((c) => c.method === method)!.result!;
  return result.steps.find((st) => st.key === key)!.params;
}

/** The line `key` says the number `n` (in words) in both languages. */
function says(key: string, ...numbers: number[]): void {
  for (const lang of ['fr', 'en'] as const) {
    const text = s.texts[lang][key].toLowerCase();
    for (const n of numbers) expect(text, `${key} (${lang}) should say ${n}`).toContain(WORDS[n][lang]);
  }
}

describe('chapter 4’s evening quotes the engine’s figures', () => {
  it('loads', () => expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]));

  it('twenty-five pebbles: thirteen put the rope first, the other twelve put it last', () => {
    const games = counted('games');
    expect(games.voters).toBe(25);
    says('s2.pebbles', 25);
    const { byRank } = stepOf('games', 'borda', 'borda.points');
    expect(byRank.tug[0]).toBe(13);
    says('s2.bigorne.majority', 13, 25);
    expect(byRank.tug[2]).toBe(12);
    says('s2.grisette.last', 12);
  });

  it('in duels the rope beats the hunt and the dive, thirteen to twelve each', () => {
    const { support } = stepOf('games', 'copeland', 'copeland.matrix');
    expect([support.tug.hunt, support.hunt.tug]).toEqual([13, 12]);
    expect([support.tug.dive, support.dive.tug]).toEqual([13, 12]);
    says('s2.galathee.tug', 13, 12);
    says('quiz.why.majority.feedback', 13);
  });

  it('with the twin, the dive still loses to the rope twelve to thirteen and beats its twin twenty-five to nothing', () => {
    const { support } = stepOf('twin-vote', 'copeland', 'copeland.matrix');
    expect([support.dive.tug, support.tug.dive]).toEqual([12, 13]);
    says('quiz.twin.dive.feedback', 12, 13);
    expect([support.dive.night, support.night.dive]).toEqual([25, 0]);
    says('quiz.twin.night.feedback', 25, 0);
  });

  it('the krill’s cycle: twelve pebbles, twelve points each while the player’s pebble is blank', () => {
    const { points } = stepOf('krill-points', 'borda', 'borda.points');
    expect(counted('krill').voters).toBe(12);
    expect(Object.values(points)).toEqual([12, 12, 12]);
    says('s1.points.tie', 12);
    says('s1.corail.points', 12);
  });
});

/**
 * The player's own ballot changes what the engine computes, chapter by chapter: played in Node
 * through the runner (the same answers the game stores), two different ballots give two
 * different winners of the election counted on that electorate, and the characters react to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { playThrough, type Answer } from '../../src/scenario/runner.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';
import { renderTranscript } from '../../src/scenario/transcript.ts';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');

function load(file: string): ScenarioData {
  const loaded = loadScenarioText(readFileSync(join(dir, file), 'utf8'));
  expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return loaded.scenario!;
}

/** The first answers of the default path up to the ballot step `id` (a retried question gets its next answer). */
function toBallot(s: ScenarioData, id: string): Answer[] {
  const answers: Answer[] = [];
  const tries = new Map<number, number>();
  for (;;) {
    const { runner } = playThrough(s, answers);
    const p = runner.pending;
    if (!p) throw new Error(`${s.id}: the ballot ${id} is never asked`);
    if (s.steps[p.step].id === id && p.kind === 'ballot') return answers;
    const k = tries.get(p.step) ?? 0;
    tries.set(p.step, k + 1);
    answers.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
  }
}

function played(s: ScenarioData, before: Answer[], ballot: Answer) {
  const run = playThrough(s, [...before, ballot]);
  expect(run.refused).toBeUndefined();
  return run.runner;
}

describe('chapter 1: the pebble the player carves names the ballot box', () => {
  const s = load('chapter-1-first-vote.json');
  const before = toBallot(s, 'name-vote');
  const winners = (ballot: Answer) => played(s, before, ballot).election('naming')?.counted.counts[0].winners;

  it('breaks the two-two-two tie: each name carved wins', () => {
    expect(winners({ ballot: { ranking: ['bulle'] } })).toEqual(['bulle']);
    expect(winners({ ballot: { ranking: ['echo'] } })).toEqual(['echo']);
    expect(winners({ ballot: { ranking: ['conque'] } })).toEqual(['conque']);
  });

  it('makes Archet sing the name that won and Perle react to the player’s own pebble', () => {
    const text = (ballot: Answer) => renderTranscript(s, played(s, before, ballot).transcript, 'en');
    const bubble = text({ ballot: { ranking: ['bulle'] } });
    expect(bubble).toContain('♪ Bubble, Bubble');
    expect(bubble).toContain('You voted like me!');
    const echo = text({ ballot: { ranking: ['echo'] } });
    expect(echo).toContain('♪ Madame Echo');
    expect(echo).toContain('Not Bubble?');
  });

  it('after Perle’s lobbying, only the voter taken from another name changes the count', () => {
    // The default path asks Grisette, who already carves Bulle: still two, two, two before the player's pebble.
    const lobby = before.length - 1;
    expect(s.steps[playThrough(s, before.slice(0, lobby)).runner.pending!.step].id).toBe('lobby');
    const withBigorne = [...before.slice(0, lobby), 2];
    const count = (ballot: Answer) => played(s, withBigorne, ballot).election('naming')?.counted.counts[0];
    // Bigorne carves Bulle: three for Bulle, one for the Conch, so even a Conch pebble leaves Bulle first.
    expect(count({ ballot: { ranking: ['conque'] } })?.winners).toEqual(['bulle']);
    expect(winners({ ballot: { ranking: ['conque'] } })).toEqual(['conque']);
    // An Écho pebble ties Bulle at three: the lot settles it, and Homère says so.
    const tie = played(s, withBigorne, { ballot: { ranking: ['echo'] } });
    expect(renderTranscript(s, tie.transcript, 'en')).toContain('Three for Bubble, three for Madame Echo');
    expect(renderTranscript(s, played(s, withBigorne, { ballot: { ranking: ['conque'] } }).transcript, 'en')).toContain(
      'thanks to Bigorne',
    );
  });

  it('counts a blank pebble as blank: the tie stays and the lot settles it, as Homère says', () => {
    const runner = played(s, before, { ballot: { ranking: [] } });
    const counted = runner.election('naming')?.counted.counts[0];
    expect(counted?.winners).toHaveLength(1);
    expect(renderTranscript(s, runner.transcript, 'en')).toContain('A pebble with no name!');
  });
});

describe('chapter 4: the player’s pebble breaks the krill’s perfect cycle', () => {
  const s = load('chapter-4-points-and-duels.json');
  const before = toBallot(s, 'krill-nacre');
  const winners = (ballot: Answer) => played(s, before, ballot).election('krill-points')?.counted.counts[0].winners;

  it('without it the cycle ties every game; with it, its first choice wins the points', () => {
    expect(playThrough(s, before).runner.election('krill')?.counted.counts[0].winners).toHaveLength(3);
    expect(winners({ ballot: { ranking: ['skip', 'claw', 'kite'] } })).toEqual(['skip']);
    expect(winners({ ballot: { ranking: ['kite', 'skip', 'claw'] } })).toEqual(['kite']);
    expect(winners({ ballot: { ranking: ['claw', 'kite', 'skip'] } })).toEqual(['claw']);
  });

  it('makes Kriek or Krak cheer the game the pebble chose, and says so when a blank pebble settles nothing', () => {
    const text = (ballot: Answer) => renderTranscript(s, played(s, before, ballot).transcript, 'en');
    expect(text({ ballot: { ranking: ['claw', 'kite', 'skip'] } })).toContain(
      'One more pebble and the circle is broken!',
    );
    expect(text({ ballot: { ranking: ['skip', 'claw', 'kite'] } })).toContain('Your pebble tipped the scales!');
    const blank = text({ ballot: { ranking: [] } });
    expect(blank).toContain('Your pebble settled nothing.');
    expect(blank).not.toContain('a single extra one settled it');
  });
});

describe('chapter 7: the player’s scores decide who reaches the STAR final', () => {
  const s = load('chapter-7-star.json');
  const before = toBallot(s, 'nacre-grades');
  /** The ballot, then STAR as the rule the player counts with (the question asked right after). */
  const star = (ballot: Answer) => playThrough(s, [...before, ballot, 2]).runner;
  const both = (ballot: Answer) => star(ballot).election('mural-both')?.counted.counts;
  const grades = (rainbow: number, wave: number, portrait: number): Answer => ({
    ballot: { grades: { rainbow, wave, portrait } },
  });

  it('a portrait-first ballot keeps the portrait in the final, where it wins; a wave-first one sends the wave there, and the rainbow wins', () => {
    const portrait = both(grades(3, 2, 5))!;
    expect(portrait.map((k) => k.winners)).toEqual([['rainbow'], ['portrait']]);
    const wave = both(grades(1, 5, 0))!;
    expect(wave.map((k) => k.winners)).toEqual([['rainbow'], ['rainbow']]);
  });

  it('makes Cigale announce a rainbow–wave final and Archet say the player’s scores sent his wave there', () => {
    const text = renderTranscript(s, star(grades(1, 5, 0)).transcript, 'en');
    expect(text).toContain('A final between the rainbow and the wave');
    expect(text).toContain('Your scores, Nacre, put my wave ahead of the portrait.');
    expect(renderTranscript(s, star(grades(3, 2, 5)).transcript, 'en')).not.toContain('Your scores, Nacre');
  });
});

describe('chapter 7: the advice to Bouquet’s shrimps changes the STAR final', () => {
  const s = load('chapter-7-star.json');
  const before = toBallot(s, 'nacre-grades');
  const advice = before.length - 1;
  it('the kind 3 for the wave (a persuasion) puts the wave in the final in the portrait’s place, even with a portrait-first ballot', () => {
    expect(s.steps[playThrough(s, before.slice(0, advice)).runner.pending!.step].id).toBe('advice');
    const ballot: Answer = { ballot: { grades: { rainbow: 3, wave: 2, portrait: 5 } } };
    const star = (answer: number) =>
      playThrough(s, [...before.slice(0, advice), answer, ballot, 2]).runner.election('mural-both')?.counted.counts[1]
        .winners;
    expect(star(1)).toEqual(['portrait']);
    expect(star(2)).toEqual(['rainbow']);
  });
});

describe('chapter 5: the player’s grades in the cove’s real score vote', () => {
  const s = load('chapter-5-approve-and-grade.json');
  const before = toBallot(s, 'nacre-grades');
  const grades = (music: number, lights: number, hats: number, tea: number): Answer => ({
    ballot: { grades: { music, lights, hats, tea } },
  });
  /** The real vote's sums and winners for this ballot (and these answers before it). */
  const real = (ballot: Answer, answers = before) => {
    const k = played(s, answers, ballot).election('real')!.counted.counts[0];
    return { winners: k.winners, scores: (k.result as { scores: Record<string, number> }).scores };
  };

  it('the lights lead the hats by one point: grades that put the hats two above the lights take it back', () => {
    expect(real(grades(5, 0, 0, 0)).winners).toEqual(['lights']);
    expect(real(grades(3, 5, 3, 3)).winners).toEqual(['lights']);
    expect(real(grades(3, 1, 5, 3)).winners).toEqual(['hats']);
    expect(real(grades(0, 0, 5, 0)).winners).toEqual(['hats']);
  });

  it('every figure the dialogue quotes is the engine’s', () => {
    const trial = played(s, before, grades(0, 0, 0, 0)).election('trial')!.counted.counts[0];
    const sums = (trial.result as { scores: Record<string, number> }).scores;
    const text = renderTranscript(s, played(s, before, grades(0, 0, 0, 0)).transcript, 'en');
    // Éclair: "The hats beat me by thirteen points."
    expect(sums.hats - sums.lights).toBe(13);
    expect(text).toContain('The hats beat me by thirteen points.');
    // Éclair and the krill, seven pebbles with a 2 for the hats: "fourteen points fewer", "By one point!"
    const zero = real(grades(0, 0, 0, 0)).scores;
    expect(sums.hats - zero.hats).toBe(14);
    expect(text).toContain('fourteen points fewer');
    expect(zero.lights - zero.hats).toBe(1);
    expect(text).toContain('By one point!');
    // Marée: twenty-two of thirty approve the music; Archet: four pebbles for it in the one-name vote.
    const runner = played(s, before, grades(0, 0, 0, 0));
    const approve = runner.election('approve')!.counted.counts[0].result as { scores?: Record<string, number> };
    expect(approve.scores?.music).toBe(22);
    const oneName = runner.election('one-name')!.counted.counts[0].result as { scores?: Record<string, number> };
    expect(oneName.scores?.music).toBe(4);
  });

  it('advising Éclair to keep his real grades (his 2 for the hats) gives the hats the point back', () => {
    const tempt = before.length - 1;
    expect(s.steps[playThrough(s, before.slice(0, tempt)).runner.pending!.step].id).toBe('tempt');
    const honest = [...before.slice(0, tempt), 2];
    expect(real(grades(5, 0, 0, 0), honest).winners).toEqual(['hats']);
    const text = renderTranscript(s, played(s, honest, grades(5, 0, 0, 0)).transcript, 'en');
    expect(text).toContain('That 2 counted.');
    // Nacre's ballot can still tip it back to the lights.
    expect(real(grades(0, 5, 0, 0), honest).winners).toEqual(['lights']);
  });
});

import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { rankedProfileFromOrders } from '../compact.ts';
import { createRng } from '../rng.ts';
import { MAX_REDRAWS, randomBallot } from './random-ballot.ts';
import { MAX_VOTERS } from '../limits.ts';
import { VotingError } from '../errors.ts';

describe('random-ballot', () => {
  const ballots = [
    { ranking: ['A', 'B', 'C', 'D'], count: 3 },
    { ranking: ['B', 'A', 'C', 'D'], count: 2 },
    { ranking: ['C', 'B', 'A', 'D'], count: 1 },
  ];
  const p = rankedProfile(['A', 'B', 'C', 'D'], ballots);

  it('gives exact chances without a seed: first-choice shares', () => {
    const r = randomBallot.count(p);
    expect(r.probabilities).toEqual({
      A: { num: 1, den: 2 },
      B: { num: 1, den: 3 },
      C: { num: 1, den: 6 },
      D: { num: 0, den: 1 },
    });
    // Every candidate that can be drawn; D is nobody's first choice.
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.ranking).toEqual([['A'], ['B'], ['C'], ['D']]);
    expect(r.seed).toBeUndefined();
    expect(r.steps).toEqual([
      { key: 'random-ballot.firstChoices', params: { votes: { A: 3, B: 2, C: 1, D: 0 }, voters: 6 } },
      { key: 'random-ballot.chances', params: { valid: 6, votes: { A: 3, B: 2, C: 1 } } },
    ]);
  });

  it('leaves ballots with no single first choice out of the chances (the draw is repeated)', () => {
    // A 2, B 1, one empty ballot, one overvote A = B: 3 ballots name someone.
    const q = rankedProfile(
      ['A', 'B'],
      [
        { ranking: ['A'], count: 2 },
        { ranking: ['B', 'A'], count: 1 },
        { ranking: [], count: 1 },
        { ranking: [['A', 'B']], count: 1 },
      ],
    );
    const r = randomBallot.count(q);
    expect(r.probabilities).toEqual({ A: { num: 2, den: 3 }, B: { num: 1, den: 3 } });
    expect(r.steps[1]).toEqual({ key: 'random-ballot.void', params: { empty: 1, overvotes: 1 } });
  });

  it('draws one voter with the seed: position createRng(seed).below(n) in the ballot-ordered line', () => {
    // Line (ballots in code-unit order): voters 1–3 A>B>C>D, 4–5 B>A>C>D, 6 C>B>A>D.
    for (const seed of ['classe-5B', 'crabe', 'x']) {
      const position = createRng(seed).below(6);
      const expected = position < 3 ? 'A' : position < 5 ? 'B' : 'C';
      const r = randomBallot.count(p, { seed });
      expect(r.winners).toEqual([expected]);
      expect(r.seed).toBe(seed);
      expect(r.probabilities).toBeUndefined();
      expect(r.steps.at(-2)).toEqual({ key: 'random-ballot.seed', params: { seed, voters: 6 } });
      const ballot = { A: ['A', 'B', 'C', 'D'], B: ['B', 'A', 'C', 'D'], C: ['C', 'B', 'A', 'D'] }[expected];
      expect(r.steps.at(-1)).toEqual({
        key: 'random-ballot.drawn',
        params: { voter: position + 1, ballot, winner: expected },
      });
    }
  });

  it('replays the same draw whatever the order of ballots and candidates', () => {
    const shuffled = rankedProfile(['D', 'C', 'B', 'A'], [...ballots].reverse());
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      expect(randomBallot.count(shuffled, { seed }).winners).toEqual(randomBallot.count(p, { seed }).winners);
    }
  });

  it('draws each voter equally often over many seeds', () => {
    // 3 of 6 voters put A first: over 3,000 seeds A should win about half the draws.
    let a = 0;
    for (let i = 0; i < 3000; i++) if (randomBallot.count(p, { seed: `s${i}` }).winners[0] === 'A') a++;
    expect(a).toBeGreaterThan(1350);
    expect(a).toBeLessThan(1650);
  });

  it('draws again when the drawn ballot names nobody, and shows it', () => {
    // Line: voter 1 = A (key [["A"]]), voter 2 = the empty ballot (key []).
    const q = rankedProfile(
      ['A', 'B'],
      [
        { ranking: [], count: 1 },
        { ranking: ['A'], count: 1 },
      ],
    );
    let i = 0;
    while (createRng(`r${i}`).below(2) !== 1) i++;
    const seed = `r${i}`;
    const r = randomBallot.count(q, { seed });
    expect(r.winners).toEqual(['A']);
    expect(r.steps).toContainEqual({ key: 'random-ballot.redrawEmpty', params: { voter: 2 } });
    expect(r.steps.at(-1)?.params).toMatchObject({ voter: 1, ballot: ['A'], winner: 'A' });
  });

  it('ties everyone when no ballot names a single first choice', () => {
    const q = rankedProfile(
      ['B', 'A'],
      [
        { ranking: [], count: 2 },
        { ranking: [['A', 'B']], count: 1 },
      ],
    );
    const r = randomBallot.count(q);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.probabilities).toEqual({ B: { num: 1, den: 2 }, A: { num: 1, den: 2 } });
    expect(randomBallot.count(q, { seed: 'z' }).winners).toEqual(['A', 'B']);
    expect(randomBallot.count(rankedProfile(['A', 'B'], [])).winners).toEqual(['A', 'B']);
  });

  it('handles a million voters in two ballot groups (the work is per group; the bench times it)', () => {
    const orders = new Uint8Array(3_000_000);
    for (let v = 0; v < 1_000_000; v++) orders.set(v % 4 === 0 ? [1, 0, 2] : [0, 1, 2], v * 3);
    const big = rankedProfileFromOrders(['A', 'B', 'C'], orders);
    expect([big.voters, big.counts.length]).toEqual([1_000_000, 2]);
    const r = randomBallot.count(big);
    expect(r.probabilities).toEqual({ A: { num: 3, den: 4 }, B: { num: 1, den: 4 }, C: { num: 0, den: 1 } });
    expect(r.winners).toEqual(['A', 'B']);
    const drawn = randomBallot.count(big, { seed: 'big' });
    expect(drawn.winners).toHaveLength(1);
    expect(['A', 'B']).toContain(drawn.winners[0]);
    expect(randomBallot.count(big, { seed: 'big' }).winners).toEqual(drawn.winners);
  });
});

describe('random-ballot draws a bounded number of times (docs/voting-rules.md §7.1 and §10)', () => {
  it('stops with an error after MAX_REDRAWS void draws instead of drawing for ever', () => {
    // One voter names someone among a billion empty ballots: about a billion draws before.
    const p = rankedProfile(
      ['A', 'B'],
      [
        { ranking: [], count: MAX_VOTERS - 1 },
        { ranking: ['A'], count: 1 },
      ],
    );
    let error: unknown;
    try {
      randomBallot.count(p, { seed: 'nobody' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VotingError);
    expect(error).toMatchObject({
      code: 'random-ballot.tooManyRedraws',
      params: { count: MAX_REDRAWS, valid: 1, voters: MAX_VOTERS },
    });
    // Without a seed nothing is drawn: the chances are exact.
    expect(randomBallot.count(p).probabilities).toEqual({ A: { num: 1, den: 1 }, B: { num: 0, den: 1 } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { names, rankedBallot } from './arbitraries.ts';
import { rankedFromJson } from './build.ts';
import { shape } from './test-helpers.ts';

describe('the fast builder gives what rankedProfile gives', () => {
  it('on random ballots with ties, truncation, empty ballots and repeats', () => {
    fc.assert(
      fc.property(
        names(7).chain((candidates) =>
          fc.tuple(fc.constant(candidates), fc.array(rankedBallot(candidates), { maxLength: 30 })),
        ),
        ([candidates, ballots]) => {
          // Repeat some ballots so that groups merge.
          const all = [...ballots, ...ballots.slice(0, 3)];
          expect(shape(rankedFromJson(candidates, all))).toEqual(shape(rankedProfile(candidates, all)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges equal ranks written in any order and drops empty shared ranks', () => {
    const ballots = [
      { ranking: [['B', 'A'], [], 'C'], count: 2 },
      { ranking: [['A', 'B'], 'C'], count: 3 },
    ];
    const fast = rankedFromJson(['A', 'B', 'C'], ballots);
    expect(shape(fast)).toEqual(shape(rankedProfile(['A', 'B', 'C'], ballots)));
    expect(Array.from(fast.counts)).toEqual([5]);
  });

  it('throws the engine error, with its path, on a bad ballot', () => {
    const bad = [
      [
        { ranking: ['A'], count: 1 },
        { ranking: ['A', 'Z'], count: 1 },
      ],
      [{ ranking: ['A', ['B', 'A']], count: 1 }],
      [{ ranking: ['A'], count: 0 }],
      [{ ranking: 'A', count: 1 }],
      [{ ranking: [3], count: 1 }],
      [null],
      [
        { ranking: ['A'], count: Number.MAX_SAFE_INTEGER },
        { ranking: ['B'], count: 2 },
      ],
    ];
    for (const ballots of bad) {
      let engine: VotingError | undefined;
      try {
        rankedProfile(['A', 'B'], ballots as never);
      } catch (error) {
        engine = error as VotingError;
      }
      expect(engine).toBeInstanceOf(VotingError);
      expect(() => rankedFromJson(['A', 'B'], ballots)).toThrow(engine?.message);
    }
  });
});

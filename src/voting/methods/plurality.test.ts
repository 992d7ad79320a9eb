import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { restrictedFirstChoices } from '../testing/reference.ts';
import { plurality } from './plurality.ts';

const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('plurality', () => {
  it('counts first choices only', () => {
    // First choices: A 3, B 2 + 2 = 4, C 0; later choices do not count.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'A', 'C'], count: 2 },
        { ranking: ['B', 'C', 'A'], count: 2 },
      ],
    );
    const r = plurality.count(p);
    expect(r.winners).toEqual(['B']);
    expect(r.scores).toEqual({ A: 3, B: 4, C: 0 });
    expect(r.ranking).toEqual([['B'], ['A'], ['C']]);
    expect(r.steps.map((s) => s.key)).toEqual(['plurality.tally', 'plurality.winners']);
    expect(paramsOf(r, 'plurality.tally')[0]).toEqual({ votes: { B: 4, A: 3, C: 0 }, exhausted: 0, overvotes: 0 });
    expect(paramsOf(r, 'plurality.winners')[0]).toEqual({ winners: ['B'], count: 1, votes: 4 });
  });

  it('keeps ties', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['C', 'A', 'B'], count: 2 },
        { ranking: ['A', 'C', 'B'], count: 2 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    const r = plurality.count(p);
    expect(r.winners).toEqual(['A', 'C']);
    expect(r.tie).toEqual({ tied: ['A', 'C'], places: 1 });
    expect(r.ranking).toEqual([['A', 'C'], ['B']]);
  });

  it('section 5: an overvote at the top and an empty ballot count for nobody; truncation is fine', () => {
    // [A] 2, [B, A] 1, [[A, B], C] 2 (overvote), [] 1: A 2, B 1, C 0.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 2 },
        { ranking: ['B', 'A'], count: 1 },
        { ranking: [['A', 'B'], 'C'], count: 2 },
        { ranking: [], count: 1 },
      ],
    );
    const r = plurality.count(p);
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 2, B: 1, C: 0 });
    expect(r.steps.map((s) => s.key)).toEqual([
      'plurality.tally',
      'plurality.empty',
      'plurality.overvotes',
      'plurality.winners',
    ]);
    expect(paramsOf(r, 'plurality.empty')[0]).toEqual({ count: 1 });
    expect(paramsOf(r, 'plurality.overvotes')[0]).toEqual({ count: 2 });
  });

  it('nobody supported: everyone ties at 0', () => {
    const r = plurality.count(rankedProfile(['A', 'B'], [{ ranking: [['A', 'B']], count: 2 }]));
    expect(r.winners).toEqual(['A', 'B']);
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        expect(plurality.count(rankedProfile(candidates, ballots)).winners).toEqual(
          naivePlurality(candidates, ballots),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** First choices with every candidate continuing: an overvote or an empty ballot counts for nobody. */
function naivePlurality(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const tally = restrictedFirstChoices(new Set(candidates), ballots).votes;
  const max = Math.max(...tally.values());
  return candidates.filter((c) => tally.get(c) === max).sort();
}

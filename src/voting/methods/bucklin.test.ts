import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { bucklin } from './bucklin.ts';

const keys = (r: { steps: readonly { key: string }[] }) => r.steps.map((s) => s.key);
const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('bucklin', () => {
  it('spec example: B has the greatest count at k = 2, not everyone reaching q', () => {
    // 2 B>A>C, 1 A>C>B, 2 C>B>A; q = 3. k = 1: B 2, C 2, A 1. k = 2: B 4, A 3, C 3.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['B', 'A', 'C'], count: 2 },
        { ranking: ['A', 'C', 'B'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 2 },
      ],
    );
    const r = bucklin.count(p);
    expect(r.winners).toEqual(['B']);
    expect(keys(r)).toEqual(['bucklin.quota', 'bucklin.round', 'bucklin.round', 'bucklin.reached', 'bucklin.winners']);
    expect(paramsOf(r, 'bucklin.quota')[0]).toEqual({ quota: 3, voters: 5 });
    expect(paramsOf(r, 'bucklin.round').map((s) => s.votes)).toEqual([
      { B: 2, C: 2, A: 1 },
      { B: 4, A: 3, C: 3 },
    ]);
    expect(paramsOf(r, 'bucklin.reached')[0]).toEqual({ round: 2, reached: ['A', 'B', 'C'], count: 3, quota: 3 });
    expect(paramsOf(r, 'bucklin.winners')[0]).toEqual({ round: 2, winners: ['B'], count: 1, votes: 4 });
    expect(r.ranking).toEqual([['B'], ['A', 'C']]);
    expect(r.scores).toEqual({ A: 3, B: 4, C: 3 });
  });

  it('a first-round majority decides at k = 1', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
      ],
    );
    const r = bucklin.count(p);
    expect(r.winners).toEqual(['A']);
    expect(paramsOf(r, 'bucklin.winners')[0]).toMatchObject({ round: 1, votes: 3 });
  });

  it('ties at the deciding round are kept', () => {
    // 1 A>B>C, 1 B>A>C; q = 2. k = 1: A 1, B 1. k = 2: A 2, B 2, C 0.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    const r = bucklin.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
  });

  it('section 5: a shared rank counts for all its members, and the next rank comes in the next round', () => {
    // [[A,B], C] 2, [D, C] 2, [E] 1; n = 5, q = 3.
    // k = 1: A 2, B 2, D 2, E 1. k = 2 (second rank of each ballot): C 2 + 2 = 4 >= 3: C wins.
    // (Reading the shared rank as covering positions 1 and 2 would delay C to k = 3.)
    const p = rankedProfile(
      ['A', 'B', 'C', 'D', 'E'],
      [
        { ranking: [['A', 'B'], 'C'], count: 2 },
        { ranking: ['D', 'C'], count: 2 },
        { ranking: ['E'], count: 1 },
      ],
    );
    const r = bucklin.count(p);
    expect(paramsOf(r, 'bucklin.round')[0].votes).toEqual({ A: 2, B: 2, D: 2, E: 1, C: 0 });
    expect(paramsOf(r, 'bucklin.winners')[0]).toEqual({ round: 2, winners: ['C'], count: 1, votes: 4 });
  });

  it('silent case: nobody ever reaches q with short ballots; the greatest total at the last rank wins', () => {
    // [A] 3, [B, C] 2, [C] 1, [] 1; n = 7, q = 4. k = 1: A 3, B 2, C 1. k = 2: A 3, C 3, B 2.
    // No ballot has a third rank: A and C, the greatest at k = 2, win.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 3 },
        { ranking: ['B', 'C'], count: 2 },
        { ranking: ['C'], count: 1 },
        { ranking: [], count: 1 },
      ],
    );
    const r = bucklin.count(p);
    expect(r.winners).toEqual(['A', 'C']);
    expect(keys(r)).toEqual([
      'bucklin.quota',
      'bucklin.round',
      'bucklin.round',
      'bucklin.noMajority',
      'bucklin.winners',
    ]);
    expect(paramsOf(r, 'bucklin.quota')[0]).toEqual({ quota: 4, voters: 7 });
    expect(paramsOf(r, 'bucklin.noMajority')[0]).toEqual({ round: 2, quota: 4 });
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        expect(bucklin.count(rankedProfile(candidates, ballots)).winners).toEqual(naiveBucklin(candidates, ballots));
      }),
      { numRuns: 300 },
    );
  });
});

function naiveBucklin(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const n = ballots.reduce((s, b) => s + b.count, 0);
  const q = Math.floor(n / 2) + 1;
  const depth = Math.max(0, ...ballots.map((b) => b.ranking.length));
  let top = new Map(candidates.map((c) => [c, 0]));
  for (let k = 1; k <= Math.max(depth, 1); k++) {
    top = new Map(candidates.map((c) => [c, 0]));
    for (const b of ballots) {
      for (const e of b.ranking.slice(0, k))
        for (const c of typeof e === 'string' ? [e] : e) top.set(c, top.get(c)! + b.count);
    }
    if ([...top.values()].some((v) => v >= q)) break;
  }
  const max = Math.max(...top.values());
  return candidates.filter((c) => top.get(c) === max).sort();
}

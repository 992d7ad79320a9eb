import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { restrictedBordaDoubled } from '../testing/reference.ts';
import { nanson } from './nanson.ts';

const keys = (r: { steps: readonly { key: string }[] }) => r.steps.map((s) => s.key);
const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('nanson', () => {
  it('spec example: A sits exactly at the mean and leaves with B; C wins (Schwartz would keep A)', () => {
    // A>C>B, C>B>A: A 2, C 3, B 1; total 6 over 3 = mean 2. A (= mean) and B go.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    const r = nanson.count(p);
    expect(r.winners).toEqual(['C']);
    expect(keys(r)).toEqual(['nanson.round', 'nanson.eliminated', 'nanson.last', 'nanson.winners']);
    expect(paramsOf(r, 'nanson.round')[0]).toEqual({
      round: 1,
      top: 2,
      points: { C: 3, A: 2, B: 1 },
      total: 6,
      candidates: 3,
      mean: 2,
    });
    expect(paramsOf(r, 'nanson.eliminated')[0]).toEqual({ round: 1, eliminated: ['A', 'B'], count: 2, mean: 2 });
    expect(r.ranking).toEqual([['C'], ['A'], ['B']]);
    expect(r.scores).toEqual({ A: 2, B: 1, C: 3 });
  });

  it('removes everyone at or below the mean in one round', () => {
    // 3 A>B>C, 2 B>C>A, 2 C>A>B: A 8, B 7, C 6; total 21, mean 7: B and C go, A wins.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
        { ranking: ['C', 'A', 'B'], count: 2 },
      ],
    );
    const r = nanson.count(p);
    expect(r.winners).toEqual(['A']);
    expect(paramsOf(r, 'nanson.eliminated')[0]).toMatchObject({ eliminated: ['B', 'C'], mean: 7 });
  });

  it('compares with the mean exactly when it is not a whole number', () => {
    // 4 candidates, 1 ballot A>B>C>D plus [A] 1 (A 3, others 0): A 6, B 2, C 1, D 0;
    // total 9, mean 9/4 = 2.25: B (2 × 4 = 8 <= 9), C and D go; A wins.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B', 'C', 'D'], count: 1 },
        { ranking: ['A'], count: 1 },
      ],
    );
    const r = nanson.count(p);
    expect(paramsOf(r, 'nanson.round')[0]).toMatchObject({ total: 9, candidates: 4, mean: 2.25 });
    expect(paramsOf(r, 'nanson.eliminated')[0].eliminated).toEqual(['B', 'C', 'D']);
    expect(r.winners).toEqual(['A']);
  });

  it('all scores equal: all remaining win', () => {
    const p = rankedProfile(
      ['A', 'B'],
      [
        { ranking: ['A', 'B'], count: 1 },
        { ranking: ['B', 'A'], count: 1 },
      ],
    );
    const r = nanson.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(paramsOf(r, 'nanson.allTied')[0]).toEqual({ round: 1, winners: ['A', 'B'], count: 2, points: 1 });
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        const r = nanson.count(rankedProfile(candidates, ballots));
        expect(r.winners).toEqual(naiveNanson(candidates, ballots));
        expect(r.ranking!.flat().sort()).toEqual([...candidates].sort());
      }),
      { numRuns: 300 },
    );
  });
});

function naiveNanson(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const S = new Set(candidates);
  for (;;) {
    if (S.size === 1) return [...S];
    const pts = restrictedBordaDoubled(S, ballots);
    const total = [...pts.values()].reduce((a, b) => a + b, 0);
    const L = [...S].filter((c) => S.size * pts.get(c)! <= total);
    if (L.length === S.size) return L.sort();
    for (const c of L) S.delete(c);
  }
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { restrictedBordaDoubled } from '../testing/reference.ts';
import { baldwin } from './baldwin.ts';

const keys = (r: { steps: readonly { key: string }[] }) => r.steps.map((s) => s.key);
const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('baldwin', () => {
  it('drops the lowest Borda score and recounts on the restricted ballots', () => {
    // 3 A>B>C, 2 B>C>A, 2 C>A>B. Round 1: A 8, B 7, C 6 -> C. Round 2 (A, B; 1 point to the
    // top): A over B on 3 + 2 = 5 ballots, B over A on 2: A 5, B 2 -> B. Round 3: only A.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
        { ranking: ['C', 'A', 'B'], count: 2 },
      ],
    );
    const r = baldwin.count(p);
    expect(r.winners).toEqual(['A']);
    expect(keys(r)).toEqual([
      'baldwin.round',
      'baldwin.eliminated',
      'baldwin.round',
      'baldwin.eliminated',
      'baldwin.last',
      'baldwin.winners',
    ]);
    expect(paramsOf(r, 'baldwin.round')).toEqual([
      { round: 1, top: 2, points: { A: 8, B: 7, C: 6 } },
      { round: 2, top: 1, points: { A: 5, B: 2 } },
    ]);
    expect(paramsOf(r, 'baldwin.eliminated')[0]).toEqual({ round: 1, eliminated: ['C'], count: 1, points: 6 });
    expect(paramsOf(r, 'baldwin.last')[0]).toEqual({ round: 3, winner: 'A' });
    expect(r.ranking).toEqual([['A'], ['B'], ['C']]);
    expect(r.scores).toEqual({ A: 5, B: 2, C: 6 });
  });

  it('removes every tied-lowest candidate at once and reports a final tie', () => {
    // A>C>B, C>B>A: A 2, C 3, B 1 -> B. Round 2: A 1, C 1: all tied, A and C win.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    const r = baldwin.count(p);
    expect(r.winners).toEqual(['A', 'C']);
    expect(paramsOf(r, 'baldwin.allTied')[0]).toEqual({ round: 2, winners: ['A', 'C'], count: 2, points: 1 });
    expect(r.tie).toEqual({ tied: ['A', 'C'], places: 1 });
    // Two candidates tied lowest leave together: A>B>C>D, B>A>D>C: A 5, B 5, C 1, D 1.
    const q = baldwin.count(
      rankedProfile(
        ['A', 'B', 'C', 'D'],
        [
          { ranking: ['A', 'B', 'C', 'D'], count: 1 },
          { ranking: ['B', 'A', 'D', 'C'], count: 1 },
        ],
      ),
    );
    expect(paramsOf(q, 'baldwin.eliminated')[0]).toEqual({ round: 1, eliminated: ['C', 'D'], count: 2, points: 1 });
    expect(q.winners).toEqual(['A', 'B']);
  });

  it('section 5: points restricted to the remaining candidates, halves for shared ranks', () => {
    // [[A,B], C] 1, [C] 1. Round 1 (m = 3): A 1.5, B 1.5, C 0 + 2 = 2. A and B leave together: C wins.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: [['A', 'B'], 'C'], count: 1 },
        { ranking: ['C'], count: 1 },
      ],
    );
    const r = baldwin.count(p);
    expect(paramsOf(r, 'baldwin.round')[0].points).toEqual({ C: 2, A: 1.5, B: 1.5 });
    expect(r.winners).toEqual(['C']);
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        const r = baldwin.count(rankedProfile(candidates, ballots));
        expect(r.winners).toEqual(naiveBaldwin(candidates, ballots));
        expect(r.ranking!.flat().sort()).toEqual([...candidates].sort());
      }),
      { numRuns: 300 },
    );
  });
});

function naiveBaldwin(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const S = new Set(candidates);
  for (;;) {
    if (S.size === 1) return [...S];
    const pts = restrictedBordaDoubled(S, ballots);
    const min = Math.min(...pts.values());
    const L = [...S].filter((c) => pts.get(c) === min);
    if (L.length === S.size) return L.sort();
    for (const c of L) S.delete(c);
  }
}

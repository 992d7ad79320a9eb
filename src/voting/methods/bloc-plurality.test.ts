import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { blocPlurality } from './bloc-plurality.ts';

describe('bloc-plurality', () => {
  it('counts a hand example: 2 seats, each voter backs their top 2', () => {
    // A>B>C ×4, B>C>A ×3, C>A>B ×2. Top 2: A 4 + 2 = 6, B 4 + 3 = 7, C 3 + 2 = 5.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 4 },
        { ranking: ['B', 'C', 'A'], count: 3 },
        { ranking: ['C', 'A', 'B'], count: 2 },
      ],
    );
    const r = blocPlurality.count(p, { seats: 2 });
    expect(r.scores).toEqual({ A: 6, B: 7, C: 5 });
    expect(r.elected).toEqual(['B', 'A']);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.seats).toBe(2);
    expect(r.ranking).toEqual([['B'], ['A'], ['C']]);
    expect(r.steps).toEqual([
      { key: 'bloc-plurality.totals', params: { totals: { A: 6, B: 7, C: 5 }, seats: 2, voters: 9 } },
      { key: 'bloc-plurality.elected', params: { elected: ['B', 'A'], totals: [7, 6], count: 2 } },
    ]);
    // One seat: plurality (A has 4 first places).
    expect(blocPlurality.count(p).winners).toEqual(['A']);
  });

  it('backs a shared rank only if it fits in the top k, and only the ranked candidates of a truncated ballot', () => {
    // k = 2. A>[B,C] ×3: the shared rank crosses the 2nd place → only A.
    // [A,B]>C ×2: the shared rank fits → A and B. D ×4 (truncated): only D. Empty ×5: nobody.
    // Totals: A 5, B 2, C 0, D 4.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', ['B', 'C']], count: 3 },
        { ranking: [['A', 'B'], 'C'], count: 2 },
        { ranking: ['D'], count: 4 },
        { ranking: [], count: 5 },
      ],
    );
    const r = blocPlurality.count(p, { seats: 2 });
    expect(r.scores).toEqual({ A: 5, B: 2, C: 0, D: 4 });
    expect(r.winners).toEqual(['A', 'D']);
    // k = 3: A>[B,C] now fits (1 + 2 = 3 places): A 5, B 5, C 5, D 4.
    expect(blocPlurality.count(p, { seats: 3 }).scores).toEqual({ A: 5, B: 5, C: 5, D: 4 });
  });

  it('elects candidates tied at the boundary when they fit, reports them otherwise', () => {
    // Totals A 3, B 2, C 2, D 1 (one choice each).
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A'], count: 3 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C'], count: 2 },
        { ranking: ['D'], count: 1 },
      ],
    );
    const fits = blocPlurality.count(p, { seats: 3 });
    expect(fits.elected).toEqual(['A', 'B', 'C']);
    expect(fits.tie).toBeUndefined();
    const tied = blocPlurality.count(p, { seats: 2 });
    expect(tied.elected).toEqual(['A']);
    expect(tied.tie).toEqual({ tied: ['B', 'C'], places: 1 });
    expect(tied.winners).toEqual(['A', 'B', 'C']);
    expect(tied.steps.at(-1)).toEqual({ key: 'bloc-plurality.tie', params: { tied: ['B', 'C'], places: 1, total: 2 } });
  });

  it('elects everyone when there are as many seats as candidates, and checks seats', () => {
    const p = rankedProfile(['A', 'B'], [{ ranking: ['B', 'A'], count: 2 }]);
    expect(blocPlurality.count(p, { seats: 2 }).winners).toEqual(['A', 'B']);
    expect(() => blocPlurality.count(p, { seats: 0 })).toThrow(VotingError);
    // One seat per candidate at most (docs/voting-rules.md §10).
    expect(() => blocPlurality.count(p, { seats: 5 })).toThrow(
      expect.objectContaining({ code: 'error.seatsAboveCandidates' }),
    );
  });

  it('on complete strict ballots, gives each voter exactly k supports (random check)', () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.shuffledSubarray(names, { minLength: 5, maxLength: 5 }), fc.integer({ min: 1, max: 5 })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.integer({ min: 1, max: 5 }),
        (rows, k) => {
          const r = blocPlurality.count(
            rankedProfile(
              names,
              rows.map(([ranking, count]) => ({ ranking, count })),
            ),
            { seats: k },
          );
          const voters = rows.reduce((a, [, c]) => a + c, 0);
          const sum = Object.values(r.scores ?? {}).reduce((a, b) => a + b, 0);
          expect(sum).toBe(voters * k);
          // Naive count: one voter at a time.
          const naive: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
          for (const [ranking, count] of rows)
            for (let v = 0; v < count; v++) for (const c of ranking.slice(0, k)) naive[c]++;
          expect(r.scores).toEqual(naive);
          expect((r.elected?.length ?? 0) + (r.tie?.places ?? 0)).toBe(k);
        },
      ),
      { numRuns: 300 },
    );
  });
});

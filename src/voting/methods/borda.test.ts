import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { borda } from './borda.ts';

const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('borda', () => {
  it('gives m-1 points to first place down to 0 for last', () => {
    // 3 A>B>C, 2 B>C>A, 2 C>A>B. A: 3×2 + 2×1 = 8; B: 3×1 + 2×2 = 7; C: 2×1 + 2×2 = 6.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
        { ranking: ['C', 'A', 'B'], count: 2 },
      ],
    );
    const r = borda.count(p);
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 8, B: 7, C: 6 });
    expect(r.ranking).toEqual([['A'], ['B'], ['C']]);
    expect(r.steps.map((s) => s.key)).toEqual(['borda.scale', 'borda.points', 'borda.winners']);
    expect(paramsOf(r, 'borda.scale')[0]).toEqual({ top: 2, count: 3 });
    expect(paramsOf(r, 'borda.points')[0]).toMatchObject({ points: { A: 8, B: 7, C: 6 } });
    expect(paramsOf(r, 'borda.winners')[0]).toEqual({ winners: ['A'], count: 1, points: 8 });
  });

  it('keeps ties', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    const r = borda.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
  });

  it('section 5: positions kept, unranked 0, shared ranks split (halves shown)', () => {
    // m = 3. [[A,B], C] 1: A and B share positions 0-1: (2 + 1) / 2 = 1.5 each, C 0.
    // [A] 1: A 2, B and C unranked: 0. [C, [A, B]] 1: C 2, A and B share positions 1-2: 0.5 each.
    // A 1.5 + 2 + 0.5 = 4; B 1.5 + 0.5 = 2; C 2.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: [['A', 'B'], 'C'], count: 1 },
        { ranking: ['A'], count: 1 },
        { ranking: ['C', ['A', 'B']], count: 1 },
      ],
    );
    const r = borda.count(p);
    expect(r.scores).toEqual({ A: 4, B: 2, C: 2 });
    expect(r.winners).toEqual(['A']);
    expect(r.steps.map((s) => s.key)).toContain('borda.incomplete');
    const q = borda.count(rankedProfile(['A', 'B', 'C'], [{ ranking: [['A', 'B'], 'C'], count: 1 }]));
    expect(q.scores).toEqual({ A: 1.5, B: 1.5, C: 0 });
    expect(q.winners).toEqual(['A', 'B']);
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        const r = borda.count(rankedProfile(candidates, ballots));
        const points = naiveBorda(candidates, ballots);
        expect(r.scores).toEqual(points);
        const max = Math.max(...Object.values(points));
        expect(r.winners).toEqual(candidates.filter((c) => points[c] === max).sort());
      }),
      { numRuns: 300 },
    );
  });
});

/** Real (possibly half) points: a tier covering positions p..p+s-1 shares their points equally. */
function naiveBorda(candidates: string[], ballots: RankedBallotInput[]): Record<string, number> {
  const m = candidates.length;
  const out: Record<string, number> = Object.fromEntries(candidates.map((c) => [c, 0]));
  for (const b of ballots) {
    let p = 0;
    for (const e of b.ranking) {
      const tier = typeof e === 'string' ? [e] : e;
      let sum = 0;
      for (let i = 0; i < tier.length; i++) sum += m - 1 - (p + i);
      for (const c of tier) out[c] += (sum / tier.length) * b.count;
      p += tier.length;
    }
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from './ballots.ts';
import { rankedProfileFromOrders } from './compact.ts';
import { RankedBuilder } from './io/build.ts';
import { condorcetLoserIndex, condorcetWinnerIndex, pairwiseMatrix } from './pairwise.ts';
import { arbitraryRankedElection } from './testing/elections.ts';
import { pairwiseSupport } from './testing/reference.ts';

/**
 * pairwiseMatrix() only walks pairs of ranked candidates and derives the rest
 * (N(x,y) = R(x) - A(y,x) - E(x,y)); the reference asks every pair of every voter the plain
 * question of docs/voting-rules.md §5 instead, on the ballots as they were written.
 */
function naiveSupport(candidates: readonly string[], ballots: readonly RankedBallotInput[]): number[] {
  const N = pairwiseSupport(candidates, ballots);
  return candidates.flatMap((x) => candidates.map((y) => N[x][y]));
}

/** Random elections: up to 9 candidates, truncated ballots, shared ranks, empty ballots, repeated ballots, no ballots at all. */
const electionArb = (maxCandidates = 9) =>
  arbitraryRankedElection({ maxCandidates, minBallots: 0, maxBallots: 14, maxCount: 9 });

describe('pairwiseMatrix', () => {
  it('equals the per-pair count of section 5 on random incomplete ballots with ties', () => {
    fc.assert(
      fc.property(electionArb(), ({ candidates, ballots }) => {
        const m = candidates.length;
        const { support, margin } = pairwiseMatrix(rankedProfile(candidates, ballots));
        const expected = naiveSupport(candidates, ballots);
        expect(Array.from(support)).toEqual(expected);
        for (let x = 0; x < m; x++) {
          for (let y = 0; y < m; y++) expect(margin[x * m + y]).toBe(expected[x * m + y] - expected[y * m + x]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same matrix for a profile built by the file reader', () => {
    fc.assert(
      fc.property(electionArb(6), ({ candidates, ballots }) => {
        const builder = new RankedBuilder(candidates);
        for (const { ranking, count } of ballots) {
          for (const entry of ranking) {
            for (const name of typeof entry === 'string' ? [entry] : entry) builder.add(candidates.indexOf(name));
            builder.endTier();
          }
          builder.endBallot(count);
        }
        expect(Array.from(pairwiseMatrix(builder.build()).support)).toEqual(naiveSupport(candidates, ballots));
      }),
      { numRuns: 150 },
    );
  });

  it('counts a hand-checked truncated election with a shared rank', () => {
    // 3 × A>B (C unranked), 2 × [B=C]>A, 1 × empty, 4 × C.
    // N(A,B) = 3; N(B,A) = 2; N(A,C) = 3; N(C,A) = 2 + 4 = 6; N(B,C) = 3; N(C,B) = 4.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B'], count: 3 },
        { ranking: [['B', 'C'], 'A'], count: 2 },
        { ranking: [], count: 1 },
        { ranking: ['C'], count: 4 },
      ],
    );
    const { support, margin } = pairwiseMatrix(p);
    expect(Array.from(support)).toEqual([0, 3, 3, 2, 0, 3, 6, 4, 0]);
    expect(Array.from(margin)).toEqual([0, 1, -3, -1, 0, -1, 3, 1, 0]);
    expect(condorcetWinnerIndex(pairwiseMatrix(p))).toBe(2);
    expect(condorcetLoserIndex(pairwiseMatrix(p))).toBe(1);
  });

  it('counts complete orders from the compact loader (N(x,y) + N(y,x) = n)', () => {
    // Rows: A>B>C, C>B>A, A>B>C, B>A>C.
    const p = rankedProfileFromOrders(['A', 'B', 'C'], Uint8Array.from([0, 1, 2, 2, 1, 0, 0, 1, 2, 1, 0, 2]));
    expect(Array.from(pairwiseMatrix(p).support)).toEqual([0, 2, 3, 2, 0, 3, 1, 1, 0]);
  });
});

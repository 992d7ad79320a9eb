import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection, orders } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { black } from './black.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) => black.count(rankedProfile(candidates, ballots));

// Random small elections (names deliberately not in alphabetical order), complete or not.
const electionArb = (maxM: number, complete: boolean) =>
  arbitraryRankedElection({
    names: UNSORTED_NAMES,
    minCandidates: 2,
    maxCandidates: maxM,
    maxBallots: 7,
    maxCount: 3,
    complete,
  });

/** Reference Borda, doubled: a tier of s candidates starting at position p gives each 2(m−1−p) − (s−1). */
function referenceBordaDoubled(candidates: string[], ballots: RankedBallotInput[]): Record<string, number> {
  const m = candidates.length;
  const out: Record<string, number> = Object.fromEntries(candidates.map((c) => [c, 0]));
  for (const b of ballots) {
    let p = 0;
    for (const entry of b.ranking) {
      const tier = typeof entry === 'string' ? [entry] : entry;
      for (const c of tier) out[c] += (2 * (m - 1 - p) - (tier.length - 1)) * b.count;
      p += tier.length;
    }
  }
  return out;
}

describe('black', () => {
  it('elects the Condorcet winner even when Borda prefers someone else', () => {
    // 5 voters: 3×A>B>C, 2×B>C>A. A beats B and C 3:2: Condorcet winner.
    // Borda: A 3×2 = 6, B 3×1 + 2×2 = 7, C 2×1 = 2 (Borda alone would elect B).
    const r = count(['A', 'B', 'C'], orders('3 ABC, 2 BCA'));
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 6, B: 7, C: 2 });
    expect(r.steps.map((s) => s.key)).toEqual(['black.matrix', 'black.condorcet']);
    expectTemplates(condorcetMessages, r.steps);
  });

  it('without a Condorcet winner, returns the whole Borda winner set', () => {
    // 9 voters: 4×A>B>C, 3×B>C>A, 2×C>A>B: cycle A>B>C>A.
    // Borda: A 4×2 + 2×1 = 10, B 4×1 + 3×2 = 10, C 3×1 + 2×2 = 7. Winners A and B.
    const r = count(['A', 'B', 'C'], orders('4 ABC, 3 BCA, 2 CAB'));
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps.map((s) => s.key)).toEqual(['black.matrix', 'black.noCondorcet', 'black.borda', 'black.winners']);
    expect(r.steps.at(-1)?.params).toEqual({ winners: ['A', 'B'], count: 2, points: 10 });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('a weak Condorcet winner is not enough: Borda decides', () => {
    // 2 voters A>B>C, B>A>C: A and B tie; Borda A 3, B 3, C 0.
    expect(count(['A', 'B', 'C'], orders('1 ABC, 1 BAC')).winners).toEqual(['A', 'B']);
  });

  it('can elect outside the Smith set (so no smith claim)', () => {
    // 12 voters: 3×A>B>D>C, 3×C>B>D>A, 1×C>A>B>D, 3×A>C>B>D, 2×B>C>D>A.
    // A–B 7:5, A–C 6:6, A–D 7:5, C–B 7:5, B–D 12:0, C–D 9:3: no Condorcet winner (A ties C),
    // Smith set {A, C}. Borda: A 20, B 22, C 22, D 8: Black elects B and C.
    const r = count(['A', 'B', 'C', 'D'], orders('3 ABDC, 3 CBDA, 1 CABD, 3 ACBD, 2 BCDA'));
    expect(r.winners).toEqual(['B', 'C']);
    expect(r.scores).toEqual({ A: 20, B: 22, C: 22, D: 8 });
    expect(black.info.criteria).not.toContain('smith');
  });

  it('incomplete ballots: shared ranks split their points, unranked candidates get none', () => {
    // [A,[B,C]], [B], [C,A]: A–B 2:1, A–C 1:1, B–C 1:1: no Condorcet winner.
    // Borda (3 candidates): ballot 1 A 2, B ½, C ½; ballot 2 B 2; ballot 3 C 2, A 1.
    // Totals A 3, B 2.5, C 2.5: A wins.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', ['B', 'C']], count: 1 },
        { ranking: ['B'], count: 1 },
        { ranking: ['C', 'A'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 3, B: 2.5, C: 2.5 });
  });

  it('agrees with a reference on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const cw = candidates.filter((x) => candidates.every((y) => y === x || M[x][y] > 0));
          const borda = referenceBordaDoubled(candidates, ballots);
          const best = Math.max(...candidates.map((c) => borda[c]));
          const expected = cw.length ? cw : candidates.filter((c) => borda[c] === best).sort();
          expect(count(candidates, ballots).winners).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection, orders } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { schulze } from './schulze.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) => schulze.count(rankedProfile(candidates, ballots));

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

/** Reference: strongest path strengths by trying every simple path (recursive search). */
function referencePaths(
  candidates: string[],
  M: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  const best = (from: string, to: string, visited: Set<string>): number => {
    let out = 0;
    for (const next of candidates) {
      if (visited.has(next) || M[from][next] <= 0) continue;
      const rest = next === to ? Infinity : best(next, to, new Set([...visited, next]));
      out = Math.max(out, Math.min(M[from][next], rest));
    }
    return out;
  };
  const p: Record<string, Record<string, number>> = {};
  for (const x of candidates) {
    p[x] = {};
    for (const y of candidates) if (y !== x) p[x][y] = best(x, y, new Set([x]));
  }
  return p;
}

describe('schulze', () => {
  it('the classic 45-voter example elects E (strongest paths checked)', () => {
    // Schulze's example (also on Wikipedia). Winning-votes strengths w give margins 2w − 45:
    // E's row 25, 28, 28, 31 → 5, 11, 11, 17. Order E > A > C > B > D.
    const r = count(
      ['A', 'B', 'C', 'D', 'E'],
      orders('5 ACBED, 5 ADECB, 8 BEDAC, 3 CABED, 7 CAEBD, 2 CBADE, 7 DCEBA, 8 EBADC'),
    );
    expect(r.winners).toEqual(['E']);
    expect(r.ranking).toEqual([['E'], ['A'], ['C'], ['B'], ['D']]);
    expect(r.scores).toEqual({ E: 4, A: 3, C: 2, B: 1, D: 0 });
    const paths = r.steps.find((s) => s.key === 'schulze.paths')?.params.strengths as Record<
      string,
      Record<string, number>
    >;
    expect(paths.E).toEqual({ A: 5, B: 11, C: 11, D: 17 });
    expect(paths.A).toEqual({ B: 11, C: 11, D: 15, E: 3 });
    // A is beaten by E: p(E,A) = 5 against p(A,E) = 3.
    expect(r.steps.find((s) => s.key === 'schulze.beaten' && s.params.name === 'A')?.params).toMatchObject({
      by: 'E',
      strength: 5,
      against: 3,
    });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('keeps every potential winner: a pairwise tie leaves two winners', () => {
    // 4 voters A>B>C, B>A>C, C>B>A, A>C>B: A–B 0, B–C 0, A–C +2. The only defeat is A→C.
    // p(A,C) = 2 > p(C,A) = 0, every other p is 0: A and B win, C loses.
    const r = count(['A', 'B', 'C'], orders('1 ABC, 1 BAC, 1 CBA, 1 ACB'));
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps.find((s) => 'name' in s.params && s.params.name === 'C')?.params).toEqual({
      name: 'C',
      by: 'A',
      strength: 2,
      against: 0,
      path: ['A', 'C'],
      back: [],
    });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('a cycle with equal margins elects everyone', () => {
    expect(count(['A', 'B', 'C'], orders('1 ABC, 1 BCA, 1 CAB')).winners).toEqual(['A', 'B', 'C']);
  });

  it('incomplete ballots: the margins follow section 5', () => {
    // [A,B], [B], [C]: A–B 1:1 (ballot 3 ranks neither), A–C 1:1 (ballot 2 ranks neither),
    // B–C 2:1. The only defeat is B→C: A and B win.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B'], count: 1 },
        { ranking: ['B'], count: 1 },
        { ranking: ['C'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'B']);
  });

  it('agrees with a recursive path search on random elections; explained paths are real', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const p = referencePaths(candidates, M);
          const expected = candidates.filter((x) => candidates.every((y) => y === x || p[x][y] >= p[y][x])).sort();
          const r = count(candidates, ballots);
          expect(r.winners).toEqual(expected);
          expect(r.steps.find((s) => s.key === 'schulze.paths')?.params.strengths).toEqual(p);
          for (const s of r.steps.filter((t) => t.key === 'schulze.beaten')) {
            const path = s.params.path as string[];
            expect(path[0]).toBe(s.params.by);
            expect(path.at(-1)).toBe(s.params.name);
            expect(Math.min(...path.slice(1).map((y, i) => M[path[i]][y]))).toBe(s.params.strength);
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});

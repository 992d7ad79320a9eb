import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { smithSet } from './smith-set.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) =>
  smithSet.count(rankedProfile(candidates, ballots));

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

/** Reference: the smallest non-empty subset whose members all beat every outsider (by brute force). */
function referenceSmith(candidates: string[], M: Record<string, Record<string, number>>): string[] {
  const m = candidates.length;
  let best: string[] | undefined;
  for (let mask = 1; mask < 1 << m; mask++) {
    const inside = candidates.filter((_, i) => mask & (1 << i));
    const outside = candidates.filter((_, i) => !(mask & (1 << i)));
    if (inside.every((x) => outside.every((y) => M[x][y] > 0)) && (!best || inside.length < best.length)) best = inside;
  }
  return (best ?? []).sort();
}

describe('smith-set', () => {
  it('spec: a candidate that only ties a member is inside (Smith, not Schwartz)', () => {
    // 4 voters A>B>C, B>A>C, C>B>A, A>C>B: A–B 2:2 tie, B–C 2:2 tie, A–C 3:1 A.
    // Beats-or-ties: A↔B, B↔C, A→C: one component {A, B, C}. Schwartz would give {A, B}.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
        { ranking: ['A', 'C', 'B'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.ranking).toEqual([['A', 'B', 'C']]);
    expectTemplates(condorcetMessages, r.steps);
  });

  it('a Condorcet winner gives a set of one, and the ranking is the chain of components', () => {
    // 5 voters: 3×W>A>B>C>D, 1×A>B>C>W>D, 1×C>A>B>W>D. W beats A, B, C 3:2 and D 5:0;
    // A beats B 5:0 and C 4:1; B beats C 4:1; D is last everywhere.
    const r = count(
      ['A', 'B', 'C', 'D', 'W'],
      [
        { ranking: ['W', 'A', 'B', 'C', 'D'], count: 3 },
        { ranking: ['A', 'B', 'C', 'W', 'D'], count: 1 },
        { ranking: ['C', 'A', 'B', 'W', 'D'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['W']);
    expect(r.ranking).toEqual([['W'], ['A'], ['B'], ['C'], ['D']]);
    expect(r.steps.at(-1)).toEqual({
      key: 'smith-set.result',
      params: { winners: ['W'], count: 1, outside: ['A', 'B', 'C', 'D'] },
    });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('can hold a candidate every voter ranks below another member (so no Pareto claim)', () => {
    // A>A2>B>C, B>C>A>A2, C>A>A2>B: cycle A→B→C→A, and A2 (always just under A) beats B 2:1
    // and loses to C 1:2, so A2 is in the cycle too although every voter prefers A to A2.
    const r = count(
      ['A', 'A2', 'B', 'C'],
      [
        { ranking: ['A', 'A2', 'B', 'C'], count: 1 },
        { ranking: ['B', 'C', 'A', 'A2'], count: 1 },
        { ranking: ['C', 'A', 'A2', 'B'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'A2', 'B', 'C']);
    expect(smithSet.info.criteria).not.toContain('pareto');
  });

  it('incomplete ballots: shared ranks and unranked candidates count for neither side', () => {
    // [[A,B]], [C]: ballot 1 puts A and B (same rank) over unranked C, ballot 2 puts C over
    // both. A–B 0:0, A–C 1:1, B–C 1:1: all ties, one component {A, B, C}.
    expect(
      count(
        ['A', 'B', 'C'],
        [
          { ranking: [['A', 'B']], count: 1 },
          { ranking: ['C'], count: 1 },
        ],
      ).winners,
    ).toEqual(['A', 'B', 'C']);
    // Add [A]: A beats B 1:0 and C 2:1, B–C 1:1. Smith = {A}, then {B, C}.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: [['A', 'B']], count: 1 },
        { ranking: ['C'], count: 1 },
        { ranking: ['A'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A']);
    expect(r.ranking).toEqual([['A'], ['B', 'C']]);
  });

  it('agrees with a brute-force reference, and every tier beats every lower tier', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const r = count(candidates, ballots);
          expect(r.winners).toEqual(referenceSmith(candidates, M));
          const tiers = r.ranking ?? [];
          expect(tiers.flat().sort()).toEqual([...candidates].sort());
          tiers.forEach((upper, i) =>
            tiers
              .slice(i + 1)
              .forEach((lower) => upper.forEach((x) => lower.forEach((y) => expect(M[x][y]).toBeGreaterThan(0)))),
          );
        }),
        { numRuns: 300 },
      );
    }
  });
});

import { stepsWithKey } from '../result.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { condorcetWinner } from './condorcet-winner.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) =>
  condorcetWinner.count(rankedProfile(candidates, ballots));

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

describe('condorcet-winner', () => {
  it('finds the candidate who beats everyone', () => {
    // 5 voters: 2×B>A>C, 2×A>C>B, 1×C>B>A. B–A 3:2 (ballots 1 and 3), C–B 3:2 (ballots 2
    // and 3), A–C 4:1 (ballots 1 and 2): a cycle, so nobody.
    const cycle = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['B', 'A', 'C'], count: 2 },
        { ranking: ['A', 'C', 'B'], count: 2 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    expect(cycle.winners).toEqual([]);
    expect(cycle.steps.at(-1)?.key).toBe('condorcet-winner.none');
    expect(cycle.steps.find((s) => s.key === 'condorcet-winner.fails' && s.params.name === 'A')?.params).toEqual({
      name: 'A',
      by: ['B'],
      losses: ['B'],
      ties: [],
    });
    expectTemplates(condorcetMessages, cycle.steps);
    // Two more voters A>B>C: A beats B 4:3 and C 6:1; B beats C 4:3.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['B', 'A', 'C'], count: 2 },
        { ranking: ['A', 'C', 'B'], count: 2 },
        { ranking: ['C', 'B', 'A'], count: 1 },
        { ranking: ['A', 'B', 'C'], count: 2 },
      ],
    );
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 2, B: 1, C: 0 });
    expect(r.steps.at(-1)).toEqual({ key: 'condorcet-winner.found', params: { winner: 'A', rivals: 2 } });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('a weak Condorcet winner (one tie) does not count', () => {
    // 2 voters A>B>C, B>A>C: A ties B 1:1, both beat C.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    expect(r.winners).toEqual([]);
    expect(stepsWithKey(r.steps, 'condorcet-winner.fails').find((s) => s.params.name === 'A')?.params).toEqual({
      name: 'A',
      by: ['B'],
      losses: [],
      ties: ['B'],
    });
  });

  it('incomplete ballots: a truncated ballot counts its ranked candidates above the others', () => {
    // 3 voters: [C], [A,B], [[B,C],A]. C–A 2:1 (ballots 1 and 3 against 2), C–B 1:1 (ballot 3
    // shares their rank), so no winner. A 4th voter [C]: C beats A 3:1 and B 2:1.
    const ballots = [
      { ranking: ['C'], count: 1 },
      { ranking: ['A', 'B'], count: 1 },
      { ranking: [['B', 'C'], 'A'], count: 1 },
    ];
    expect(count(['A', 'B', 'C'], ballots).winners).toEqual([]);
    expect(count(['A', 'B', 'C'], [...ballots, { ranking: ['C'], count: 1 }]).winners).toEqual(['C']);
  });

  it('agrees with a reference on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const expected = candidates.filter((x) => candidates.every((y) => y === x || M[x][y] > 0));
          expect(count(candidates, ballots).winners).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });
});

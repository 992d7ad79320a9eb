import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { condorcetLoser } from './condorcet-loser.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) =>
  condorcetLoser.count(rankedProfile(candidates, ballots));

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

describe('condorcet-loser', () => {
  it('finds the candidate everyone beats', () => {
    // 3 voters A>B>C, B>A>C, C>A>B: C loses to A 1:2 and to B 1:2; A beats B 2:1.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
        { ranking: ['C', 'A', 'B'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['C']);
    expect(r.scores).toEqual({ A: 0, B: 1, C: 2 });
    expect(r.steps.at(-1)).toEqual({ key: 'condorcet-loser.found', params: { loser: 'C', rivals: 2 } });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('a tie saves a candidate from being the Condorcet loser', () => {
    // 2 voters A>B>C, B>C>A: C loses to B 0:2 but ties A 1:1.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'C', 'A'], count: 1 },
      ],
    );
    expect(r.winners).toEqual([]);
    expect(r.steps.find((s) => s.key === 'condorcet-loser.escapes' && s.params.name === 'C')?.params).toEqual({
      name: 'C',
      against: ['A'],
      wins: [],
      ties: ['A'],
    });
    expect(r.steps.at(-1)?.key).toBe('condorcet-loser.none');
    expectTemplates(condorcetMessages, r.steps);
  });

  it('incomplete ballots: an unranked candidate is below every ranked one', () => {
    // [A], [B], [A,B]: C is unranked on every ballot, so both beat it 3:0; A beats B 2:1.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 1 },
        { ranking: ['B'], count: 1 },
        { ranking: ['A', 'B'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['C']);
  });

  it('agrees with a reference on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const expected = candidates.filter((x) => candidates.every((y) => y === x || M[y][x] > 0));
          expect(count(candidates, ballots).winners).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });
});

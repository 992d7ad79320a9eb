import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { minimax } from './minimax.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) => minimax.count(rankedProfile(candidates, ballots));

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

describe('minimax', () => {
  it('elects the candidate with the mildest worst defeat', () => {
    // 9 voters: 4×A>B>C, 3×B>C>A, 2×C>A>B. A–B 6:3 (+3), B–C 7:2 (+5), C–A 5:4 (+1).
    // Worst defeats: A 1 (by C), B 3 (by A), C 5 (by B). A wins.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 4 },
        { ranking: ['B', 'C', 'A'], count: 3 },
        { ranking: ['C', 'A', 'B'], count: 2 },
      ],
    );
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 1, B: 3, C: 5 });
    expect(r.ranking).toEqual([['A'], ['B'], ['C']]);
    expect(r.steps.find((s) => 'name' in s.params && s.params.name === 'B')).toEqual({
      key: 'minimax.worst',
      params: { name: 'B', score: 3, by: ['A'] },
    });
    expect(r.steps.at(-1)).toEqual({ key: 'minimax.winners', params: { winners: ['A'], count: 1, score: 1 } });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('scores 0 for a candidate without defeat; ties are kept', () => {
    // 2 voters A>B>C, B>A>C: A and B tie, both beat C 2:0. Scores A 0, B 0, C 2.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.scores).toEqual({ A: 0, B: 0, C: 2 });
    expect(r.steps.find((s) => 'name' in s.params && s.params.name === 'A')).toEqual({
      key: 'minimax.unbeaten',
      params: { name: 'A', score: 0 },
    });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('can elect the Condorcet loser, outside the Smith set (so neither claim)', () => {
    // Smith = {A, B, C} in a cycle with margins 3; D is the Condorcet loser, losing each duel
    // by 3 as well.
    const r = count(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B', 'C', 'D'], count: 2 },
        { ranking: ['B', 'C', 'A', 'D'], count: 2 },
        { ranking: ['C', 'A', 'B', 'D'], count: 2 },
        { ranking: ['D', 'A', 'B', 'C'], count: 1 },
        { ranking: ['D', 'B', 'C', 'A'], count: 1 },
        { ranking: ['D', 'C', 'A', 'B'], count: 1 },
      ],
    );
    // A–B: A>B on 2+2+1+1 = 6 ballots, B>A on 2+1 = 3 → +3; likewise B–C +3 and C–A +3.
    // D is first on 3 ballots and last on 6: it loses every duel 3:6 (−3).
    // Every worst defeat is 3: all four win, even D, the Condorcet loser outside Smith.
    expect(r.winners).toEqual(['A', 'B', 'C', 'D']);
    expect(minimax.info.criteria).not.toContain('smith');
    expect(minimax.info.criteria).not.toContain('condorcet-loser');
  });

  it('agrees with a reference on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const score = (x: string) => Math.max(0, ...candidates.filter((y) => y !== x).map((y) => M[y][x]));
          const best = Math.min(...candidates.map(score));
          expect(count(candidates, ballots).winners).toEqual(candidates.filter((x) => score(x) === best).sort());
        }),
        { numRuns: 300 },
      );
    }
  });
});

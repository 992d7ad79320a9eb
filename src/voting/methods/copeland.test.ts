import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { copeland } from './copeland.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) =>
  copeland.count(rankedProfile(candidates, ballots));

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

/** Reference: 1 / ½ / 0 points (doubled) on margins counted straight from the ballots. */
function referenceCopeland(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const M = referenceMargins(candidates, ballots);
  const points = candidates.map((x) =>
    candidates.reduce((sum, y) => sum + (x === y ? 0 : M[x][y] > 0 ? 2 : M[x][y] === 0 ? 1 : 0), 0),
  );
  const best = Math.max(...points);
  return candidates.filter((_, i) => points[i] === best).sort();
}

describe('copeland', () => {
  it('spec example: a pairwise tie is worth half a win, so [C] and not Llull’s [A, C]', () => {
    // 2 voters A>C>B, C>B>A: C beats B (2-0), A ties B (1-1) and A ties C (1-1).
    // Scores: A 0+0 = 0, B −1+0 = −1, C +1+0 = 1.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['C']);
    expect(r.scores).toEqual({ A: 0, B: -1, C: 1 });
    expect(r.ranking).toEqual([['C'], ['A'], ['B']]);
    expectTemplates(condorcetMessages, r.steps);
  });

  it('returns the whole cycle when all scores tie', () => {
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'C', 'A'], count: 1 },
        { ranking: ['C', 'A', 'B'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.scores).toEqual({ A: 0, B: 0, C: 0 });
  });

  it('hand count with four candidates', () => {
    // 5 voters: 2×A>B>C>D, 2×B>C>A>D, 1×C>A>B>D.
    // A–B 3:2 A, A–C 2:3 C, B–C 4:1 B, everyone beats D 5:0.
    // Scores: A 2−1 = 1, B 2−1 = 1, C 2−1 = 1, D −3.
    const r = count(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B', 'C', 'D'], count: 2 },
        { ranking: ['B', 'C', 'A', 'D'], count: 2 },
        { ranking: ['C', 'A', 'B', 'D'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.ranking).toEqual([['A', 'B', 'C'], ['D']]);
    const duelA = r.steps.find((s) => s.key === 'copeland.duels' && s.params.name === 'A');
    expect(duelA?.params).toMatchObject({ won: 2, lost: 1, tied: 0, wins: ['B', 'D'], losses: ['C'], score: 1 });
  });

  it('incomplete ballots: unranked candidates are below the ranked ones, shared ranks count for neither', () => {
    // 3 voters: [A] (truncated), [[B,C]] (shared rank), [C,B]. Ballot 1 puts A over B and C;
    // ballot 2 puts B and C over A and nothing between B and C; ballot 3 puts C over B over A.
    // A–B 1:2 B, A–C 1:2 C, B–C 0:1 C. Scores: C 2, B 0, A −2.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 1 },
        { ranking: [['B', 'C']], count: 1 },
        { ranking: ['C', 'B'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['C']);
    expect(r.scores).toEqual({ A: -2, B: 0, C: 2 });
  });

  it('explains with the matrix and the winners step', () => {
    const r = count(['A', 'B'], [{ ranking: ['B', 'A'], count: 3 }]);
    expect(r.steps[0]).toEqual({
      key: 'copeland.matrix',
      params: { voters: 3, support: { A: { B: 0 }, B: { A: 3 } }, margins: { A: { B: -3 }, B: { A: 3 } } },
    });
    expect(r.steps.at(-1)).toEqual({ key: 'copeland.winners', params: { winners: ['B'], count: 1, score: 1 } });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('the message table has the same keys in French and English', () => {
    expect(Object.keys(condorcetMessages.en).sort()).toEqual(Object.keys(condorcetMessages.fr).sort());
  });

  it('agrees with a reference count on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          expect(count(candidates, ballots).winners).toEqual(referenceCopeland(candidates, ballots));
        }),
        { numRuns: 300 },
      );
    }
  });
});

import { stepsWithKey } from '../result.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection, orders } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { VotingError } from '../errors.ts';
import { createRng } from '../rng.ts';
import { KEMENY_MAX_CANDIDATES, kemenyYoung } from './kemeny-young.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) =>
  kemenyYoung.count(rankedProfile(candidates, ballots));

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

/** Reference: try every permutation (Heap's algorithm); best score and winners. */
function referenceKemeny(candidates: string[], M: Record<string, Record<string, number>>) {
  const a = [...candidates];
  let best = -Infinity;
  let firsts = new Set<string>();
  const visit = () => {
    let s = 0;
    for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) s += M[a[i]][a[j]];
    if (s > best) {
      best = s;
      firsts = new Set([a[0]]);
    } else if (s === best) firsts.add(a[0]);
  };
  const c = new Array<number>(a.length).fill(0);
  visit();
  for (let i = 1; i < a.length;) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [a[j], a[i]] = [a[i], a[j]];
      visit();
      c[i]++;
      i = 1;
    } else c[i++] = 0;
  }
  return { best, winners: [...firsts].sort() };
}

function orderScore(order: readonly string[], M: Record<string, Record<string, number>>): number {
  let s = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) s += M[order[i]][order[j]];
  return s;
}

describe('kemeny-young', () => {
  it('hand count: the best ordering of a three-way cycle', () => {
    // 9 voters 4×A>B>C, 3×B>C>A, 2×C>A>B: M(A,B) = 3, M(B,C) = 5, M(C,A) = 1.
    // A>B>C: 3 + 5 − 1 = 7; B>C>A: 5 + 1 − 3 = 3; C>A>B: 1 + 3 − 5 = −1;
    // A>C>B: −3; B>A>C: 1; C>B>A: −7. Only A>B>C scores 7.
    const r = count(['A', 'B', 'C'], orders('4 ABC, 3 BCA, 2 CAB'));
    expect(r.winners).toEqual(['A']);
    expect(r.ranking).toEqual([['A'], ['B'], ['C']]);
    expect(r.scores).toEqual({ A: 7, B: 3, C: -1 });
    expect(r.steps[1]).toEqual({ key: 'kemeny-young.order', params: { score: 7, order: ['A', 'B', 'C'] } });
    expect(r.steps.at(-1)).toEqual({ key: 'kemeny-young.winners', params: { winners: ['A'], count: 1, score: 7 } });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('several optimal orderings: every candidate first in one of them wins', () => {
    // 3 voters A>B>C, B>C>A, C>A>B: every margin is 1; A>B>C, B>C>A and C>A>B all score 1.
    const r = count(['A', 'B', 'C'], orders('1 ABC, 1 BCA, 1 CAB'));
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.ranking).toEqual([['A', 'B', 'C']]);
    expect(r.steps[1]).toEqual({ key: 'kemeny-young.oneOrder', params: { score: 1, order: ['A', 'B', 'C'] } });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('pairwise ties: a four-voter election with two optimal orderings', () => {
    // 4 voters A>B>C, B>A>C, C>B>A, A>C>B: M(A,B) = 0, M(B,C) = 0, M(A,C) = 2.
    // A>B>C, B>A>C and A>C>B score 2; C cannot be above A in an optimal ordering.
    const r = count(['A', 'B', 'C'], orders('1 ABC, 1 BAC, 1 CBA, 1 ACB'));
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.ranking).toEqual([['A', 'B'], ['C']]);
  });

  it('incomplete ballots use the section 5 margins', () => {
    // [B], [C,A], [A]: A–B 2:1 (ballots 2, 3 against 1), A–C 1:1, B–C 1:1, so M(A,B) = 1
    // and the other margins are 0. A>B>C, A>C>B and C>A>B score 1, the others −1: A and C win.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['B'], count: 1 },
        { ranking: ['C', 'A'], count: 1 },
        { ranking: ['A'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'C']);
  });

  it(`refuses more than ${KEMENY_MAX_CANDIDATES} candidates instead of running for seconds`, () => {
    const many = Array.from({ length: KEMENY_MAX_CANDIDATES + 1 }, (_, i) => `C${i}`);
    expect(() => count(many, [{ ranking: many, count: 1 }])).toThrow(VotingError);
    expect(() => count(many, [{ ranking: many, count: 1 }])).toThrow(/at most 20 candidates/);
  });

  it('agrees with trying every permutation on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const ref = referenceKemeny(candidates, M);
          const r = count(candidates, ballots);
          expect(r.winners).toEqual(ref.winners);
          const shown = [
            ...stepsWithKey(r.steps, 'kemeny-young.order'),
            ...stepsWithKey(r.steps, 'kemeny-young.oneOrder'),
          ][0].params;
          expect(shown.score).toBe(ref.best);
          expect(orderScore(shown.order, M)).toBe(ref.best);
          expect(r.ranking?.[0]).toEqual(ref.winners);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('8 candidates and 12 candidates: matches the permutation search, and ranks all 12', () => {
    const rng = createRng('kemeny-8');
    const make = (m: number, voters: number) => {
      const candidates = Array.from({ length: m }, (_, i) => String.fromCharCode(75 - i));
      const ballots = Array.from({ length: voters }, () => {
        const r = [...candidates];
        for (let i = r.length - 1; i > 0; i--) {
          const j = rng.below(i + 1);
          [r[i], r[j]] = [r[j], r[i]];
        }
        return { ranking: r.slice(0, 1 + rng.below(m)), count: 1 };
      });
      return { candidates, ballots };
    };
    const small = make(8, 9);
    expect(count(small.candidates, small.ballots).winners).toEqual(
      referenceKemeny(small.candidates, referenceMargins(small.candidates, small.ballots)).winners,
    );
    // 12 candidates: the work is about 2^12 × 12 × 3 additions (see kemeny-young.ts); how long
    // it takes is measured by the bench (scripts/bench/engine.ts, section b), not here.
    const big = make(12, 40);
    const r = count(big.candidates, big.ballots);
    expect(r.ranking?.flat().sort()).toEqual([...big.candidates].sort());
    const shown = [...stepsWithKey(r.steps, 'kemeny-young.order'), ...stepsWithKey(r.steps, 'kemeny-young.oneOrder')][0]
      .params;
    expect(orderScore(shown.order, referenceMargins(big.candidates, big.ballots))).toBe(shown.score);
  });
});

/**
 * Property tests: every criterion a method claims in its metadata is checked on random
 * elections (complete strict rankings; 0–5 grades for graded methods).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, rankedProfile, type GradedBallotInput, type RankedBallotInput } from '../ballots.ts';
import { METHOD_IDS, type Criterion, type MethodId } from '../method.ts';
import { methods } from './index.ts';
import { condorcetLoserIndex, condorcetWinnerIndex, pairwiseMatrix } from '../pairwise.ts';
import { arbitraryGradedElection, arbitraryStrictElection } from '../testing/elections.ts';

const RUNS = 150;
const claims = (id: MethodId, c: Criterion) => (methods[id].info.criteria as readonly string[]).includes(c);
const single = METHOD_IDS.filter((id) => methods[id].info.winners === 'single' && !methods[id].info.random);
const rankedSingle = single.filter((id) => methods[id].info.ballot === 'ranked');
const gradedSingle = single.filter((id) => methods[id].info.ballot === 'graded');

function countRanked(id: MethodId, candidates: string[], ballots: RankedBallotInput[]) {
  return methods[id].count(rankedProfile(candidates, ballots) as never).winners;
}
function countGraded(id: MethodId, candidates: string[], ballots: GradedBallotInput[]) {
  return methods[id].count(gradedProfile(candidates, ballots, { scale: { min: 0, max: 5 } }) as never).winners;
}

/** Renames candidates by a permutation: the winners must follow the names. */
function renamed<T>(names: string[], permutation: string[], winners: readonly string[], map: (rename: (n: string) => string) => T): [T, string[]] {
  const rename = (n: string) => permutation[names.indexOf(n)];
  return [map(rename), winners.map(rename).sort()];
}

describe.each(rankedSingle)('ranked method %s keeps its claims', (id) => {
  const maxM = methods[id].info.maxCandidates ? Math.min(5, methods[id].info.maxCandidates ?? 5) : 5;

  if (claims(id, 'condorcet')) it('elects the Condorcet winner', () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), ({ candidates, ballots }) => {
        const profile = rankedProfile(candidates, ballots);
        const cw = condorcetWinnerIndex(pairwiseMatrix(profile));
        if (cw !== undefined) expect(methods[id].count(profile as never).winners).toEqual([candidates[cw]]);
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'condorcet-loser')) it('never elects the Condorcet loser', () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), ({ candidates, ballots }) => {
        const profile = rankedProfile(candidates, ballots);
        const cl = condorcetLoserIndex(pairwiseMatrix(profile));
        if (cl !== undefined) expect(methods[id].count(profile as never).winners).not.toContain(candidates[cl]);
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'majority')) it("elects a majority's favourite", () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), ({ candidates, ballots }) => {
        const n = ballots.reduce((s, b) => s + b.count, 0);
        const top = candidates.find((c) => 2 * ballots.filter((b) => b.ranking[0] === c).reduce((s, b) => s + b.count, 0) > n);
        if (top) expect(countRanked(id, candidates, ballots)).toEqual([top]);
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'smith')) it('stays inside the Smith set', () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), ({ candidates, ballots }) => {
        const profile = rankedProfile(candidates, ballots);
        const smith = methods['smith-set'].count(profile).winners;
        for (const w of methods[id].count(profile as never).winners) expect(smith).toContain(w);
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'pareto')) it('never elects a candidate everyone ranks below another', () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), ({ candidates, ballots }) => {
        const winners = countRanked(id, candidates, ballots);
        for (const y of candidates) {
          const dominated = candidates.some((x) => x !== y && ballots.every((b) => b.ranking.indexOf(x) < b.ranking.indexOf(y)));
          if (dominated) expect(winners).not.toContain(y);
        }
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'anonymity')) it('treats voters alike (shuffled and regrouped ballots)', () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), fc.integer(), ({ candidates, ballots }, seed) => {
        const singles = ballots.flatMap((b) => Array.from({ length: b.count }, () => ({ ranking: b.ranking, count: 1 })));
        const shuffledBallots = fc.sample(fc.shuffledSubarray(singles, { minLength: singles.length }), { numRuns: 1, seed })[0];
        expect(countRanked(id, candidates, shuffledBallots)).toEqual(countRanked(id, candidates, ballots));
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'neutrality')) it('treats candidates alike (renamed candidates)', () => {
    fc.assert(
      fc.property(arbitraryStrictElection(maxM), fc.integer(), ({ candidates, ballots }, seed) => {
        const permutation = fc.sample(fc.shuffledSubarray(candidates, { minLength: candidates.length }), { numRuns: 1, seed })[0];
        const winners = countRanked(id, candidates, ballots);
        const [renamedBallots, expected] = renamed(candidates, permutation, winners, (rn) => ballots.map((b) => ({ ranking: b.ranking.map(rn), count: b.count })));
        expect(countRanked(id, candidates, renamedBallots)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.each(gradedSingle)('graded method %s keeps its claims', (id) => {
  if (claims(id, 'majority')) it('elects the candidate a majority alone gives the top grade', () => {
    fc.assert(
      fc.property(arbitraryGradedElection(), ({ candidates, ballots }) => {
        const n = ballots.reduce((s, b) => s + b.count, 0);
        const top = candidates.find((c) => {
          const alone = ballots.filter((b) => b.grades[c] === 5 && candidates.every((o) => o === c || b.grades[o] < 5));
          return 2 * alone.reduce((s, b) => s + b.count, 0) > n;
        });
        if (top) expect(countGraded(id, candidates, ballots)).toEqual([top]);
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'pareto')) it('never elects a candidate everyone grades below another', () => {
    fc.assert(
      fc.property(arbitraryGradedElection(), ({ candidates, ballots }) => {
        const winners = countGraded(id, candidates, ballots);
        for (const y of candidates) {
          if (candidates.some((x) => x !== y && ballots.every((b) => b.grades[x] > b.grades[y]))) expect(winners).not.toContain(y);
        }
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'neutrality')) it('treats candidates alike (renamed candidates)', () => {
    fc.assert(
      fc.property(arbitraryGradedElection(), fc.integer(), ({ candidates, ballots }, seed) => {
        const permutation = fc.sample(fc.shuffledSubarray(candidates, { minLength: candidates.length }), { numRuns: 1, seed })[0];
        const winners = countGraded(id, candidates, ballots);
        const [renamedBallots, expected] = renamed(candidates, permutation, winners, (rn) =>
          ballots.map((b) => ({ grades: Object.fromEntries(Object.entries(b.grades).map(([c, g]) => [rn(c), g])), count: b.count })),
        );
        expect(countGraded(id, candidates, renamedBallots)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  if (claims(id, 'anonymity')) it('treats voters alike (regrouped ballots)', () => {
    fc.assert(
      fc.property(arbitraryGradedElection(), ({ candidates, ballots }) => {
        const singles = ballots.flatMap((b) => Array.from({ length: b.count }, () => ({ grades: b.grades, count: 1 }))).reverse();
        expect(countGraded(id, candidates, singles)).toEqual(countGraded(id, candidates, ballots));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('claims are consistent', () => {
  it('every Smith-efficient method is a Condorcet method, and every Condorcet method meets the majority criterion', () => {
    for (const id of METHOD_IDS) {
      if (claims(id, 'smith')) expect(claims(id, 'condorcet'), id).toBe(true);
      if (claims(id, 'condorcet') && methods[id].info.ballot === 'ranked') expect(claims(id, 'majority'), id).toBe(true);
    }
  });
});

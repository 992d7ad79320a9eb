/**
 * The engine's limits (docs/voting-rules.md §10): refused before any work, with the limit and
 * the value; exact arithmetic up to them. No test here measures time: work is bounded by
 * sizes, and a refusal is checked on elections whose count would not end (or would not fit in
 * memory) without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradedProfile,
  rankedProfile,
  type GradedBallotInput,
  type RankedBallotInput,
  type RankedProfile,
} from './ballots.ts';
import { VotingError } from './errors.ts';
import {
  GRADE_LIMIT,
  MAX_CANDIDATES,
  MAX_CELLS,
  MAX_LIST_SEATS,
  MAX_VOTERS,
  WORK_LIMIT,
  electionShape,
  methodWork,
} from './limits.ts';
import { METHOD_IDS, type CountOptions, type MethodId } from './method.ts';
import { methods } from './methods/index.ts';
import { arbitraryGradedElection, arbitraryRankedElection } from './testing/elections.ts';
import { methodNoun } from '../i18n/method-nouns.ts';
import { describeError } from '../i18n/index.ts';
import { messages } from '../i18n/messages/index.ts';

function errorOf(run: () => unknown): VotingError {
  try {
    run();
  } catch (error) {
    if (error instanceof VotingError) return error;
    throw error;
  }
  throw new Error('no error');
}

const names = (m: number) => Array.from({ length: m }, (_, i) => `c${i}`);

describe('grades stay exact', () => {
  it('refuses grades of 3,000,000,000 instead of wrapping them to −1,294,967,296 and electing B', () => {
    // Before: grades were stored in an Int32Array, A's 3e9 became −1,294,967,296 and score elected B.
    const error = errorOf(() =>
      gradedProfile(['A', 'B'], [{ grades: { A: 3_000_000_000, B: 1 }, count: 1 }], {
        scale: { min: 0, max: 4_000_000_000 },
      }),
    );
    expect(error.code).toBe('error.gradeLimit');
    expect(error.params).toEqual({ value: 4_000_000_000, min: -GRADE_LIMIT, max: GRADE_LIMIT });
    expect(describeError(error, 'en')).toBe(
      'grade_scale: Grades and the ends of the grade scale must lie between -1,000 and 1,000 (got: 4,000,000,000).',
    );
    expect(describeError(error, 'fr')).toMatch(
      /entre -1\u202f000 et 1\u202f000 \(reçu\u00a0: 4\u202f000\u202f000\u202f000\)/,
    );
  });

  it('counts grades at the limits with the most voters exactly', () => {
    const p = gradedProfile(
      ['A', 'B'],
      [
        { grades: { A: GRADE_LIMIT, B: GRADE_LIMIT - 1 }, count: MAX_VOTERS - 1 },
        { grades: { A: -GRADE_LIMIT, B: GRADE_LIMIT }, count: 1 },
      ],
      { scale: { min: -GRADE_LIMIT, max: GRADE_LIMIT } },
    );
    const r = methods.score.count(p);
    expect(r.scores).toEqual({
      A: GRADE_LIMIT * (MAX_VOTERS - 2),
      B: (GRADE_LIMIT - 1) * (MAX_VOTERS - 1) + GRADE_LIMIT,
    });
    expect(r.winners).toEqual(['A']);
  });

  it('refuses a grade or a scale bound one past the limit, on either side', () => {
    for (const scale of [
      { min: 0, max: GRADE_LIMIT + 1 },
      { min: -GRADE_LIMIT - 1, max: 0 },
    ]) {
      expect(errorOf(() => gradedProfile(['A'], [], { scale })).code).toBe('error.gradeLimit');
    }
    expect(
      gradedProfile(['A'], [{ grades: { A: -GRADE_LIMIT }, count: 1 }], {
        scale: { min: -GRADE_LIMIT, max: GRADE_LIMIT },
      }).grades[0],
    ).toBe(-GRADE_LIMIT);
  });
});

describe('voters stay exact', () => {
  it('accepts MAX_VOTERS voters and refuses one more, naming the limit and the value', () => {
    expect(
      rankedProfile(
        ['A', 'B'],
        [
          { ranking: ['A'], count: MAX_VOTERS - 1 },
          { ranking: ['B'], count: 1 },
        ],
      ).voters,
    ).toBe(MAX_VOTERS);
    const error = errorOf(() =>
      rankedProfile(
        ['A', 'B'],
        [
          { ranking: ['A'], count: MAX_VOTERS },
          { ranking: ['B'], count: 1 },
        ],
      ),
    );
    expect(error).toMatchObject({
      code: 'error.votersLimit',
      path: 'ballots[1].count',
      params: { value: MAX_VOTERS + 1, limit: MAX_VOTERS },
    });
    expect(describeError(error, 'en')).toMatch(/1,000,000,001 voters; the engine counts at most 1,000,000,000/);
    expect(
      errorOf(() =>
        gradedProfile(['A'], [{ grades: { A: 0 }, count: Number.MAX_SAFE_INTEGER }], { scale: { min: 0, max: 5 } }),
      ).code,
    ).toBe('error.votersLimit');
  });

  /** Winners (and seats) of a count, for comparing counts. */
  const decision = (
    id: MethodId,
    profile: Parameters<(typeof methods)[MethodId]['count']>[0],
    options: CountOptions,
  ) => {
    const r = methods[id].count(profile as never, options);
    return { winners: r.winners, elected: r.elected, seats: r.seatsByList };
  };
  const scaled = <B extends { count: number }>(ballots: readonly B[], k: number): B[] =>
    ballots.map((b) => ({ ...b, count: b.count * k }));

  // Every method but STV (whose Droop quota is rounded) and the draws elects the same when every
  // count is multiplied by the same number: so scaling up to MAX_VOTERS must not change winners.
  const homogeneous = METHOD_IDS.filter((id) => !['stv', 'sortition'].includes(id));

  it.each(homogeneous.filter((id) => methods[id].info.ballot === 'ranked'))(
    '%s elects the same with every count scaled up to the most voters',
    (id) => {
      fc.assert(
        fc.property(
          arbitraryRankedElection({ minCandidates: 2, maxCandidates: 4, maxBallots: 6, maxCount: 5 }),
          ({ candidates, ballots }) => {
            const voters = ballots.reduce((n, b) => n + b.count, 0);
            const k = Math.floor(MAX_VOTERS / voters);
            const options = { seats: methods[id].info.winners === 'multi' ? 2 : undefined };
            const small = decision(id, rankedProfile(candidates, ballots), options);
            const big = rankedProfile(candidates, scaled(ballots, k));
            expect(big.voters).toBeGreaterThan(MAX_VOTERS - voters);
            expect(decision(id, big, options)).toEqual(small);
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(homogeneous.filter((id) => methods[id].info.ballot === 'graded'))(
    '%s elects the same with counts scaled to the most voters and grades shifted to either limit',
    (id) => {
      fc.assert(
        fc.property(arbitraryGradedElection(4, 6, 5), fc.boolean(), ({ candidates, ballots }, up) => {
          const voters = ballots.reduce((n, b) => n + b.count, 0);
          const k = Math.floor(MAX_VOTERS / voters);
          const options = { seats: methods[id].info.winners === 'multi' ? 2 : undefined };
          const small = decision(id, gradedProfile(candidates, ballots, { scale: { min: 0, max: 5 } }), options);
          expect(
            decision(id, gradedProfile(candidates, scaled(ballots, k), { scale: { min: 0, max: 5 } }), options),
          ).toEqual(small);
          if (id === 'star') return; // STAR is defined on 0–5 only
          const shift = up ? GRADE_LIMIT - 5 : -GRADE_LIMIT;
          const shifted: GradedBallotInput[] = scaled(ballots, k).map((b) => ({
            grades: Object.fromEntries(Object.entries(b.grades).map(([c, g]) => [c, g + shift])),
            count: b.count,
          }));
          expect(
            decision(id, gradedProfile(candidates, shifted, { scale: { min: shift, max: 5 + shift } }), options),
          ).toEqual(small);
        }),
        { numRuns: 40 },
      );
    },
  );
});

describe('sizes are refused before anything big is allocated', () => {
  it('refuses more distinct ballots × candidates than MAX_CELLS, at the ballot that passes it', () => {
    const m = 10_000;
    const candidates = names(m);
    const fit = MAX_CELLS / m; // 5,000 distinct one-name ballots fit
    const ballots: RankedBallotInput[] = candidates.slice(0, fit + 1).map((c) => ({ ranking: [c], count: 1 }));
    const error = errorOf(() => rankedProfile(candidates, ballots));
    expect(error).toMatchObject({
      code: 'error.tooManyCells',
      path: `ballots[${fit}]`,
      params: { groups: fit + 1, candidates: m, limit: MAX_CELLS },
    });
    expect(rankedProfile(candidates, ballots.slice(0, fit)).ranks.length).toBe(MAX_CELLS);
    // Graded ballots, sparse thanks to a default grade: the same bound.
    const graded = candidates.slice(0, fit + 1).map((c) => ({ grades: { [c]: 1 }, count: 1 }));
    expect(errorOf(() => gradedProfile(candidates, graded, { scale: { min: 0, max: 1 }, defaultGrade: 0 })).code).toBe(
      'error.tooManyCells',
    );
  });

  it('reads sparse graded ballots with a default grade as the full rows they stand for', () => {
    const p = gradedProfile(
      ['A', 'B', 'C'],
      [
        { grades: { B: 3 }, count: 2 },
        { grades: { A: 0, B: 3, C: 0 }, count: 1 },
        { grades: {}, count: 4 },
        { grades: { C: 5, A: 1 }, count: 1 },
      ],
      { scale: { min: 0, max: 5 }, defaultGrade: 0 },
    );
    expect(Array.from(p.counts)).toEqual([3, 4, 1]);
    expect(Array.from(p.grades)).toEqual([0, 3, 0, 0, 0, 0, 1, 0, 5]);
  });

  it('refuses 65,535 candidates for any method (16-bit ranks)', () => {
    expect(errorOf(() => rankedProfile(names(MAX_CANDIDATES + 1), [])).code).toBe('error.tooManyCandidatesTotal');
  });

  it.each(METHOD_IDS.filter((id) => methods[id].info.maxCandidates < MAX_CANDIDATES))(
    '%s refuses one candidate past its own limit, naming the method and the limit',
    (id) => {
      const { maxCandidates: limit, ballot } = methods[id].info;
      const candidates = names(limit + 1);
      const profile =
        ballot === 'graded'
          ? gradedProfile(candidates, [{ grades: { c0: 1 }, count: 1 }], { scale: { min: 0, max: 5 }, defaultGrade: 0 })
          : rankedProfile(candidates, [{ ranking: ['c0'], count: 1 }]);
      const error = errorOf(() => methods[id].count(profile as never, { seats: 1 }));
      expect(error).toMatchObject({ code: 'error.tooManyCandidates', params: { method: id, limit, got: limit + 1 } });
      // Said as a noun in running text (« la méthode de Schulze »), never as the bare id.
      expect(describeError(error, 'fr')).toContain(methodNoun(id, 'fr'));
    },
  );

  it('keeps the costly methods to a few hundred candidates', () => {
    expect(methods['kemeny-young'].info.maxCandidates).toBe(20);
    for (const id of ['schulze', 'ranked-pairs', 'baldwin', 'nanson'] as const)
      expect(methods[id].info.maxCandidates).toBe(500);
  });

  /** A profile whose groups all share one tier list: the limits read its shape, nothing else. */
  function wide(m: number, groups: number): RankedProfile {
    const everyone = [Array.from({ length: m }, (_, c) => c)];
    return {
      kind: 'ranked',
      candidates: names(m),
      voters: groups,
      counts: new Float64Array(groups).fill(1),
      ranks: new Uint16Array(0), // never read: the count is refused first
      tiers: new Array<number[][]>(groups).fill(everyone),
      complete: false,
    };
  }

  it('refuses a count whose work would pass WORK_LIMIT, before doing any of it', () => {
    // 50 million cells: within the model's limits, and within each method's candidate limit.
    for (const id of ['irv', 'coombs', 'copeland', 'two-round', 'minimax', 'schulze', 'baldwin'] as const) {
      const m = methods[id].info.maxCandidates;
      const profile = wide(m, MAX_CELLS / m);
      const error = errorOf(() => methods[id].count(profile));
      expect(error.code, id).toBe('error.tooMuchWork');
      expect(error.params.method).toBe(id);
      expect(error.params.limit).toBe(WORK_LIMIT);
      expect(error.params.work).toBe(methodWork(id, electionShape(profile)));
    }
    // Plurality reads each ballot once: allowed.
    expect(methodWork('plurality', electionShape(wide(2_000, 25_000)))).toBeLessThan(WORK_LIMIT);
  });

  it('refuses seats beyond one per candidate, and beyond MAX_LIST_SEATS for party lists', () => {
    const p = rankedProfile(['A', 'B', 'C'], [{ ranking: ['A', 'B'], count: 3 }]);
    for (const id of ['stv', 'bloc-plurality'] as const) {
      expect(errorOf(() => methods[id].count(p, { seats: 4 }))).toMatchObject({
        code: 'error.seatsAboveCandidates',
        params: { method: id, seats: 4, candidates: 3 },
      });
    }
    expect(methods.dhondt.count(p, { seats: MAX_LIST_SEATS }).seatsByList).toEqual({ A: MAX_LIST_SEATS, B: 0, C: 0 });
    for (const id of ['dhondt', 'sainte-lague', 'largest-remainder', 'french-municipal'] as const) {
      // Before: a billion seats ran the highest-averages loop a billion times.
      expect(errorOf(() => methods[id].count(p, { seats: 1e9 }))).toMatchObject({
        code: 'error.seatsLimit',
        params: { method: id, seats: 1e9, limit: MAX_LIST_SEATS },
      });
    }
  });

  it('refuses ballots of the wrong kind instead of failing inside the count', () => {
    const p = rankedProfile(['A', 'B'], [{ ranking: ['A'], count: 1 }]);
    expect(errorOf(() => methods['bloc-approval'].count(p as never, { seats: 1 }))).toMatchObject({
      code: 'error.wrongBallotKind',
    });
  });

  it('has a French and an English message for every limit', () => {
    for (const key of [
      'error.votersLimit',
      'error.tooManyCells',
      'error.gradeLimit',
      'error.tooMuchWork',
      'error.seatsAboveCandidates',
      'error.seatsLimit',
    ]) {
      expect(messages.fr[key], key).toBeDefined();
      expect(messages.en[key], key).toBeDefined();
    }
  });
});

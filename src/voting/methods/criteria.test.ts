/**
 * Property tests: every criterion a method claims in its metadata (MethodInfo.criteria) is
 * checked on random small elections (complete strict rankings, truncated ones where the
 * criterion is about later preferences; 0–5 grades for graded methods). A claim that no
 * check below covers fails the last test: a claim is either tested here or removed.
 *
 * Ties: methods report every tied winner (Result.winners, never tie-broken), so the checks
 * compare winner sets. "x wins" means x is among the winners; where the literature's
 * criterion is about a sole winner, the check also asks that a sole winner stays the sole
 * winner. Several-seat methods are checked with the meaning their metadata comments give
 * (majority and Pareto with one seat; proportionality as each kind of method defines it).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, rankedProfile, type GradedBallotInput, type RankedBallotInput } from '../ballots.ts';
import { METHOD_IDS, type CountOptions, type Criterion, type MethodId } from '../method.ts';
import type { Result } from '../result.ts';
import { methods } from './index.ts';
import { condorcetLoserIndex, condorcetWinnerIndex, pairwiseMatrix } from '../pairwise.ts';
import { NAMES, arbitraryGradedElection, arbitraryStrictElection } from '../testing/elections.ts';

const RUNS = 150;

type Ballot = { ranking: string[]; count: number };
type RankedElection = { candidates: string[]; ballots: Ballot[] };
type GradedElection = { candidates: string[]; ballots: GradedBallotInput[] };
type Check = (id: MethodId) => void;

const info = (id: MethodId) => methods[id].info;
const claims = (id: MethodId, c: Criterion) => (info(id).criteria as readonly string[]).includes(c);
/** At most `most` candidates, and never more than the method accepts. */
const maxCandidates = (id: MethodId, most = 5) => Math.min(most, info(id).maxCandidates ?? most);

function countRanked(
  id: MethodId,
  candidates: readonly string[],
  ballots: readonly RankedBallotInput[],
  options?: CountOptions,
): Result {
  return methods[id].count(rankedProfile([...candidates], [...ballots]) as never, options);
}
function countGraded(
  id: MethodId,
  candidates: readonly string[],
  ballots: readonly GradedBallotInput[],
  options?: CountOptions,
): Result {
  return methods[id].count(
    gradedProfile([...candidates], [...ballots], { scale: { min: 0, max: 5 } }) as never,
    options,
  );
}
const rankedWinners = (id: MethodId, e: RankedElection, options?: CountOptions) =>
  countRanked(id, e.candidates, e.ballots, options).winners;
const gradedWinners = (id: MethodId, e: GradedElection, options?: CountOptions) =>
  countGraded(id, e.candidates, e.ballots, options).winners;

const voters = (ballots: readonly { count: number }[]) => ballots.reduce((s, b) => s + b.count, 0);

/** The same ballots one voter at a time, in an order drawn from `seed`. */
function shuffledVoters<B extends { count: number }>(ballots: readonly B[], seed: number): B[] {
  const singles = ballots.flatMap((b) => Array.from({ length: b.count }, () => ({ ...b, count: 1 })));
  return fc.sample(fc.shuffledSubarray(singles, { minLength: singles.length }), { numRuns: 1, seed })[0];
}

/** The candidates in an order drawn from `seed`: candidate i is renamed permutation[i]. */
const permutationOf = (candidates: readonly string[], seed: number): string[] =>
  fc.sample(fc.shuffledSubarray([...candidates], { minLength: candidates.length }), { numRuns: 1, seed })[0];

/** What a count decides, as plain data (names sorted), renamed by `rename`. */
function decision(r: Result, rename: (n: string) => string = (n) => n) {
  const sorted = (names: readonly string[]) => names.map(rename).sort();
  return {
    winners: sorted(r.winners),
    elected: r.elected ? sorted(r.elected) : undefined,
    seatsByList: r.seatsByList
      ? Object.fromEntries(Object.entries(r.seatsByList).map(([n, s]) => [rename(n), s]))
      : undefined,
    tie: r.tie ? { tied: sorted(r.tie.tied), places: r.tie.places } : undefined,
  };
}

/**
 * Some voters change their ballot: for each pick, `voters` of group `group` (modulo the
 * number of groups, at most the whole group) take `change(ballot, pick)`.
 */
function changeSome<B extends { count: number }, P extends { group: number; voters: number }>(
  ballots: readonly B[],
  picks: readonly P[],
  change: (b: B, p: P) => B,
): B[] {
  const out = ballots.map((b) => ({ ...b }));
  for (const p of picks) {
    const g = p.group % ballots.length;
    const k = Math.min(p.voters, out[g].count);
    if (k === 0) continue;
    out[g].count -= k;
    out.push({ ...change(out[g], p), count: k });
  }
  return out.filter((b) => b.count > 0);
}
const picks = <T extends object>(extra: fc.Arbitrary<T>) =>
  fc.array(
    fc
      .tuple(fc.record({ group: fc.nat(), voters: fc.integer({ min: 1, max: 5 }) }), extra)
      .map(([p, e]) => ({ ...p, ...e })),
    { minLength: 1, maxLength: 3 },
  );

/** `x` moved `by` places up a ranking (at most to the top). */
function raised(ranking: readonly string[], x: string, by: number): string[] {
  const out = ranking.filter((c) => c !== x);
  out.splice(Math.max(0, ranking.indexOf(x) - by), 0, x);
  return out;
}

/** A strict election with a ballot added (every candidate ranked, `count` voters). */
const withAddedRanking = (maxM: number) =>
  arbitraryStrictElection(maxM).chain((e) =>
    fc.record({
      e: fc.constant(e),
      added: fc.shuffledSubarray(e.candidates, { minLength: e.candidates.length }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  );

// ------------------------------------------------------------------ one winner (or a set), ranked

const rankedChecks: Partial<Record<Criterion, Check>> = {
  condorcet: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), ({ candidates, ballots }) => {
        const profile = rankedProfile(candidates, ballots);
        const cw = condorcetWinnerIndex(pairwiseMatrix(profile));
        if (cw !== undefined) expect(methods[id].count(profile as never).winners).toEqual([candidates[cw]]);
      }),
      { numRuns: RUNS },
    ),

  'condorcet-loser': (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), ({ candidates, ballots }) => {
        const profile = rankedProfile(candidates, ballots);
        const cl = condorcetLoserIndex(pairwiseMatrix(profile));
        if (cl !== undefined) expect(methods[id].count(profile as never).winners).not.toContain(candidates[cl]);
      }),
      { numRuns: RUNS },
    ),

  majority: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), (e) => {
        const top = majorityFavourite(e);
        if (top) expect(rankedWinners(id, e)).toEqual([top]);
      }),
      { numRuns: RUNS },
    ),

  smith: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), ({ candidates, ballots }) => {
        const profile = rankedProfile(candidates, ballots);
        const smith = methods['smith-set'].count(profile).winners;
        for (const w of methods[id].count(profile as never).winners) expect(smith).toContain(w);
      }),
      { numRuns: RUNS },
    ),

  pareto: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), (e) => {
        const winners = rankedWinners(id, e);
        for (const [, y] of dominations(e)) expect(winners).not.toContain(y);
      }),
      { numRuns: RUNS },
    ),

  anonymity: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), fc.integer(), (e, seed) => {
        expect(rankedWinners(id, { candidates: e.candidates, ballots: shuffledVoters(e.ballots, seed) })).toEqual(
          rankedWinners(id, e),
        );
      }),
      { numRuns: RUNS },
    ),

  neutrality: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), fc.integer(), (e, seed) => {
        const permutation = permutationOf(e.candidates, seed);
        const rename = (n: string) => permutation[e.candidates.indexOf(n)];
        const renamed = e.ballots.map((b) => ({ ranking: b.ranking.map(rename), count: b.count }));
        expect(rankedWinners(id, { candidates: e.candidates, ballots: renamed })).toEqual(
          rankedWinners(id, e).map(rename).sort(),
        );
      }),
      { numRuns: RUNS },
    ),

  // Raising a winner x on some ballots (the others keep their order) never makes x lose, and a
  // sole winner stays the sole winner.
  monotonicity: (id) =>
    fc.assert(
      fc.property(
        arbitraryStrictElection(maxCandidates(id)),
        fc.nat(),
        picks(fc.record({ by: fc.integer({ min: 1, max: 4 }) })),
        (e, w, ps) => {
          const before = rankedWinners(id, e);
          if (before.length === 0) return;
          const x = before[w % before.length];
          const after = rankedWinners(id, {
            candidates: e.candidates,
            ballots: changeSome(e.ballots, ps, (b, p) => ({ ...b, ranking: raised(b.ranking, x, p.by) })),
          });
          expect(after).toContain(x);
          if (before.length === 1) expect(after).toEqual([x]);
        },
      ),
      { numRuns: RUNS },
    ),

  // Adding ballots that rank x above y never turns a win of x into a win of y without x.
  participation: (id) =>
    fc.assert(
      fc.property(withAddedRanking(maxCandidates(id)), ({ e, added, count }) => {
        const before = rankedWinners(id, e);
        const after = rankedWinners(id, {
          candidates: e.candidates,
          ballots: [...e.ballots, { ranking: added, count }],
        });
        added.forEach((x, i) => {
          for (const y of added.slice(i + 1))
            if (before.includes(x) && after.includes(y)) expect(after, `${x} > ${y} added`).toContain(x);
        });
      }),
      { numRuns: RUNS },
    ),

  // Truncated ballots; some voters of one group add later preferences: every candidate they
  // had already ranked that won still wins (a sole winner stays the sole winner).
  'later-no-harm': (id) =>
    fc.assert(
      fc.property(
        arbitraryStrictElection(maxCandidates(id)).chain((e) =>
          fc.record({
            e: fc.constant(e),
            lengths: fc.array(fc.integer({ min: 1, max: e.candidates.length }), {
              minLength: e.ballots.length,
              maxLength: e.ballots.length,
            }),
            group: fc.nat(),
            voters: fc.integer({ min: 1, max: 5 }),
            more: fc.integer({ min: 1, max: e.candidates.length }),
          }),
        ),
        ({ e, lengths, group, voters, more }) => {
          const truncated = e.ballots.map((b, g) => ({ ranking: b.ranking.slice(0, lengths[g]), count: b.count }));
          const g = group % e.ballots.length;
          const m = e.candidates.length;
          if (lengths[g] === m) return;
          const longer = e.ballots[g].ranking.slice(0, Math.min(m, lengths[g] + more));
          const before = rankedWinners(id, { candidates: e.candidates, ballots: truncated });
          const after = rankedWinners(id, {
            candidates: e.candidates,
            ballots: changeSome(truncated, [{ group: g, voters }], (b) => ({ ...b, ranking: longer })),
          });
          for (const x of truncated[g].ranking) {
            if (!before.includes(x)) continue;
            expect(after, `${x} was ranked before the later preferences`).toContain(x);
            if (before.length === 1) expect(after).toEqual([x]);
          }
        },
      ),
      { numRuns: RUNS },
    ),

  // A clone y′ of y (next to y on every ballot, above it on some, below on others): if y did
  // not win, the winners do not change; if y alone won, y or its clone wins, nobody else.
  'clone-independence': (id) =>
    fc.assert(
      fc.property(
        arbitraryStrictElection(maxCandidates(id, 4)).chain((e) =>
          fc.record({
            e: fc.constant(e),
            y: fc.constantFrom(...e.candidates),
            above: fc.array(fc.boolean(), { minLength: e.ballots.length, maxLength: e.ballots.length }),
          }),
        ),
        ({ e, y, above }) => {
          const clone = `${y}2`;
          const ballots = e.ballots.map((b, g) => ({
            ranking: b.ranking.flatMap((c) => (c !== y ? [c] : above[g] ? [clone, y] : [y, clone])),
            count: b.count,
          }));
          const before = rankedWinners(id, e);
          const after = rankedWinners(id, { candidates: [...e.candidates, clone], ballots });
          if (!before.includes(y)) expect(after).toEqual(before);
          else if (before.length === 1) {
            expect(after.length).toBeGreaterThan(0);
            for (const w of after) expect([y, clone]).toContain(w);
          }
        },
      ),
      { numRuns: RUNS },
    ),
};

/** The candidate more than half of the voters rank first, if any. */
function majorityFavourite({ candidates, ballots }: RankedElection): string | undefined {
  const n = voters(ballots);
  return candidates.find((c) => 2 * voters(ballots.filter((b) => b.ranking[0] === c)) > n);
}

/** Pairs [x, y] where every voter ranks x above y. */
function dominations({ candidates, ballots }: RankedElection): [string, string][] {
  return candidates.flatMap((x) =>
    candidates
      .filter((y) => y !== x && ballots.every((b) => b.ranking.indexOf(x) < b.ranking.indexOf(y)))
      .map((y): [string, string] => [x, y]),
  );
}

// ------------------------------------------------------------------ one winner, graded

const gradedChecks: Partial<Record<Criterion, Check>> = {
  majority: (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), ({ candidates, ballots }) => {
        const n = voters(ballots);
        const top = candidates.find((c) => {
          const alone = ballots.filter((b) => b.grades[c] === 5 && candidates.every((o) => o === c || b.grades[o] < 5));
          return 2 * voters(alone) > n;
        });
        if (top) expect(gradedWinners(id, { candidates, ballots })).toEqual([top]);
      }),
      { numRuns: RUNS },
    ),

  pareto: (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), (e) => {
        const winners = gradedWinners(id, e);
        for (const y of e.candidates) {
          if (e.candidates.some((x) => x !== y && e.ballots.every((b) => b.grades[x] > b.grades[y])))
            expect(winners).not.toContain(y);
        }
      }),
      { numRuns: RUNS },
    ),

  // The candidate that loses every duel (more voters grade the other one higher) never wins.
  'condorcet-loser': (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), (e) => {
        const prefer = (x: string, y: string) => voters(e.ballots.filter((b) => b.grades[x] > b.grades[y]));
        const loser = e.candidates.find((y) => e.candidates.every((x) => x === y || prefer(x, y) > prefer(y, x)));
        if (loser) expect(gradedWinners(id, e)).not.toContain(loser);
      }),
      { numRuns: RUNS },
    ),

  neutrality: (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), fc.integer(), (e, seed) => {
        const permutation = permutationOf(e.candidates, seed);
        const rename = (n: string) => permutation[e.candidates.indexOf(n)];
        const renamed = e.ballots.map((b) => ({
          grades: Object.fromEntries(Object.entries(b.grades).map(([c, g]) => [rename(c), g])),
          count: b.count,
        }));
        expect(gradedWinners(id, { candidates: e.candidates, ballots: renamed })).toEqual(
          gradedWinners(id, e).map(rename).sort(),
        );
      }),
      { numRuns: RUNS },
    ),

  anonymity: (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), fc.integer(), (e, seed) => {
        expect(gradedWinners(id, { candidates: e.candidates, ballots: shuffledVoters(e.ballots, seed) })).toEqual(
          gradedWinners(id, e),
        );
      }),
      { numRuns: RUNS },
    ),

  // Raising a winner's grade on some ballots never makes it lose; a sole winner stays sole.
  monotonicity: (id) =>
    fc.assert(
      fc.property(
        arbitraryGradedElection(),
        fc.nat(),
        picks(fc.record({ by: fc.integer({ min: 1, max: 5 }) })),
        (e, w, ps) => {
          const before = gradedWinners(id, e);
          if (before.length === 0) return;
          const x = before[w % before.length];
          const after = gradedWinners(id, {
            candidates: e.candidates,
            ballots: changeSome(e.ballots, ps, (b, p) => ({
              ...b,
              grades: { ...b.grades, [x]: Math.min(5, b.grades[x] + p.by) },
            })),
          });
          expect(after).toContain(x);
          if (before.length === 1) expect(after).toEqual([x]);
        },
      ),
      { numRuns: RUNS },
    ),

  // Adding ballots that grade x above y never turns a win of x into a win of y without x.
  participation: (id) =>
    fc.assert(
      fc.property(
        arbitraryGradedElection().chain((e) =>
          fc.record({
            e: fc.constant(e),
            grades: fc.array(fc.integer({ min: 0, max: 5 }), {
              minLength: e.candidates.length,
              maxLength: e.candidates.length,
            }),
            count: fc.integer({ min: 1, max: 3 }),
          }),
        ),
        ({ e, grades, count }) => {
          const added = Object.fromEntries(e.candidates.map((c, i) => [c, grades[i]]));
          const before = gradedWinners(id, e);
          const after = gradedWinners(id, {
            candidates: e.candidates,
            ballots: [...e.ballots, { grades: added, count }],
          });
          for (const x of e.candidates) {
            for (const y of e.candidates) {
              if (added[x] > added[y] && before.includes(x) && after.includes(y))
                expect(after, `${x} graded above ${y} added`).toContain(x);
            }
          }
        },
      ),
      { numRuns: RUNS },
    ),
};

// ------------------------------------------------------------------ several seats

const seatCounts = fc.integer({ min: 1, max: 6 });
/** A candidate method fills at most one seat per candidate (docs/voting-rules.md §10): more is refused. */
const seatsFor = (id: MethodId, seats: number, candidates: number) =>
  info(id).maxSeats === 'candidates' ? Math.min(seats, Math.max(candidates, 1)) : seats;

const gradedMultiChecks: Partial<Record<Criterion, Check>> = {
  anonymity: (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), seatCounts, fc.integer(), (e, asked, seed) => {
        const seats = seatsFor(id, asked, e.candidates.length);
        const shuffled = shuffledVoters(e.ballots, seed);
        expect(decision(countGraded(id, e.candidates, shuffled, { seats }))).toEqual(
          decision(countGraded(id, e.candidates, e.ballots, { seats })),
        );
      }),
      { numRuns: RUNS },
    ),

  neutrality: (id) =>
    fc.assert(
      fc.property(arbitraryGradedElection(), seatCounts, fc.integer(), (e, asked, seed) => {
        const seats = seatsFor(id, asked, e.candidates.length);
        const permutation = permutationOf(e.candidates, seed);
        const rename = (n: string) => permutation[e.candidates.indexOf(n)];
        const renamed = e.ballots.map((b) => ({
          grades: Object.fromEntries(Object.entries(b.grades).map(([c, g]) => [rename(c), g])),
          count: b.count,
        }));
        expect(decision(countGraded(id, e.candidates, renamed, { seats }))).toEqual(
          decision(countGraded(id, e.candidates, e.ballots, { seats }), rename),
        );
      }),
      { numRuns: RUNS },
    ),
};

const multiChecks: Partial<Record<Criterion, Check>> = {
  anonymity: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), seatCounts, fc.integer(), (e, asked, seed) => {
        const seats = seatsFor(id, asked, e.candidates.length);
        const shuffled = shuffledVoters(e.ballots, seed);
        expect(decision(countRanked(id, e.candidates, shuffled, { seats }))).toEqual(
          decision(countRanked(id, e.candidates, e.ballots, { seats })),
        );
      }),
      { numRuns: RUNS },
    ),

  neutrality: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), seatCounts, fc.integer(), (e, asked, seed) => {
        const seats = seatsFor(id, asked, e.candidates.length);
        const permutation = permutationOf(e.candidates, seed);
        const rename = (n: string) => permutation[e.candidates.indexOf(n)];
        const renamed = e.ballots.map((b) => ({ ranking: b.ranking.map(rename), count: b.count }));
        expect(decision(countRanked(id, e.candidates, renamed, { seats }))).toEqual(
          decision(countRanked(id, e.candidates, e.ballots, { seats }), rename),
        );
      }),
      { numRuns: RUNS },
    ),

  // With one seat, the candidate (or list) more than half of the voters put first wins it.
  majority: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), (e) => {
        const top = majorityFavourite(e);
        if (top) expect(rankedWinners(id, e, { seats: 1 })).toEqual([top]);
      }),
      { numRuns: RUNS },
    ),

  // If every voter ranks x above y: with one seat y never wins; with more, y is never chosen
  // (elected or tied for the last seats) while x is left out.
  pareto: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), seatCounts, (e, asked) => {
        const seats = seatsFor(id, asked, e.candidates.length);
        const winners = rankedWinners(id, e, { seats });
        for (const [x, y] of dominations(e)) {
          if (seats === 1) expect(winners).not.toContain(y);
          else if (winners.includes(y)) expect(winners, `everyone ranks ${x} above ${y}`).toContain(x);
        }
      }),
      { numRuns: RUNS },
    ),

  proportionality: (id) => {
    const listMethod =
      countRanked(id, ['A', 'B'], [{ ranking: ['A', 'B'], count: 1 }], { seats: 2 }).seatsByList !== undefined;
    if (listMethod) {
      exactProportionality(id);
      if (QUOTA[id]) quotaRule(id, QUOTA[id]);
    } else solidCoalitions(id);
  },
};

/**
 * List methods: when the lists' votes are exactly proportional to some sharing of the seats
 * (votes = c × seats for every list), that sharing is the result.
 */
function exactProportionality(id: MethodId): void {
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 5 }).chain((m) =>
        fc.record({
          shares: fc
            .array(fc.integer({ min: 0, max: 5 }), { minLength: m, maxLength: m })
            .filter((a) => a.some((s) => s > 0)),
          c: fc.integer({ min: 1, max: 7 }),
          orders: fc.array(fc.shuffledSubarray(NAMES.slice(0, m), { minLength: m }), { minLength: m, maxLength: m }),
        }),
      ),
      ({ shares, c, orders }) => {
        const lists = NAMES.slice(0, shares.length);
        const seats = shares.reduce((a, b) => a + b, 0);
        // List i's voters put it first, then the other lists in some order.
        const ballots = lists.flatMap((l, i) =>
          shares[i] > 0 ? [{ ranking: [l, ...orders[i].filter((o) => o !== l)], count: c * shares[i] }] : [],
        );
        const r = countRanked(id, lists, ballots, { seats });
        expect(r.tie).toBeUndefined();
        expect(lists.map((l) => r.seatsByList?.[l] ?? 0)).toEqual(shares);
      },
    ),
    { numRuns: RUNS },
  );
}

/**
 * Quota (Balinski & Young): each list's seats lie between the whole part of its exact share
 * (votes × seats / valid votes) and that share rounded up. D'Hondt keeps the lower bound;
 * Hare largest remainder both; Sainte-Laguë neither in general (only exact proportionality).
 */
const QUOTA: Partial<Record<MethodId, { readonly lower: boolean; readonly upper: boolean }>> = {
  dhondt: { lower: true, upper: false },
  'largest-remainder': { lower: true, upper: true },
};

function quotaRule(id: MethodId, rule: { readonly lower: boolean; readonly upper: boolean }): void {
  fc.assert(
    fc.property(arbitraryStrictElection(5, 12, 9), fc.integer({ min: 1, max: 12 }), (e, seats) => {
      const r = countRanked(id, e.candidates, e.ballots, { seats });
      const total = voters(e.ballots);
      for (const l of e.candidates) {
        const votes = voters(e.ballots.filter((b) => b.ranking[0] === l));
        const held = r.seatsByList?.[l] ?? 0;
        // A list tied for the last seat(s) may or may not take one: both must keep the rule.
        const mayTake = r.tie?.tied.includes(l) ? 1 : 0;
        if (rule.lower)
          expect(held, `${l}: ${votes} of ${total} votes, ${seats} seats`).toBeGreaterThanOrEqual(
            Math.floor((votes * seats) / total),
          );
        if (rule.upper)
          expect(held + mayTake, `${l}: ${votes} of ${total} votes, ${seats} seats`).toBeLessThanOrEqual(
            Math.ceil((votes * seats) / total),
          );
      }
    }),
    { numRuns: RUNS },
  );
}

/**
 * Candidate methods (STV-like): proportionality for solid coalitions (Woodall) with the Droop
 * quota q = floor(v / (seats + 1)) + 1. If at least k·q voters rank the candidates of a set S
 * (in any order) above every other candidate, at least min(k, |S|) of S are elected: in the
 * default count, and whatever a lot draws (tieBreak 'lot'); a tie left for the last seats may
 * go against S. Elections: a few solid coalitions (each with its own S) and random ballots.
 */
function solidCoalitions(id: MethodId): void {
  const m = maxCandidates(id, 6);
  const coalition = fc.record({
    S: fc.subarray(NAMES.slice(0, m), { minLength: 1 }),
    groups: fc.array(
      fc.tuple(fc.shuffledSubarray(NAMES.slice(0, m), { minLength: m }), fc.integer({ min: 1, max: 8 })),
      { minLength: 1, maxLength: 3 },
    ),
  });
  fc.assert(
    fc.property(
      fc.array(coalition, { minLength: 1, maxLength: 3 }),
      fc.array(fc.tuple(fc.shuffledSubarray(NAMES.slice(0, m), { minLength: m }), fc.integer({ min: 1, max: 4 })), {
        maxLength: 3,
      }),
      fc.integer({ min: 1, max: m }),
      (coalitions, noise, seats) => {
        const candidates = NAMES.slice(0, m);
        // A coalition's ballots: its S first (in the order of the drawn ranking), then the others.
        const solid = coalitions.map(({ S, groups }) =>
          groups.map(([order, count]) => ({
            ranking: [...order.filter((c) => S.includes(c)), ...order.filter((c) => !S.includes(c))],
            count,
          })),
        );
        const ballots = [...solid.flat(), ...noise.map(([ranking, count]) => ({ ranking, count }))];
        const quota = Math.floor(voters(ballots) / (seats + 1)) + 1;
        const results = [undefined, 'crabe', 'homard'].map(
          (seed) =>
            [
              seed ?? 'no lot',
              countRanked(id, candidates, ballots, seed ? { seats, tieBreak: 'lot', seed } : { seats }),
            ] as const,
        );
        coalitions.forEach(({ S }, i) => {
          const k = Math.min(S.length, Math.floor(voters(solid[i]) / quota));
          const inS = (names: readonly string[]) => names.filter((c) => S.includes(c)).length;
          for (const [how, r] of results) {
            // The places of a tie could all go to candidates outside S, if enough of them are tied.
            const fromTie = r.tie ? Math.max(0, r.tie.places - (r.tie.tied.length - inS(r.tie.tied))) : 0;
            const why = `S = ${S.join(' ')}: ${voters(solid[i])} of ${voters(ballots)} voters, quota ${quota}, ${seats} seats, ${how}`;
            expect(inS(r.elected ?? r.winners) + fromTie, why).toBeGreaterThanOrEqual(k);
          }
        });
      },
    ),
    { numRuns: RUNS },
  );
}

// ------------------------------------------------------------------ chance

const chanceChecks: Partial<Record<Criterion, Check>> = {
  // Regrouped and reordered ballots: the same chances, and the same draw for the same seed.
  anonymity: (id) =>
    fc.assert(
      fc.property(
        arbitraryStrictElection(maxCandidates(id)),
        fc.integer(),
        fc.string({ minLength: 1, maxLength: 6 }),
        (e, order, seed) => {
          const shuffled = { candidates: e.candidates, ballots: shuffledVoters(e.ballots, order) };
          const [a, b] = [
            countRanked(id, e.candidates, e.ballots),
            countRanked(id, shuffled.candidates, shuffled.ballots),
          ];
          expect([b.winners, b.probabilities]).toEqual([a.winners, a.probabilities]);
          expect(rankedWinners(id, shuffled, { seed })).toEqual(rankedWinners(id, e, { seed }));
        },
      ),
      { numRuns: RUNS },
    ),

  // A candidate every voter ranks below another has no chance, and is never drawn.
  pareto: (id) =>
    fc.assert(
      fc.property(arbitraryStrictElection(maxCandidates(id)), fc.string({ minLength: 1, maxLength: 6 }), (e, seed) => {
        const r = countRanked(id, e.candidates, e.ballots);
        const drawn = rankedWinners(id, e, { seed });
        for (const [, y] of dominations(e)) {
          expect(r.winners).not.toContain(y);
          expect(r.probabilities?.[y]?.num ?? 0).toBe(0);
          expect(drawn).not.toContain(y);
        }
      }),
      { numRuns: RUNS },
    ),
};

/** The checks that apply to a method, by its kind. */
function checksFor(id: MethodId): Partial<Record<Criterion, Check>> {
  const { ballot, winners, random } = info(id);
  if (random) return winners === 'single' && ballot === 'ranked' ? chanceChecks : {};
  if (winners === 'multi') return ballot === 'graded' ? gradedMultiChecks : ballot === 'ranked' ? multiChecks : {};
  if (ballot === 'graded') return gradedChecks;
  return ballot === 'ranked' ? rankedChecks : {};
}

// (Sortition claims nothing: it ignores the ballots.)
describe.each(METHOD_IDS.filter((id) => info(id).criteria.length > 0))('%s keeps the criteria it claims', (id) => {
  const checks = checksFor(id);
  for (const criterion of info(id).criteria) {
    const check = checks[criterion];
    if (check) it(criterion, () => check(id));
  }
});

describe('claims', () => {
  it('every criterion a method claims is checked above', () => {
    const unchecked = METHOD_IDS.flatMap((id) =>
      info(id)
        .criteria.filter((c) => !checksFor(id)[c])
        .map((c) => `${id}: ${c}`),
    );
    expect(unchecked).toEqual([]);
  });

  it('are consistent: every Smith-efficient method is a Condorcet method, and every ranked Condorcet method meets the majority criterion', () => {
    for (const id of METHOD_IDS) {
      if (claims(id, 'smith')) expect(claims(id, 'condorcet'), id).toBe(true);
      if (claims(id, 'condorcet') && info(id).ballot === 'ranked') expect(claims(id, 'majority'), id).toBe(true);
    }
  });
});

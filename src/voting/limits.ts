/**
 * The engine's limits (docs/voting-rules.md §10). Every count is bounded before any work is
 * done: the ballot model refuses an election beyond the sizes below while it is being built
 * (before the big arrays are allocated), and every method's count() first goes through
 * checkCountLimits() (wired in by defineMethod, so no caller can skip it), which refuses a
 * candidate count above the method's own limit, seats beyond their bound, and an election
 * whose estimated work passes WORK_LIMIT. Every refusal is a VotingError naming the limit and
 * the value (message keys in src/i18n/messages/engine.ts).
 *
 * The numbers also keep the arithmetic exact: with at most MAX_VOTERS voters, grades within
 * ±GRADE_LIMIT and the candidate limits of the methods, no total any method forms passes
 * Number.MAX_SAFE_INTEGER (the largest: STV's units, voters × 100,000 = 10^14; Borda's doubled
 * points, 2 × 65,533 × 10^9 ≈ 1.3 × 10^14; Nanson's cross-multiplied mean, k × 2(k−1) × 10^9
 * ≤ 5 × 10^14 for k ≤ 500). limits.test.ts checks every method at those extremes.
 */
import type { Profile } from './ballots.ts';
import { VotingError, tooManyCandidates } from './errors.ts';
import type { CountOptions, MethodId, MethodInfo } from './method.ts';

/** Rank vectors are 16-bit (UNRANKED = 0xffff), so 65,534 candidates at most, whatever the method. */
export const MAX_CANDIDATES = 65_534;
/** Voters in one election (the sum of the counts): more than any single count on Earth. */
export const MAX_VOTERS = 1_000_000_000;
/** Distinct ballots × candidates: the size of the rank or grade matrix (2 or 4 bytes a cell). */
export const MAX_CELLS = 50_000_000;
/** Every grade, and both ends of a grade scale, lie within −GRADE_LIMIT … GRADE_LIMIT. */
export const GRADE_LIMIT = 1_000;
/** Seats a party-list method shares out (a candidate method fills at most one per candidate). */
export const MAX_LIST_SEATS = 10_000;
/**
 * Work allowed to one count, in elementary steps (each about a nanosecond on the development
 * machine: a few seconds at most). See methodWork() for what each method is charged.
 */
export const WORK_LIMIT = 3_000_000_000;

/** What the work of a count depends on, read from the profile in one pass over its groups. */
export interface ElectionShape {
  /** Candidates. */
  readonly m: number;
  /** Distinct ballots (groups). */
  readonly groups: number;
  /** groups × m. */
  readonly cells: number;
  /** Ranked entries over all groups (Σ r, r = candidates a group ranks). */
  readonly ranked: number;
  /** Pairs of ranked candidates over all groups (Σ r(r−1)/2): the pairwise counts' work. */
  readonly pairs: number;
  /** Grade levels (max − min + 1) of a graded profile, else 0. */
  readonly levels: number;
  readonly seats: number;
}

/** Σ r and Σ r(r−1)/2 of a ranked profile (profiles are never changed once built). */
const rankedSums = new WeakMap<object, { ranked: number; pairs: number }>();

export function electionShape(profile: Profile, seats = 1): ElectionShape {
  const m = profile.candidates.length;
  const groups = profile.counts.length;
  let ranked = groups * m;
  let pairs = (groups * m * (m - 1)) / 2;
  if (profile.kind === 'ranked') {
    let sums = rankedSums.get(profile.tiers);
    if (!sums) {
      sums = { ranked: 0, pairs: 0 };
      for (const tiers of profile.tiers) {
        let r = 0;
        for (const tier of tiers) r += tier.length;
        sums.ranked += r;
        sums.pairs += (r * (r - 1)) / 2;
      }
      rankedSums.set(profile.tiers, sums);
    }
    ({ ranked, pairs } = sums);
  }
  const levels = profile.kind === 'graded' ? profile.scale.max - profile.scale.min + 1 : 0;
  return { m, groups, cells: groups * m, ranked, pairs, levels, seats };
}

// Costs per step, measured with the bench on the development machine (ns, rounded up).
const PAIR = 7; // one update of the pair counts
const ENTRY = 100; // one entry of an explanation record (an object property)

/** Plain passes over the ballots, explanation records of m entries. */
const linear = (s: ElectionShape): number => s.cells + ENTRY * s.m;
/** The pairwise counts, then the m × m matrices shown in the explanation. */
const pairwise = (s: ElectionShape): number => s.cells + PAIR * s.pairs + ENTRY * s.m * s.m;
/** Pairwise, then work cubic in m (Floyd–Warshall, a Borda recount per elimination round). */
const cubic = (s: ElectionShape): number => pairwise(s) + 8 * s.m ** 3;
/**
 * Elimination with ballots moved as their top choice leaves (IRV, Coombs, STV): a ballot is
 * moved at most once per candidate it ranks, and finding its next choice scans m entries;
 * every round shows a record of the candidates still in.
 */
const rounds = (s: ElectionShape): number => s.cells + 2 * s.m * (s.ranked + s.groups) + ENTRY * s.m * s.m;
/** Highest averages and quotas: one pass over the lists per seat. */
const lists = (s: ElectionShape): number => linear(s) + 2 * s.seats * s.m;

const WORK: Readonly<Record<MethodId, (s: ElectionShape) => number>> = {
  plurality: linear,
  'two-round': pairwise,
  irv: rounds,
  coombs: rounds,
  bucklin: (s) => s.cells + s.ranked + ENTRY * s.m * s.m, // a round per rank, each showing every candidate
  borda: linear,
  'anti-plurality': linear,
  copeland: pairwise,
  schulze: cubic,
  'ranked-pairs': cubic,
  minimax: pairwise,
  'kemeny-young': (s) => pairwise(s) + 3 * s.m * 2 ** Math.min(s.m, 60),
  baldwin: cubic,
  nanson: cubic,
  black: pairwise,
  'condorcet-winner': pairwise,
  'condorcet-loser': pairwise,
  'smith-set': (s) => pairwise(s) + s.m ** 3 / 32,
  approval: linear,
  score: linear,
  star: linear, // the runoffs, whose number depends on ties in the score round, are checked in star.ts
  'majority-judgment': (s) => s.cells + ENTRY * s.m * s.levels,
  stv: rounds,
  dhondt: lists,
  'sainte-lague': lists,
  'largest-remainder': lists,
  'french-municipal': lists,
  'bloc-plurality': (s) => s.cells + s.ranked + ENTRY * s.m,
  'bloc-approval': linear,
  'random-ballot': (s) => s.cells + 20 * s.groups + ENTRY * s.m,
  sortition: (s) => ENTRY * (s.m + s.seats),
};

/** The estimated work of counting an election of this shape with this method. */
export function methodWork(id: MethodId, shape: ElectionShape): number {
  return Math.ceil(WORK[id](shape));
}

/** Refuses work beyond WORK_LIMIT: for costs known only during a count (ties, draws). */
export function checkWork(method: string, work: number, limit = WORK_LIMIT): void {
  if (work > limit) {
    throw new VotingError(
      'error.tooMuchWork',
      `${method} would take too long on this election (about ${Math.ceil(work)} steps; at most ${limit})`,
      { method, work: Math.ceil(work), limit },
    );
  }
}

export function votersLimitError(value: number, path = 'ballots'): VotingError {
  return new VotingError(
    'error.votersLimit',
    `there are ${value} voters; the engine counts at most ${MAX_VOTERS}`,
    { value, limit: MAX_VOTERS },
    path,
  );
}

export function cellsLimitError(groups: number, candidates: number, path = 'ballots'): VotingError {
  return new VotingError(
    'error.tooManyCells',
    `${groups} different ballots × ${candidates} candidates is more than ${MAX_CELLS}`,
    { groups, candidates, limit: MAX_CELLS },
    path,
  );
}

/** Whether one more distinct ballot (group) still fits in MAX_CELLS. */
export function cellsFit(groups: number, candidates: number): boolean {
  return groups * candidates <= MAX_CELLS;
}

/** A grade or a scale bound beyond ±GRADE_LIMIT. */
export function gradeLimitError(value: number | string, path: string): VotingError {
  return new VotingError(
    'error.gradeLimit',
    `grades must lie between ${-GRADE_LIMIT} and ${GRADE_LIMIT} (got: ${value})`,
    { value, min: -GRADE_LIMIT, max: GRADE_LIMIT },
    path,
  );
}

export function withinGradeLimit(value: number): boolean {
  return value >= -GRADE_LIMIT && value <= GRADE_LIMIT;
}

/**
 * What every count checks first (defineMethod wires it into count()): the kind of ballots,
 * the sizes of the ballot model (a profile may have been made by hand), the method's
 * candidate limit, the seats, and the estimated work. Cheap: one pass over the groups.
 */
export function checkCountLimits(info: MethodInfo, profile: Profile, options?: CountOptions): void {
  const method = info.id;
  if (info.ballot !== 'any' && profile.kind !== info.ballot) {
    throw new VotingError('error.wrongBallotKind', `${method} needs ${info.ballot} ballots`, {
      method,
      expected: info.ballot,
    });
  }
  const m = profile.candidates.length;
  if (m > info.maxCandidates) throw tooManyCandidates(method, info.maxCandidates, m);
  if (profile.voters > MAX_VOTERS) throw votersLimitError(profile.voters);
  if (!cellsFit(profile.counts.length, m)) throw cellsLimitError(profile.counts.length, m);
  if (profile.kind === 'graded') {
    for (const bound of [profile.scale.min, profile.scale.max]) {
      if (!withinGradeLimit(bound)) throw gradeLimitError(bound, 'grade_scale');
    }
  }
  let seats = 1;
  if (info.winners === 'multi' && typeof options?.seats === 'number' && Number.isSafeInteger(options.seats)) {
    seats = options.seats;
    if (info.maxSeats === 'candidates' && seats > m) {
      throw new VotingError(
        'error.seatsAboveCandidates',
        `${method} fills at most one seat per candidate: ${seats} seats for ${m} candidates`,
        { method, seats, candidates: m },
        'seats',
      );
    }
    if (typeof info.maxSeats === 'number' && seats > info.maxSeats) {
      throw new VotingError(
        'error.seatsLimit',
        `${method} shares out at most ${info.maxSeats} seats (got: ${seats})`,
        { method, seats, limit: info.maxSeats },
        'seats',
      );
    }
  }
  checkWork(method, methodWork(method, electionShape(profile, seats)));
}

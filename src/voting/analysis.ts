/**
 * The core of "same ballots, different winners": what an election says before any method
 * (majority winner, Condorcet winner and loser, Smith set), which methods agree and which
 * differ, and which losing candidates are spoilers under a method.
 */
import { rankedFromGraded, rankedProfile, type Profile, type RankedProfile } from './ballots.ts';
import { countProfile, type CountOptions, type MethodId, type MethodInfo } from './method.ts';
import { methods } from './methods/index.ts';
import { condorcetLoserIndex, condorcetWinnerIndex, pairwiseMatrix } from './pairwise.ts';
import { finalWinners, sortNames, type Result } from './result.ts';
import { allActive, firstChoices } from './tallies.ts';
import { VotingError } from './errors.ts';
import { checkCountLimits } from './limits.ts';

export interface ElectionFacts {
  readonly voters: number;
  /** The candidate ranked first by a strict majority of all voters, if any. */
  readonly majorityWinner: string | null;
  readonly condorcetWinner: string | null;
  readonly condorcetLoser: string | null;
  readonly smithSet: readonly string[];
}

/** Refused, like the Smith set it includes, beyond that method's limits (docs/voting-rules.md §10). */
export function electionFacts(profile: RankedProfile): ElectionFacts {
  checkCountLimits(methods['smith-set'].info, profile);
  const matrix = pairwiseMatrix(profile);
  const firsts = firstChoices(profile, allActive(profile.candidates.length));
  const majority = profile.candidates.findIndex((_, c) => 2 * firsts.votes[c] > profile.voters);
  const cw = condorcetWinnerIndex(matrix);
  const cl = condorcetLoserIndex(matrix);
  return {
    voters: profile.voters,
    majorityWinner: majority >= 0 ? profile.candidates[majority] : null,
    condorcetWinner: cw === undefined ? null : profile.candidates[cw],
    condorcetLoser: cl === undefined ? null : profile.candidates[cl],
    smithSet: methods['smith-set'].count(profile).winners,
  };
}

/**
 * Methods that can count this election: right ballot kind, size limit, seats. With
 * `withinLimits: false`, also those whose candidate limit the election passes (their count
 * is then refused with the limit: the command line says so rather than leaving them out).
 */
export function applicableMethods(profile: Profile, seats = 1, { withinLimits = true } = {}): MethodId[] {
  return methodsFor({
    ballots: profile.kind,
    candidates: withinLimits ? profile.candidates.length : 0,
    seats,
    scale: profile.kind === 'graded' ? profile.scale : undefined,
  });
}

/** What an election is, for choosing the methods that can count it. */
interface ElectionShape {
  /** The ballots cast: graded ballots can also be read as rankings. */
  readonly ballots: 'ranked' | 'graded';
  /** Candidates (0: do not check the methods' candidate limits). */
  readonly candidates: number;
  readonly seats: number;
  /** The grade scale, for methods that need a particular one (STAR: six grades). */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Leave out the methods that draw lots (a story's election must replay the same). */
  readonly withoutChance?: boolean;
}

/**
 * The one list of methods that can count an election, shared by the command line, the
 * scenarios and the game: the ballot kind, the method's candidate limit, the seats (a
 * one-winner election also takes the committee methods that elect one, never list
 * apportionment), the scale a method requires. Sortition ignores the ballots: never offered.
 */
export function methodsFor(shape: ElectionShape): MethodId[] {
  return (Object.keys(methods) as MethodId[]).filter((id) => {
    const info: MethodInfo = methods[id].info;
    if (info.ballot === 'any') return false;
    if (shape.withoutChance && info.random) return false;
    if (info.ballot === 'graded' && shape.ballots !== 'graded') return false;
    if (info.scaleSpan !== undefined && shape.scale && shape.scale.max - shape.scale.min !== info.scaleSpan)
      return false;
    if (shape.candidates > info.maxCandidates) return false;
    if (shape.seats > 1) return info.winners === 'multi';
    return info.winners !== 'multi' || info.family !== 'proportional';
  });
}

/** Counts an election with one method, reading graded ballots as rankings for ranked methods. */
export function countWith(id: MethodId, profile: Profile, options: CountOptions = {}): Result {
  const method = methods[id];
  const kind = method.info.ballot;
  if (kind === 'graded') {
    if (profile.kind !== 'graded') {
      throw new VotingError('error.wrongBallotKind', `${id} needs graded ballots`, { method: id, expected: 'graded' });
    }
    return countProfile(method, profile, options);
  }
  const ranked = profile.kind === 'graded' && kind === 'ranked' ? rankedFromGraded(profile) : profile;
  return countProfile(method, ranked, options);
}

interface MethodOutcome {
  readonly method: MethodId;
  readonly result?: Result;
  /** The method refused this election (size limit...). */
  readonly error?: VotingError;
}

interface Agreement {
  readonly winners: readonly string[];
  readonly methods: readonly MethodId[];
}

interface Comparison {
  readonly outcomes: readonly MethodOutcome[];
  /** Methods grouped by identical winner sets, largest group first. */
  readonly agreements: readonly Agreement[];
  readonly unanimous: boolean;
}

/** Why a count is left out of the comparison of winners. */
type Apart = 'set' | 'lottery' | 'refused';

/**
 * A set (Smith set, Condorcet winner or loser) answers another question, a lottery gives
 * chances rather than winners, a refused count has none: each stands apart.
 */
function apartReason(method: MethodId, result: Result | undefined): Apart | undefined {
  if (!result) return 'refused';
  if (methods[method].info.winners === 'set') return 'set';
  if (result.probabilities) return 'lottery';
  return undefined;
}

interface WinnerGroup<T> {
  /** The first member's winners (after its tie-break, when one was applied). */
  readonly winners: readonly string[];
  readonly members: readonly T[];
}

/**
 * The one comparison of counts, shared by the command line (`tally --all`), the game's results
 * and the classroom's: counts electing the same winners (the same set, whatever its order; the
 * seats of each list for a list method) form a group, the largest group first and, between
 * groups of one size, in counting order. Sets, lotteries and refusals stand apart.
 */
export function groupByWinners<T extends { readonly method: MethodId; readonly result?: Result }>(
  counts: readonly T[],
): { groups: WinnerGroup<T>[]; apart: T[] } {
  const byWinners = new Map<string, T[]>();
  const apart: T[] = [];
  for (const count of counts) {
    const result = count.result;
    if (!result || apartReason(count.method, result)) {
      apart.push(count);
      continue;
    }
    const key = JSON.stringify(result.seatsByList ?? sortNames(finalWinners(result)));
    byWinners.set(key, [...(byWinners.get(key) ?? []), count]);
  }
  const groups = [...byWinners.values()]
    .map((members) => ({ winners: finalWinners(members[0].result as Result), members }))
    .sort((a, b) => b.members.length - a.members.length);
  return { groups, apart };
}

export function compareMethods(
  profile: Profile,
  ids: readonly MethodId[] = applicableMethods(profile),
  options: CountOptions = {},
): Comparison {
  const outcomes: MethodOutcome[] = ids.map((method) => {
    try {
      return { method, result: countWith(method, profile, options) };
    } catch (error) {
      if (error instanceof VotingError) return { method, error };
      throw error;
    }
  });
  const agreements = groupByWinners(outcomes).groups.map((g) => ({
    winners: g.winners,
    methods: g.members.map((o) => o.method),
  }));
  return { outcomes, agreements, unanimous: agreements.length <= 1 };
}

/** The same election without some candidates (their ballots keep the others' order). */
export function withoutCandidates(profile: RankedProfile, removed: readonly string[]): RankedProfile {
  const gone = new Set(removed);
  const kept = profile.candidates.filter((c) => !gone.has(c));
  return rankedProfile(
    kept,
    profile.tiers.map((tiers, g) => ({
      ranking: tiers
        .map((tier) => tier.map((c) => profile.candidates[c]).filter((name) => !gone.has(name)))
        .filter((tier) => tier.length > 0),
      count: profile.counts[g],
    })),
  );
}

interface Spoiler {
  readonly candidate: string;
  readonly winnersWith: readonly string[];
  readonly winnersWithout: readonly string[];
}

/**
 * For each losing candidate: would its withdrawal change the winners under this method?
 * Those whose withdrawal changes them are spoilers.
 */
export function spoilers(id: MethodId, profile: RankedProfile, options: CountOptions = {}): Spoiler[] {
  const winnersWith = countWith(id, profile, options).winners;
  const out: Spoiler[] = [];
  for (const candidate of profile.candidates) {
    if (winnersWith.includes(candidate)) continue;
    const winnersWithout = countWith(id, withoutCandidates(profile, [candidate]), options).winners;
    if (JSON.stringify(sortNames(winnersWithout)) !== JSON.stringify(sortNames(winnersWith))) {
      out.push({ candidate, winnersWith, winnersWithout });
    }
  }
  return out;
}

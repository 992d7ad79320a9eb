/**
 * What every method declares about itself, and the shape of its count function.
 * The registry (methods/index.ts) maps every id below to its implementation; a missing
 * method is a compile error.
 */
import type { GradedProfile, Profile, RankedProfile } from './ballots.ts';
import { checkCountLimits } from './limits.ts';
import { VotingError } from './errors.ts';
import type { Result, Step, TieBreakPolicy } from './result.ts';

export const METHOD_IDS = [
  // ranked, one winner
  'plurality',
  'two-round',
  'irv',
  'coombs',
  'bucklin',
  'borda',
  'anti-plurality',
  'copeland',
  'schulze',
  'ranked-pairs',
  'minimax',
  'kemeny-young',
  'baldwin',
  'nanson',
  'black',
  // sets
  'condorcet-winner',
  'condorcet-loser',
  'smith-set',
  // graded
  'approval',
  'score',
  'star',
  'majority-judgment',
  // several seats
  'stv',
  'dhondt',
  'sainte-lague',
  'largest-remainder',
  'french-municipal',
  'bloc-plurality',
  'bloc-approval',
  // chance
  'random-ballot',
  'sortition',
] as const;

export type MethodId = (typeof METHOD_IDS)[number];

interface Localized {
  readonly fr: string;
  readonly en: string;
}

/** `any` ballots: the method uses the candidates only (sortition). */
export type BallotKind = 'ranked' | 'graded' | 'any';

export type Family =
  'plurality' | 'runoff' | 'positional' | 'condorcet' | 'graded' | 'proportional' | 'committee' | 'chance';

/**
 * Criteria a method satisfies (with complete strict ballots; truncated ones for later-no-harm).
 * Every claim is checked by a property test in methods/criteria.test.ts, which says what each
 * criterion means there (with ties, and for several seats); a claim it cannot check fails it.
 */
export type Criterion =
  | 'anonymity'
  | 'neutrality'
  | 'majority'
  | 'condorcet'
  | 'condorcet-loser'
  | 'smith'
  | 'pareto'
  | 'monotonicity'
  | 'clone-independence'
  | 'later-no-harm'
  | 'participation'
  | 'proportionality';

export interface MethodInfo {
  readonly id: MethodId;
  readonly name: Localized;
  /** One line a player can read. */
  readonly description: Localized;
  readonly ballot: BallotKind;
  readonly family: Family;
  /** `single`: one winner (ties kept); `set`: a set of candidates (Smith set, Condorcet winner); `multi`: several seats. */
  readonly winners: 'single' | 'set' | 'multi';
  readonly criteria: readonly Criterion[];
  /**
   * The method refuses an election with more candidates (docs/voting-rules.md §10): 65,534 (the
   * ballot model's own limit) when its cost grows linearly, less when it grows faster.
   */
  readonly maxCandidates: number;
  /**
   * Several-seat methods: the most seats they fill, `candidates` for one seat per candidate
   * (STV, bloc, sortition) or a number (party lists).
   */
  readonly maxSeats?: 'candidates' | number;
  /** Draws by lot (uses the seeded generator). */
  readonly random?: boolean;
  /** The grade scale the method requires, as max − min (STAR: 0 to 5, so 5). */
  readonly scaleSpan?: number;
}

export interface Stratum {
  readonly name: string;
  readonly members: readonly string[];
  readonly seats: number;
}

export interface CountOptions {
  /** Seats to fill (multi-winner methods); 1 by default. */
  readonly seats?: number;
  /** Seed for chance methods; without it random-ballot returns probabilities. */
  readonly seed?: string;
  /** Party lists: the share of valid votes a list needs for seats (e.g. 0.05). */
  readonly threshold?: number;
  /** french-municipal: which round the list vote is (the bonus rule differs). */
  readonly round?: 1 | 2;
  /** Sortition: strata with fixed numbers of seats. */
  readonly strata?: readonly Stratum[];
  /**
   * Ties that must be settled *during* a count before it can go on (STV exclusions that
   * earlier stages do not separate): `none` reports them, `lot` draws with `seed`.
   */
  readonly tieBreak?: TieBreakPolicy;
}

/** What an official tie-break rule decided (docs/voting-rules.md §8, policy `official`). */
export interface OfficialTieBreak {
  /** The tied candidates still tied after the method's own rule (a lot then decides). */
  readonly stillTied: readonly string[];
  /** Candidates the rule placed before the still-tied ones, best first. */
  readonly chosen: readonly string[];
  readonly steps: readonly Step[];
}

type ProfileFor<K extends BallotKind> = K extends 'ranked'
  ? RankedProfile
  : K extends 'graded'
    ? GradedProfile
    : Profile;

export interface VotingMethod<K extends BallotKind = BallotKind> {
  readonly info: MethodInfo & { readonly ballot: K };
  count(profile: ProfileFor<K>, options?: CountOptions): Result;
  /**
   * The method's own published rule for a tie among `tied` (for `places` of them), when it
   * has one. Returns the order it could settle and what is still tied.
   */
  officialTieBreak?(profile: ProfileFor<K>, result: Result, tied: readonly string[], places: number): OfficialTieBreak;
}

/**
 * Helper so that a method file states its ballot kind once and gets its types checked. The
 * method's count() is wrapped so that every count, whoever calls it, first passes the limits
 * (src/voting/limits.ts, docs/voting-rules.md §10): nothing big is allocated before that.
 */
export function defineMethod<K extends BallotKind>(method: VotingMethod<K>): VotingMethod<K> {
  const count = method.count;
  return {
    ...method,
    count(profile, options) {
      checkCountLimits(method.info, profile, options);
      return count.call(method, profile, options);
    },
  };
}

/** The method counts this kind of ballot (a type guard on the method's own declaration). */
function takes<K extends BallotKind>(method: VotingMethod, kind: K): method is VotingMethod<K> {
  return method.info.ballot === kind;
}

/** The profile as the method's count takes it, or a VotingError naming the kind it needs. */
function checkedProfile<R>(
  method: VotingMethod,
  profile: Profile,
  ranked: (m: VotingMethod<'ranked'>, p: RankedProfile) => R,
  graded: (m: VotingMethod<'graded'>, p: GradedProfile) => R,
  any: (m: VotingMethod<'any'>, p: Profile) => R,
): R {
  if (takes(method, 'any')) return any(method, profile);
  if (takes(method, 'graded') && profile.kind === 'graded') return graded(method, profile);
  if (takes(method, 'ranked') && profile.kind === 'ranked') return ranked(method, profile);
  const expected = method.info.ballot;
  throw new VotingError('error.wrongBallotKind', `${method.info.id} needs ${expected} ballots`, {
    method: method.info.id,
    expected,
  });
}

/**
 * Counts any method on any profile: the ballot kind is checked at run time (ranked methods
 * take ranked profiles, graded methods graded ones, sortition any), so callers holding a
 * method of unknown kind need no cast. Reading grades as rankings is analysis.ts's countWith.
 */
export function countProfile(method: VotingMethod, profile: Profile, options?: CountOptions): Result {
  return checkedProfile(
    method,
    profile,
    (m, p) => m.count(p, options),
    (m, p) => m.count(p, options),
    (m, p) => m.count(p, options),
  );
}

/** The method's own published tie rule, on a profile of the kind it counts (see countProfile). */
export function officialTieBreakOf(
  method: VotingMethod,
  profile: Profile,
  result: Result,
  tied: readonly string[],
  places: number,
): OfficialTieBreak | undefined {
  return checkedProfile(
    method,
    profile,
    (m, p) => m.officialTieBreak?.(p, result, tied, places),
    (m, p) => m.officialTieBreak?.(p, result, tied, places),
    (m, p) => m.officialTieBreak?.(p, result, tied, places),
  );
}

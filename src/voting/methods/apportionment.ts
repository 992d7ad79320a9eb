/**
 * Shared pieces of the several-seat methods (docs/voting-rules.md §6): the seats option, list votes
 * read from ranked ballots, exact vote thresholds and highest-averages apportionment.
 * Everything is exact: shares are turned into fractions from their decimal digits and
 * compared by cross-multiplication (BigInt where products could leave the safe range).
 */
import type { RankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import type { CountOptions } from '../method.ts';
import { sortNames, step, type Result, type Step } from '../result.ts';
import type { MethodsWith } from '../steps.ts';
import { allActive, firstChoices } from '../tallies.ts';

/** options.seats, 1 by default; anything but a whole number >= 1 is an input error. */
export function checkSeats(options: CountOptions | undefined): number {
  const seats = options?.seats ?? 1;
  if (typeof seats !== 'number' || !Number.isSafeInteger(seats) || seats < 1) {
    throw new VotingError(
      'error.seats',
      'the number of seats must be a whole number of at least 1',
      { value: String(seats) },
      'seats',
    );
  }
  return seats;
}

interface ListVotes {
  /** First choices per list (a list is a "candidate" of the profile). */
  readonly votes: Float64Array;
  /** Valid votes: the ballots with a single first choice. */
  readonly valid: number;
  /** Ballots whose first rank is shared by several lists (not valid votes). */
  readonly overvotes: number;
  /** Empty ballots (cast, but not valid votes). */
  readonly empty: number;
}

/**
 * Votes per list = the first choices of the ranked ballots (docs/voting-rules.md §5), so a scenario
 * can write `{"ranking": ["List A"], "count": 884}`. Overvotes and empty ballots are not
 * valid votes ("suffrages exprimés").
 */
function listVotes(profile: RankedProfile): ListVotes {
  const fc = firstChoices(profile, allActive(profile.candidates.length));
  let valid = 0;
  for (const v of fc.votes) valid += v;
  return { votes: fc.votes, valid, overvotes: fc.overvotes, empty: fc.exhausted };
}

/** An exact fraction num/den (BigInt) from a share such as 0.05, read from its decimal digits. */
interface Share {
  readonly num: bigint;
  readonly den: bigint;
}

export function parseShare(value: unknown, path = 'threshold'): Share {
  const bad = (): VotingError =>
    new VotingError(
      'error.listThreshold',
      'the threshold must be a share from 0 to 1, such as 0.05',
      { value: String(value) },
      path,
    );
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) throw bad();
  // String(0.05) is "0.05": the shortest decimal that reads back as the same number, which
  // is what the author of the scenario typed. Exponent forms ("1e-7") are handled too.
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw bad();
  const [, whole, frac = '', exp = '0'] = match;
  let num = BigInt(whole + frac);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  else if (e < 0) den *= 10n ** BigInt(-e);
  return { num, den };
}

/** votes / valid >= share, exactly. */
function reachesShare(votes: number, valid: number, share: Share): boolean {
  return BigInt(votes) * share.den >= share.num * BigInt(valid);
}

/** The share as a percentage, for display only. */
function sharePercent(share: Share): number {
  return (Number(share.num) * 100) / Number(share.den);
}

/** Lists that reach the share of the valid votes (all lists when there is no threshold). */
function eligibleLists(votes: ArrayLike<number>, valid: number, share: Share | undefined): Uint8Array {
  const eligible = new Uint8Array(votes.length);
  for (let i = 0; i < votes.length; i++) eligible[i] = !share || reachesShare(votes[i], valid, share) ? 1 : 0;
  return eligible;
}

interface Apportionment {
  /** Seats won per list (the tied seats are not included). */
  readonly seats: Int32Array;
  /** The list that took each seat, in order. */
  readonly order: number[];
  /** The divisor used for each seat in `order`. */
  readonly divisors: number[];
  /** Lists tied for the last seat(s) even after "more votes"; `places` seats are left to them. */
  readonly tie?: { readonly tied: number[]; readonly places: number };
  /** Lists that won a last-seat tie only through their greater number of votes. */
  readonly byVotes?: { readonly tied: number[]; readonly chosen: number[] };
}

/** a/b > c/d for positive b, d, exactly. */
function greater(a: number, b: number, c: number, d: number): boolean {
  const left = a * d;
  const right = c * b;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left > right;
  return BigInt(a) * BigInt(d) > BigInt(c) * BigInt(b);
}

/**
 * Highest averages: seat after seat, the eligible list with the greatest votes / divisor(s)
 * (s = seats it already holds) takes the seat. Lists tied on the quotient all take a seat
 * while enough seats remain; when they are more than the seats left, the lists with more
 * votes go first, and lists still tied (same quotient, same votes) are reported.
 */
export function highestAverages(
  votes: ArrayLike<number>,
  eligible: Uint8Array,
  seats: number,
  divisor: (held: number) => number,
): Apportionment {
  const n = votes.length;
  const won = new Int32Array(n);
  const order: number[] = [];
  const divisors: number[] = [];
  let byVotes: Apportionment['byVotes'];
  const give = (list: number): void => {
    divisors.push(divisor(won[list]));
    order.push(list);
    won[list]++;
  };
  while (order.length < seats) {
    let best: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!eligible[i]) continue;
      if (best.length === 0) best = [i];
      else {
        const b = best[0];
        const di = divisor(won[i]);
        const db = divisor(won[b]);
        if (greater(votes[i], di, votes[b], db)) best = [i];
        else if (!greater(votes[b], db, votes[i], di)) best.push(i);
      }
    }
    if (best.length === 0) break; // no eligible list
    const left = seats - order.length;
    // More votes first (this only matters when the tied lists outnumber the seats left).
    best.sort((a, b) => votes[b] - votes[a] || a - b);
    if (best.length <= left) {
      for (const i of best) give(i);
      continue;
    }
    const boundary = votes[best[left - 1]];
    const above = best.filter((i) => votes[i] > boundary);
    const atBoundary = best.filter((i) => votes[i] === boundary);
    for (const i of above) give(i);
    const places = seats - order.length;
    if (atBoundary.length === places) {
      byVotes = { tied: best, chosen: [...above, ...atBoundary] };
      for (const i of atBoundary) give(i);
    } else {
      if (votes[best[0]] !== boundary) byVotes = { tied: best, chosen: above };
      return { seats: won, order, divisors, tie: { tied: atBoundary, places }, byVotes };
    }
  }
  return { seats: won, order, divisors, byVotes };
}

/** Quotient for display only (2 decimals); every decision above is exact. */
function displayQuotient(votes: number, divisor: number): number {
  return Math.round((votes / divisor) * 100) / 100;
}

export function listRecord(
  lists: readonly string[],
  values: ArrayLike<number>,
  only?: Uint8Array,
): Record<string, number> {
  const out: Record<string, number> = {};
  lists.forEach((name, i) => {
    if (!only || only[i]) out[name] = values[i];
  });
  return out;
}

/**
 * The explanation shared by the highest-averages methods: the quotient table (list ×
 * divisor, one column more than the largest number of seats a list won, so that the first
 * quotient left out is visible), the seat order, and how a last-seat tie was handled.
 */
export function averagesSteps(
  id: MethodsWith<'quotients'>,
  lists: readonly string[],
  votes: ArrayLike<number>,
  eligible: Uint8Array,
  seats: number,
  divisor: (held: number) => number,
  result: Apportionment,
): Step[] {
  let most = 0;
  for (const s of result.seats) most = Math.max(most, s);
  const columns = Math.min(most + 1, seats);
  const divisors = Array.from({ length: columns }, (_, j) => divisor(j));
  const table: Record<string, number[]> = {};
  lists.forEach((name, i) => {
    if (eligible[i]) table[name] = divisors.map((d) => displayQuotient(votes[i], d));
  });
  const steps: Step[] = [step(`${id}.quotients`, { divisors, table })];
  steps.push(
    step(`${id}.order`, {
      order: result.order.map((i) => lists[i]),
      quotients: result.order.map((i, k) => displayQuotient(votes[i], result.divisors[k])),
    }),
  );
  if (result.byVotes) {
    steps.push(
      step(`${id}.tieVotes`, {
        tied: sortNames(result.byVotes.tied.map((i) => lists[i])),
        chosen: sortNames(result.byVotes.chosen.map((i) => lists[i])),
      }),
    );
  }
  return steps;
}

/** What every list method reads first: seats, list votes, threshold and the eligible lists. */
interface ListSetup {
  readonly lists: readonly string[];
  readonly seats: number;
  readonly votes: Float64Array;
  readonly valid: number;
  readonly eligible: Uint8Array;
  readonly steps: Step[];
  /** False when nothing can be shared out (no valid vote, or no list reaches the threshold). */
  readonly ok: boolean;
}

export function listSetup(
  id: MethodsWith<'votes'> & MethodsWith<'noSeats'> & MethodsWith<'threshold'>,
  profile: RankedProfile,
  options: CountOptions | undefined,
  fixedShare?: Share,
): ListSetup {
  const seats = checkSeats(options);
  const lists = profile.candidates;
  const lv = listVotes(profile);
  const share = fixedShare ?? (options?.threshold === undefined ? undefined : parseShare(options.threshold));
  const eligible = eligibleLists(lv.votes, lv.valid, share);
  const steps: Step[] = [
    step(`${id}.votes`, {
      votes: listRecord(lists, lv.votes),
      valid: lv.valid,
      overvotes: lv.overvotes,
      empty: lv.empty,
      seats,
    }),
  ];
  if (share) {
    steps.push(
      step(`${id}.threshold`, {
        percent: sharePercent(share),
        eligible: sortNames(lists.filter((_, i) => eligible[i])),
        excluded: sortNames(lists.filter((_, i) => !eligible[i])),
      }),
    );
  }
  const ok = lv.valid > 0 && eligible.some((e) => e === 1);
  if (!ok) steps.push(step(`${id}.noSeats`, { valid: lv.valid }));
  return { lists, seats, votes: lv.votes, valid: lv.valid, eligible, steps, ok };
}

/**
 * The Result of a list method: winners = every list with a seat plus the lists tied for the
 * last seat(s); elected = the lists in the order they took their first seat; seatsByList =
 * the seats surely won (the tied seats are not in it; `tie.places` says how many are left).
 */
export function listResult(
  method: MethodsWith<'seats'> & MethodsWith<'tie'>,
  setup: ListSetup,
  won: ArrayLike<number>,
  order: readonly number[],
  tie?: { readonly tied: readonly number[]; readonly places: number },
): Result {
  const { lists } = setup;
  const winners = new Set<string>();
  const elected: string[] = [];
  for (const i of order) {
    if (!winners.has(lists[i])) elected.push(lists[i]);
    winners.add(lists[i]);
  }
  lists.forEach((name, i) => {
    if (won[i] > 0) winners.add(name);
  });
  const seatsByList = listRecord(lists, won);
  const steps = [...setup.steps];
  if (setup.ok) steps.push(step(`${method}.seats`, { seats: seatsByList }));
  let tieOut: Result['tie'];
  if (tie) {
    const tied = sortNames(tie.tied.map((i) => lists[i]));
    tied.forEach((name) => winners.add(name));
    tieOut = { tied, places: tie.places };
    steps.push(step(`${method}.tie`, { tied, places: tie.places }));
  }
  return {
    method,
    candidates: lists,
    winners: sortNames(winners),
    seats: setup.seats,
    elected,
    seatsByList,
    scores: listRecord(lists, setup.votes),
    steps,
    ...(tieOut ? { tie: tieOut } : {}),
  };
}

/** dhondt and sainte-lague: the whole count, given the divisor sequence. */
export function countAverages(
  method: MethodsWith<'quotients'> & MethodsWith<'seats'>,
  profile: RankedProfile,
  options: CountOptions | undefined,
  divisor: (held: number) => number,
): Result {
  const setup = listSetup(method, profile, options);
  if (!setup.ok) return listResult(method, setup, new Int32Array(setup.lists.length), []);
  const app = highestAverages(setup.votes, setup.eligible, setup.seats, divisor);
  setup.steps.push(...averagesSteps(method, setup.lists, setup.votes, setup.eligible, setup.seats, divisor, app));
  return listResult(method, setup, app.seats, app.order, app.tie);
}

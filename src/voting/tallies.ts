/**
 * Counts on ballots restricted to the candidates still in the count (docs/voting-rules.md §1 and §5),
 * shared by plurality, two-round, IRV, Coombs, Borda and its relatives.
 * `active` is a mask: active[c] = 1 while c is in the count.
 */
import { UNRANKED, type RankedProfile } from './ballots.ts';
import { pairCounts } from './pairwise.ts';

interface FirstChoices {
  /** first_S(c) for every candidate (0 for inactive ones). */
  readonly votes: Float64Array;
  /** Voters whose ballot ranks no active candidate. */
  readonly exhausted: number;
  /** Voters whose highest active rank is shared by several active candidates. */
  readonly overvotes: number;
}

export function allActive(m: number): Uint8Array {
  return new Uint8Array(m).fill(1);
}

/**
 * A ballot counts for the single candidate at its highest rank among the active ones; an
 * overvote at that rank counts for nobody; a ballot with no active candidate is exhausted.
 * Walks each group's tiers from the top and stops at the first one holding an active
 * candidate (usually the first): a truncated ballot costs its top rank, not m entries.
 */
export function firstChoices(profile: RankedProfile, active: Uint8Array): FirstChoices {
  const m = profile.candidates.length;
  const votes = new Float64Array(m);
  const { tiers, counts } = profile;
  let exhausted = 0;
  let overvotes = 0;
  for (let g = 0; g < counts.length; g++) {
    const list = tiers[g];
    let who = -1;
    let shared = false;
    for (let t = 0; t < list.length && who < 0; t++) {
      const tier = list[t];
      for (let i = 0; i < tier.length; i++) {
        const c = tier[i];
        if (!active[c]) continue;
        if (who >= 0) shared = true;
        else who = c;
      }
    }
    if (who < 0) exhausted += counts[g];
    else if (shared) overvotes += counts[g];
    else votes[who] += counts[g];
  }
  return { votes, exhausted, overvotes };
}

const EXHAUSTED = -1;
const OVERVOTE = -2;

/** The ballots that left a removed candidate's pile: to each candidate (by index), exhausted, overvoted. */
export interface TracedMove {
  readonly to: Float64Array;
  readonly exhausted: number;
  readonly overvoted: number;
}

/**
 * firstChoices() kept up to date while candidates leave the count (IRV, Coombs): a round
 * re-reads only the ballots whose first choice just left (and overvotes, whose shared rank
 * may have lost a member); the others keep their first choice. Found again on the rank
 * vector, which is one contiguous array (the tier lists are scattered small arrays, slow to
 * follow in a large election). `votes`, `exhausted` and `overvotes` are always what
 * firstChoices(profile, active) gives for the current active set (tallies.test.ts checks it
 * after every removal on random elections).
 */
export class FirstChoiceTracker implements FirstChoices {
  readonly votes: Float64Array;
  exhausted = 0;
  overvotes = 0;
  /** 1 while the candidate is still in (the tracker's own copy). */
  readonly active: Uint8Array;
  private readonly ranks: Uint16Array;
  private readonly counts: Float64Array;
  /** Per group: its first choice, OVERVOTE or EXHAUSTED. */
  private readonly top: Int32Array;

  constructor(profile: RankedProfile) {
    const m = profile.candidates.length;
    this.ranks = profile.ranks;
    this.counts = profile.counts;
    this.votes = new Float64Array(m);
    this.active = allActive(m);
    this.top = new Int32Array(profile.counts.length);
    for (let g = 0; g < this.top.length; g++) this.place(g);
  }

  /**
   * Where the last removal sent the ballots the leaving candidates held, traced ballot by
   * ballot (not the difference of two rounds' totals, which would also count overvoted ballots
   * freed by the removal): per candidate, to no one (exhausted), or to a shared rank (overvote).
   */
  moved: TracedMove = { to: new Float64Array(0), exhausted: 0, overvoted: 0 };

  /** Takes these candidates out of the count and moves the ballots they held. */
  remove(leaving: readonly number[]): void {
    const { active, top, votes, counts } = this;
    for (const c of leaving) active[c] = 0;
    const moved = { to: new Float64Array(active.length), exhausted: 0, overvoted: 0 };
    for (let g = 0; g < top.length; g++) {
      const was = top[g];
      if (was >= 0) {
        if (active[was]) continue;
        votes[was] -= counts[g];
      } else if (was === OVERVOTE) this.overvotes -= counts[g];
      else continue; // an exhausted ballot stays exhausted
      this.place(g);
      if (was < 0) continue; // an overvoted ballot was not the leaving candidates' to give
      const now = top[g];
      if (now >= 0) moved.to[now] += counts[g];
      else if (now === EXHAUSTED) moved.exhausted += counts[g];
      else moved.overvoted += counts[g];
    }
    this.moved = moved;
  }

  /** Removes every candidate that `active` no longer has. */
  /** Returns the candidates that left (none: `moved` is then cleared). */
  sync(active: Uint8Array): number[] {
    const leaving: number[] = [];
    for (let c = 0; c < this.active.length; c++) if (this.active[c] && !active[c]) leaving.push(c);
    if (leaving.length > 0) this.remove(leaving);
    else this.moved = { to: new Float64Array(active.length), exhausted: 0, overvoted: 0 };
    return leaving;
  }

  /** Group g counts for the active candidate at its highest rank, as in firstChoices(). */
  private place(g: number): void {
    const { active, ranks } = this;
    const m = active.length;
    const base = g * m;
    const w = this.counts[g];
    let best = UNRANKED;
    let who = -1;
    let shared = false;
    for (let c = 0; c < m; c++) {
      if (!active[c]) continue;
      const r = ranks[base + c];
      if (r < best) {
        best = r;
        who = c;
        shared = false;
      } else if (r === best && r !== UNRANKED) shared = true;
    }
    if (who < 0) {
      this.top[g] = EXHAUSTED;
      this.exhausted += w;
    } else if (shared) {
      this.top[g] = OVERVOTE;
      this.overvotes += w;
    } else {
      this.top[g] = who;
      this.votes[who] += w;
    }
  }
}

/**
 * Doubled Borda points on the ballots restricted to the active candidates (docs/voting-rules.md §5):
 * with k active candidates, position p is worth k-1-p; ranked candidates keep the points of
 * their positions, unranked ones get 0, and a shared rank splits the points of the positions
 * it covers equally. Doubling keeps the split exact: a tier covering positions p..p+s-1 gives
 * each member (k-1-p) + (k-p-s).
 */
export function bordaDoubled(profile: RankedProfile, active: Uint8Array): Float64Array {
  const m = profile.candidates.length;
  let k = 0;
  for (let c = 0; c < m; c++) if (active[c]) k++;
  const points = new Float64Array(m);
  const { tiers, counts } = profile;
  for (let g = 0; g < counts.length; g++) {
    const list = tiers[g];
    let p = 0;
    for (let t = 0; t < list.length; t++) {
      const tier = list[t];
      let s = 0;
      for (let i = 0; i < tier.length; i++) if (active[tier[i]]) s++;
      if (s === 0) continue;
      const each = (k - 1 - p + (k - p - s)) * counts[g];
      for (let i = 0; i < tier.length; i++) if (active[tier[i]]) points[tier[i]] += each;
      p += s;
    }
  }
  return points;
}

/**
 * bordaDoubled(profile, active) for any active set in O(k²), from the pair counts made once
 * (pairCounts in pairwise.ts), for the methods that recount Borda after each elimination.
 * A ranked candidate c in a tier of s active candidates with p active ones above gets
 * (k-1-p) + (k-p-s) = (2k-2) - 2p - (s-1) doubled points; summed over the groups ranking c:
 *   borda_S(c) = (2k-2)·R(c) - Σ over active x ≠ c of (2·A(x,c) + E(x,c)),
 * exact in whole numbers (tallies.test.ts compares it with bordaDoubled on random elections).
 */
export function restrictedBorda(profile: RankedProfile): (active: Uint8Array) => Float64Array {
  const { m, ranked, above, shared, anyShared } = pairCounts(profile);
  // cost[x*m+c] = 2·A(x,c) + E(x,c): what x standing above or beside c takes from c.
  const cost = new Float64Array(m * m);
  for (let x = 0; x < m; x++) {
    for (let c = 0; c < m; c++) {
      if (x === c) continue;
      cost[x * m + c] = 2 * above[x * m + c] + (anyShared ? shared[x * m + c] + shared[c * m + x] : 0);
    }
  }
  return (active) => {
    let k = 0;
    for (let c = 0; c < m; c++) if (active[c]) k++;
    const points = new Float64Array(m);
    for (let c = 0; c < m; c++) {
      if (!active[c] || ranked[c] === 0) continue;
      let p = (2 * k - 2) * ranked[c];
      for (let x = 0; x < m; x++) if (active[x] && x !== c) p -= cost[x * m + c];
      points[c] = p;
    }
    return points;
  };
}

/** Halves doubled points for display; exact for whole points, .5 otherwise. */
export function halve(doubled: ArrayLike<number>): number[] {
  return Array.from(doubled, (v) => v / 2);
}

/** Strict majority of `voters`: floor(voters/2)+1. */
export function majorityQuota(voters: number): number {
  return Math.floor(voters / 2) + 1;
}

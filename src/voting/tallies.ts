/**
 * Counts on ballots restricted to the candidates still in the count (spec sections 1 and 5),
 * shared by plurality, two-round, IRV, Coombs, Borda and its relatives.
 * `active` is a mask: active[c] = 1 while c is in the count.
 */
import { UNRANKED, type RankedProfile } from './ballots.ts';

export interface FirstChoices {
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
 */
export function firstChoices(profile: RankedProfile, active: Uint8Array): FirstChoices {
  const m = profile.candidates.length;
  const votes = new Float64Array(m);
  const { ranks, counts } = profile;
  let exhausted = 0;
  let overvotes = 0;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
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
    if (who < 0) exhausted += counts[g];
    else if (shared) overvotes += counts[g];
    else votes[who] += counts[g];
  }
  return { votes, exhausted, overvotes };
}

/**
 * Doubled Borda points on the ballots restricted to the active candidates (spec section 5):
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
    let p = 0;
    for (const tier of tiers[g]) {
      let s = 0;
      for (const c of tier) if (active[c]) s++;
      if (s === 0) continue;
      const each = (k - 1 - p + (k - p - s)) * counts[g];
      for (const c of tier) if (active[c]) points[c] += each;
      p += s;
    }
  }
  return points;
}

/** Halves doubled points for display; exact for whole points, .5 otherwise. */
export function halve(doubled: ArrayLike<number>): number[] {
  return Array.from(doubled, (v) => v / 2);
}

/** Strict majority of `voters`: floor(voters/2)+1. */
export function majorityQuota(voters: number): number {
  return Math.floor(voters / 2) + 1;
}

export function activeIndices(active: Uint8Array): number[] {
  const out: number[] = [];
  active.forEach((a, c) => {
    if (a) out.push(c);
  });
  return out;
}

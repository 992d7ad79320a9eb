/**
 * Shared machinery of the elimination methods (IRV, Coombs, Baldwin, Nanson; docs/voting-rules.md §2).
 *
 * Each round, the method's own `decide` looks at the candidates still in the count and
 * either stops (a majority, a last candidate, or every remaining candidate tied: they all
 * win) or names the set L removed all at once. This file only keeps the books: the rounds,
 * the order of elimination and, from it, the ranking (winners first, then the reverse order
 * of elimination) and the scores (each candidate's figure in the last round it was counted).
 *
 * Also here: `lastPlaces`, the last-place count used by Coombs and anti-plurality, with the
 * section-5 reading for incomplete ballots (see its comment).
 */
import { UNRANKED, type RankedProfile } from '../ballots.ts';
import { sortNames, type Step } from '../result.ts';
import type { Transferred } from '../steps.ts';
import type { TracedMove } from '../tallies.ts';

interface RoundDecision {
  /**
   * The figure that decides this round, per candidate index (exact integers, e.g. doubled
   * Borda points). Absent when the round has nothing to count (one candidate left).
   */
  readonly figure?: ArrayLike<number>;
  /** The same figure as players read it (real Borda points); defaults to `figure`. */
  readonly shown?: ArrayLike<number>;
  /** The count stops with these winners... */
  readonly winners?: readonly number[];
  /** ...or these candidates leave the count now (never all of them, never none). */
  readonly remove?: readonly number[];
  readonly steps: readonly Step[];
}

interface EliminationRound {
  /** Who was counted in this round (1 = still in). */
  readonly active: Uint8Array;
  readonly figure?: ArrayLike<number>;
  readonly removed: readonly number[];
}

export interface EliminationOutcome {
  readonly winners: readonly number[];
  readonly rounds: readonly EliminationRound[];
  readonly steps: Step[];
  readonly ranking: string[][];
  readonly scores: Record<string, number>;
}

/**
 * Runs `decide` round after round until it names winners. `lowerIsBetter` says how the
 * figure orders candidates inside one ranking tier (Coombs counts last places).
 */
export function runElimination(
  profile: RankedProfile,
  lowerIsBetter: boolean,
  decide: (active: Uint8Array, round: number) => RoundDecision,
): EliminationOutcome {
  const { candidates } = profile;
  const m = candidates.length;
  const active = new Uint8Array(m).fill(1);
  const rounds: EliminationRound[] = [];
  const steps: Step[] = [];
  const lastShown = new Float64Array(m);
  let winners: readonly number[] | undefined;
  let finalFigure: ArrayLike<number> | undefined;

  for (let round = 1; winners === undefined; round++) {
    const decision = decide(active, round);
    steps.push(...decision.steps);
    const shown = decision.shown ?? decision.figure;
    if (shown) for (let c = 0; c < m; c++) if (active[c]) lastShown[c] = shown[c];
    if (decision.figure) finalFigure = decision.figure;
    const removed = decision.winners ? [] : [...(decision.remove ?? [])];
    rounds.push({ active: active.slice(), figure: decision.figure, removed });
    if (decision.winners) {
      winners = decision.winners;
      break;
    }
    let left = 0;
    for (const c of removed) active[c] = 0;
    for (let c = 0; c < m; c++) left += active[c];
    if (removed.length === 0 || left === 0)
      throw new Error('elimination round must remove some but not all candidates');
  }

  // Ranking: winners; then the others still in at the end, by their last figure; then each
  // eliminated group, latest first, split by the figure of the round that removed it.
  const ranking: string[][] = [sortNames(winners.map((c) => candidates[c]))];
  const isWinner = new Uint8Array(m);
  for (const c of winners) isWinner[c] = 1;
  const remaining: number[] = [];
  for (let c = 0; c < m; c++) if (active[c] && !isWinner[c]) remaining.push(c);
  pushTiers(ranking, candidates, remaining, finalFigure, lowerIsBetter);
  for (let r = rounds.length - 1; r >= 0; r--) {
    pushTiers(ranking, candidates, rounds[r].removed, rounds[r].figure, lowerIsBetter);
  }
  const scores: Record<string, number> = {};
  candidates.forEach((name, c) => (scores[name] = lastShown[c]));
  return { winners: [...winners].sort((a, b) => a - b), rounds, steps, ranking, scores };
}

function pushTiers(
  ranking: string[][],
  candidates: readonly string[],
  group: readonly number[],
  figure: ArrayLike<number> | undefined,
  lowerIsBetter: boolean,
): void {
  if (group.length === 0) return;
  if (!figure) {
    ranking.push(sortNames(group.map((c) => candidates[c])));
    return;
  }
  const order = [...group].sort((a, b) => (lowerIsBetter ? figure[a] - figure[b] : figure[b] - figure[a]));
  const tiers: string[][] = [];
  let last: number | undefined;
  for (const c of order) {
    if (last === undefined || figure[c] !== last) tiers.push([]);
    tiers[tiers.length - 1].push(candidates[c]);
    last = figure[c];
  }
  for (const tier of tiers) ranking.push(sortNames(tier));
}

/** The active candidates as a record name → value, best first (for the explanation). */
export function activeRecord(
  candidates: readonly string[],
  values: ArrayLike<number>,
  active: Uint8Array,
  lowerIsBetter = false,
): Record<string, number> {
  const order: number[] = [];
  for (let c = 0; c < candidates.length; c++) if (active[c]) order.push(c);
  order.sort(
    (a, b) =>
      (lowerIsBetter ? values[a] - values[b] : values[b] - values[a]) || (candidates[a] < candidates[b] ? -1 : 1),
  );
  const out: Record<string, number> = {};
  for (const c of order) out[candidates[c]] = values[c];
  return out;
}

export function countActive(active: Uint8Array): number {
  let k = 0;
  for (let c = 0; c < active.length; c++) k += active[c];
  return k;
}

interface LastPlaces {
  /** last_S(c) for every candidate (0 for inactive ones). */
  readonly votes: Float64Array;
  /** Voters whose ballot names no single last continuing candidate. */
  readonly none: number;
}

/**
 * last_S(c): voters whose ballot, restricted to the active candidates, puts c alone last.
 * docs/voting-rules.md §5 (Coombs): a ballot counts only if it ranks every active candidate, or
 * leaves exactly one of them unranked (that one is then its last place). Where the spec is
 * silent, a ballot ranking every active candidate but putting several of them at its lowest
 * shared rank gives no last place, exactly as a shared top rank gives no first choice and
 * several unranked candidates give no last place: a last place must be a single candidate.
 */
export function lastPlaces(profile: RankedProfile, active: Uint8Array): LastPlaces {
  const m = profile.candidates.length;
  const votes = new Float64Array(m);
  const { tiers, counts } = profile;
  // The ranked candidates only (tier lists): the one active candidate a ballot leaves
  // unranked is (sum of all active indices) - (sum of its ranked active ones).
  let activeCount = 0;
  let activeSum = 0;
  for (let c = 0; c < m; c++) {
    if (!active[c]) continue;
    activeCount++;
    activeSum += c;
  }
  let none = 0;
  for (let g = 0; g < counts.length; g++) {
    const list = tiers[g];
    let ranked = 0;
    let rankedSum = 0;
    let who = -1; // the lowest rank holding an active candidate...
    let shared = false; // ...and whether it holds several
    for (let t = 0; t < list.length; t++) {
      const tier = list[t];
      let here = 0;
      for (let i = 0; i < tier.length; i++) {
        const c = tier[i];
        if (!active[c]) continue;
        here++;
        rankedSum += c;
        who = c;
      }
      if (here === 0) continue;
      ranked += here;
      shared = here > 1;
    }
    const unranked = activeCount - ranked;
    if (unranked === 1) votes[activeSum - rankedSum] += counts[g];
    else if (unranked === 0 && who >= 0 && !shared) votes[who] += counts[g];
    else none += counts[g];
  }
  return { votes, none };
}

/**
 * lastPlaces() kept up to date while candidates leave (Coombs), without re-reading whole
 * ballots each round. Per group it keeps the number and the index sum of its ranked
 * candidates still in, and the same for its lowest rank still holding one. With the number
 * and index sum of all candidates still in, a group leaving exactly one of them unranked
 * names it as (sum of all) - (sum of its ranked ones), and a group ranking all of them names
 * its lowest rank's sum when that rank holds one. A group is re-read only when its lowest
 * rank empties. Always equal to lastPlaces(profile, active) (tallies.test.ts checks it).
 */
export class LastPlaceTracker {
  private readonly ranks: Uint16Array;
  private readonly counts: Float64Array;
  private readonly active: Uint8Array;
  private activeCount: number;
  private activeSum = 0;
  private readonly rankedCount: Int32Array;
  private readonly rankedSum: Float64Array;
  /** Per group: its lowest rank holding an active candidate (-1 if none), their number and index sum. */
  private readonly low: Int32Array;
  private readonly lowCount: Int32Array;
  private readonly lowSum: Float64Array;

  constructor(profile: RankedProfile) {
    const m = profile.candidates.length;
    const groups = profile.counts.length;
    this.ranks = profile.ranks;
    this.counts = profile.counts;
    this.active = new Uint8Array(m).fill(1);
    this.activeCount = m;
    for (let c = 0; c < m; c++) this.activeSum += c;
    this.rankedCount = new Int32Array(groups);
    this.rankedSum = new Float64Array(groups);
    this.low = new Int32Array(groups);
    this.lowCount = new Int32Array(groups);
    this.lowSum = new Float64Array(groups);
    for (let g = 0; g < groups; g++) this.rescan(g, true);
  }

  /** Removes every candidate that `active` no longer has, one at a time. */
  sync(active: Uint8Array): void {
    const { ranks, rankedCount, rankedSum, low, lowCount, lowSum } = this;
    const m = active.length;
    for (let c = 0; c < m; c++) {
      if (!this.active[c] || active[c]) continue;
      this.active[c] = 0;
      this.activeCount--;
      this.activeSum -= c;
      for (let g = 0, at = c; g < rankedCount.length; g++, at += m) {
        const r = ranks[at];
        if (r === UNRANKED) continue;
        rankedCount[g]--;
        rankedSum[g] -= c;
        if (r !== low[g]) continue;
        lowCount[g]--;
        lowSum[g] -= c;
        if (lowCount[g] === 0 && rankedCount[g] > 0) this.rescan(g, false);
      }
    }
  }

  /** last_S(c) for the current active set, as lastPlaces() gives it. */
  count(): LastPlaces {
    const { counts, rankedCount, rankedSum, lowCount, lowSum } = this;
    const votes = new Float64Array(this.active.length);
    let none = 0;
    for (let g = 0; g < counts.length; g++) {
      const unranked = this.activeCount - rankedCount[g];
      if (unranked === 1) votes[this.activeSum - rankedSum[g]] += counts[g];
      else if (unranked === 0 && lowCount[g] === 1) votes[lowSum[g]] += counts[g];
      else none += counts[g]; // several unranked, or a lowest rank shared by several
    }
    return { votes, none };
  }

  /** Reads group g's lowest rank among the active candidates (and, at first, its ranked ones). */
  private rescan(g: number, all: boolean): void {
    const { active, ranks } = this;
    const m = active.length;
    let low = -1;
    let lowCount = 0;
    let lowSum = 0;
    let count = 0;
    let sum = 0;
    for (let c = 0, at = g * m; c < m; c++, at++) {
      const r = ranks[at];
      if (r === UNRANKED || !active[c]) continue;
      count++;
      sum += c;
      if (r > low) {
        low = r;
        lowCount = 1;
        lowSum = c;
      } else if (r === low) {
        lowCount++;
        lowSum += c;
      }
    }
    if (all) {
      this.rankedCount[g] = count;
      this.rankedSum[g] = sum;
    }
    this.low[g] = low;
    this.lowCount[g] = lowCount;
    this.lowSum[g] = lowSum;
  }
}

/**
 * The `transferred` parameter of an IRV or Coombs round: the ballots of the candidates who
 * just left, traced by the first-choice tracker (receivers with none are left out); nothing
 * in round 1, when no one has left yet.
 */
export function transferredParam(
  candidates: readonly string[],
  leaving: readonly number[],
  moved: TracedMove,
): { transferred?: Transferred } {
  if (leaving.length === 0) return {};
  const to: Record<string, number> = {};
  moved.to.forEach((v, c) => {
    if (v > 0) to[candidates[c]] = v;
  });
  const from = sortNames(leaving.map((c) => candidates[c]));
  return { transferred: { from, to, exhausted: moved.exhausted, overvoted: moved.overvoted } };
}

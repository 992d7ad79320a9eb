/**
 * Counting one pixel's election from its histogram over the bins (bins.ts).
 *
 * Plurality, instant runoff, Schulze, approval and score have a fast counter here: each follows
 * its engine method's variant to the letter (ties kept, overvotes, simultaneous elimination of
 * all the lowest, Schulze on margins), without building explanations; the unit tests compare
 * them with the engine on small grids, pixel by pixel. Every other method is counted by the
 * engine itself on the pixel's profile, remembered by histogram (neighbouring pixels often
 * share one).
 */
import type { GradedProfile, RankedProfile } from '../../voting/ballots.ts';
import { VotingError } from '../../voting/errors.ts';
import { countProfile, type MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import { strongestPaths } from '../../voting/methods/schulze.ts';
import type { YeeBins } from './bins.ts';
import { YEE_NONE, YEE_TIE } from './job.ts';
import type { PixelCounter } from './sweep.ts';

/** The single best index, or YEE_TIE (ties are kept, as the engine keeps them). */
function best(values: Float64Array, active?: Uint8Array): number {
  let top = -Infinity;
  let who = -1;
  let tied = false;
  for (let c = 0; c < values.length; c++) {
    if (active && !active[c]) continue;
    if (values[c] > top) {
      top = values[c];
      who = c;
      tied = false;
    } else if (values[c] === top) tied = true;
  }
  return tied ? YEE_TIE : who;
}

/** Per bin: the candidates in rank order, and where each rank level starts (firstChoices, tallies.ts). */
function rankOrders(bins: YeeBins): { order: Int32Array; level: Uint16Array } {
  const { m, size, ranks } = bins;
  const order = new Int32Array(size * m);
  const level = new Uint16Array(size * m);
  for (let b = 0; b < size; b++) {
    const sorted = Array.from({ length: m }, (_, c) => c).sort((x, y) => ranks[b * m + x] - ranks[b * m + y] || x - y);
    sorted.forEach((c, k) => {
      order[b * m + k] = c;
      level[b * m + k] = ranks[b * m + c];
    });
  }
  return { order, level };
}

function pluralityCounter(bins: YeeBins): PixelCounter {
  const { m, size } = bins;
  const { order, level } = rankOrders(bins);
  // A shared top rank is an overvote: it counts for nobody.
  const first = new Int32Array(size);
  for (let b = 0; b < size; b++) first[b] = m > 1 && level[b * m + 1] === level[b * m] ? -1 : order[b * m];
  const votes = new Float64Array(m);
  return (h) => {
    votes.fill(0);
    for (let b = 0; b < size; b++) if (first[b] >= 0) votes[first[b]] += h[b];
    return best(votes);
  };
}

const EXHAUSTED = -2;
const OVERVOTE = -1;

/**
 * Instant runoff. Which candidate a bin's ballot counts for depends only on who is still in,
 * so it is looked up in a table made once per diagram: (bin, set of candidates still in) →
 * first choice, overvote or exhausted (firstChoices in tallies.ts, read ahead of time).
 */
function irvCounter(bins: YeeBins): PixelCounter {
  const { m, size, voters } = bins;
  const { order, level } = rankOrders(bins);
  const sets = 1 << m;
  const firstOf = new Int8Array(size * sets);
  for (let b = 0; b < size; b++) {
    for (let set = 0; set < sets; set++) {
      let k = b * m;
      const end = k + m;
      while (k < end && !(set & (1 << order[k]))) k++;
      if (k === end) {
        firstOf[b * sets + set] = EXHAUSTED;
        continue;
      }
      let shared = false;
      for (let q = k + 1; q < end && level[q] === level[k]; q++) if (set & (1 << order[q])) shared = true;
      firstOf[b * sets + set] = shared ? OVERVOTE : order[k];
    }
  }
  const votes = new Float64Array(m);
  const active = new Uint8Array(m);
  return (h) => {
    active.fill(1);
    let set = sets - 1;
    let left = m;
    for (;;) {
      votes.fill(0);
      let exhausted = 0;
      for (let b = 0; b < size; b++) {
        const w = h[b];
        if (w === 0) continue;
        const who = firstOf[b * sets + set];
        if (who >= 0) votes[who] += w;
        else if (who === EXHAUSTED) exhausted += w;
      }
      const quota = Math.floor((voters - exhausted) / 2) + 1;
      const top = best(votes, active);
      if (top !== YEE_TIE && votes[top] >= quota) return top;
      let low = Infinity;
      for (let c = 0; c < m; c++) if (active[c] && votes[c] < low) low = votes[c];
      let lowest = 0;
      for (let c = 0; c < m; c++) if (active[c] && votes[c] === low) lowest++;
      if (lowest === left) return left === 1 ? active.indexOf(1) : YEE_TIE;
      for (let c = 0; c < m; c++) {
        if (active[c] && votes[c] === low) {
          active[c] = 0;
          set &= ~(1 << c);
        }
      }
      left -= lowest;
    }
  };
}

function schulzeCounter(bins: YeeBins, h0: Float64Array): PixelCounter {
  const { m, size, ranks, moving } = bins;
  // Margins between two fixed flags do not depend on the pixel: counted once, on any histogram.
  const fixedMargin = new Float64Array(m * m);
  for (let b = 0; b < size; b++) {
    const w = h0[b];
    if (w === 0) continue;
    for (let x = 0; x < m; x++) {
      if (x === moving) continue;
      for (let y = 0; y < m; y++) {
        if (y === moving || y === x) continue;
        if (ranks[b * m + x] < ranks[b * m + y]) fixedMargin[x * m + y] += w;
        else if (ranks[b * m + x] > ranks[b * m + y]) fixedMargin[x * m + y] -= w;
      }
    }
  }
  // Per bin, +1 / 0 / −1: the moving flag above, tied with, or below each other flag.
  const sign = new Int8Array(size * m);
  for (let b = 0; b < size; b++) {
    for (let y = 0; y < m; y++) sign[b * m + y] = Math.sign(ranks[b * m + y] - ranks[b * m + moving]);
  }
  const margin = new Float64Array(m * m);
  return (h) => {
    margin.set(fixedMargin);
    for (let b = 0; b < size; b++) {
      const w = h[b];
      if (w === 0) continue;
      for (let y = 0; y < m; y++) margin[moving * m + y] += w * sign[b * m + y];
    }
    for (let y = 0; y < m; y++) margin[y * m + moving] = -margin[moving * m + y];
    const p = strongestPaths(m, margin);
    let winner = -1;
    for (let x = 0; x < m; x++) {
      let unbeaten = true;
      for (let y = 0; y < m && unbeaten; y++) if (y !== x && p[x * m + y] < p[y * m + x]) unbeaten = false;
      if (unbeaten) {
        if (winner >= 0) return YEE_TIE;
        winner = x;
      }
    }
    return winner < 0 ? YEE_NONE : winner;
  };
}

/**
 * Approval (0/1 grades) and score (grade sums): the fixed flags' totals do not depend on the
 * pixel (counted once); only the moving flag's total is summed at each pixel.
 */
function sumCounter(bins: YeeBins, approve: boolean): PixelCounter {
  const { m, size, grades, moving, outside } = bins;
  const threshold = bins.approvalThreshold;
  const value = (g: number): number => (approve ? (g >= threshold ? 1 : 0) : g);
  const totals = new Float64Array(m);
  for (let b = 0; b < size; b++)
    for (let c = 0; c < m; c++) if (c !== moving) totals[c] += outside[b] * value(grades[b * m + c]);
  const mine = Float64Array.from({ length: size }, (_, b) => value(grades[b * m + moving]));
  return (h) => {
    let sum = 0;
    for (let b = 0; b < size; b++) sum += h[b] * mine[b];
    totals[moving] = sum;
    return best(totals);
  };
}

/** Any method: the engine counts the pixel's profile (built straight from the bins). */
function engineCounter(bins: YeeBins, method: MethodId): PixelCounter {
  const { m, size, candidates, voters, flavour } = bins;
  const engine = methods[method];
  const memo = new Map<string, number>();
  return (h) => {
    const used: number[] = [];
    for (let b = 0; b < size; b++) if (h[b] !== 0) used.push(b);
    const key = used.map((b) => `${b}:${h[b]}`).join(' ');
    const known = memo.get(key);
    if (known !== undefined) return known;
    const counts = Float64Array.from(used, (b) => h[b]);
    let profile: RankedProfile | GradedProfile;
    if (flavour === 'ranked') {
      const ranks = new Uint16Array(used.length * m);
      used.forEach((b, g) => ranks.set(bins.ranks.subarray(b * m, b * m + m), g * m));
      const tiers = used.map((b) => bins.tiers[b]);
      const complete = tiers.every((t) => t.length === m);
      profile = { kind: 'ranked', candidates, voters, counts, ranks, tiers, complete };
    } else {
      const grades = new Int32Array(used.length * m);
      used.forEach((b, g) => grades.set(bins.grades.subarray(b * m, b * m + m), g * m));
      profile = {
        kind: 'graded',
        candidates,
        voters,
        counts,
        grades,
        scale: bins.scale,
        approvalThreshold: bins.approvalThreshold,
      };
    }
    let code: number = YEE_NONE;
    try {
      const winners = countProfile(engine, profile).winners;
      code = winners.length === 1 ? candidates.indexOf(winners[0]) : winners.length > 1 ? YEE_TIE : YEE_NONE;
    } catch (error) {
      if (!(error instanceof VotingError)) throw error;
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(key, code);
    return code;
  };
}

export function pixelCounter(bins: YeeBins, method: MethodId): PixelCounter {
  switch (method) {
    case 'plurality':
      return pluralityCounter(bins);
    case 'irv':
      return irvCounter(bins);
    case 'schulze':
      return schulzeCounter(bins, bins.outside);
    case 'approval':
      return sumCounter(bins, true);
    case 'score':
      return sumCounter(bins, false);
    default:
      return engineCounter(bins, method);
  }
}

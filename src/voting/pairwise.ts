/**
 * The pairwise matrix, shared by every Condorcet-family method.
 * `N(x,y)` counts the voters who place x strictly above y (docs/voting-rules.md §1 and §5: ranked
 * above unranked counts; equal ranks and two unranked candidates count for neither).
 * Margins `M(x,y) = N(x,y) - N(y,x)` are always computed on the full ballots.
 */
import type { RankedProfile } from './ballots.ts';

export interface PairwiseMatrix {
  readonly m: number;
  /** `support[x*m+y]` = N(x,y). */
  readonly support: Float64Array;
  /** `margin[x*m+y]` = M(x,y). */
  readonly margin: Float64Array;
}

/**
 * The raw pair counts every pairwise figure is made of, summed over the groups:
 *   ranked[x]      R(x)   = voters ranking x,
 *   above[x*m+y]   A(x,y) = voters ranking both, x in an earlier tier than y,
 *   shared[x*m+y]  E(x,y) = voters ranking both in one shared tier (filled for one order
 *                           of each pair only: use E(x,y) = shared[x*m+y] + shared[y*m+x]).
 * One pass over each group's tiers touching only pairs of RANKED candidates: a truncated
 * ballot ranking r of m candidates costs r²/2, not m².
 */
interface PairCounts {
  readonly m: number;
  readonly ranked: Float64Array;
  readonly above: Float64Array;
  readonly shared: Float64Array;
  /** False when no ballot shares a rank (then `shared` is all zeros). */
  readonly anyShared: boolean;
}

const countsCache = new WeakMap<RankedProfile, PairCounts>();

export function pairCounts(profile: RankedProfile): PairCounts {
  const cached = countsCache.get(profile);
  if (cached) return cached;
  const m = profile.candidates.length;
  const { tiers, counts } = profile;
  const above = new Float64Array(m * m);
  const shared = new Float64Array(m * m);
  const ranked = new Float64Array(m);
  const rowOf = new Int32Array(m); // x*m for the candidates of the current group, in tier order
  let anyShared = false;
  for (let g = 0; g < counts.length; g++) {
    const w = counts[g];
    const list = tiers[g];
    let start = 0; // candidates of earlier tiers are rowOf[0..start)
    for (let t = 0; t < list.length; t++) {
      const tier = list[t];
      const size = tier.length;
      for (let i = 0; i < size; i++) {
        const y = tier[i];
        ranked[y] += w;
        // Every candidate of an earlier tier is above y.
        for (let j = 0; j < start; j++) above[rowOf[j] + y] += w;
        // Earlier members of the same tier share y's rank.
        for (let j = start; j < start + i; j++) shared[rowOf[j] + y] += w;
        rowOf[start + i] = y * m;
      }
      if (size > 1) anyShared = true;
      start += size;
    }
  }
  const result = { m, ranked, above, shared, anyShared };
  countsCache.set(profile, result);
  return result;
}

const cache = new WeakMap<RankedProfile, PairwiseMatrix>();

/**
 * N(x,y) = A(x,y) + (voters ranking x but not y) = A(x,y) + R(x) - A(x,y) - A(y,x) - E(x,y)
 *        = R(x) - A(y,x) - E(x,y): every count is a whole number, so this is exact.
 * pairwise.test.ts checks it against the plain per-pair count on random incomplete ballots.
 */
export function pairwiseMatrix(profile: RankedProfile): PairwiseMatrix {
  const cached = cache.get(profile);
  if (cached) return cached;
  const { m, ranked, above, shared, anyShared } = pairCounts(profile);
  const support = new Float64Array(m * m);
  const margin = new Float64Array(m * m);
  for (let x = 0; x < m; x++) {
    const rx = ranked[x];
    for (let y = 0; y < m; y++) {
      if (y === x) continue;
      let n = rx - above[y * m + x];
      if (anyShared) n -= shared[x * m + y] + shared[y * m + x];
      support[x * m + y] = n;
    }
  }
  for (let x = 0; x < m; x++) {
    for (let y = 0; y < m; y++) margin[x * m + y] = support[x * m + y] - support[y * m + x];
  }
  const matrix = { m, support, margin };
  cache.set(profile, matrix);
  return matrix;
}

/** The candidate that beats every other, or undefined (a weak winner does not count). */
export function condorcetWinnerIndex(matrix: PairwiseMatrix): number | undefined {
  const { m } = matrix;
  outer: for (let x = 0; x < m; x++) {
    for (let y = 0; y < m; y++) if (y !== x && !(matrix.margin[x * m + y] > 0)) continue outer;
    return x;
  }
  return undefined;
}

/** The candidate every other beats, or undefined. */
export function condorcetLoserIndex(matrix: PairwiseMatrix): number | undefined {
  const { m } = matrix;
  outer: for (let x = 0; x < m; x++) {
    for (let y = 0; y < m; y++) if (y !== x && !(matrix.margin[y * m + x] > 0)) continue outer;
    return x;
  }
  return undefined;
}

/** The matrix as explanation data: rows of N(x,y) keyed by candidate name. */
export function matrixParam(
  candidates: readonly string[],
  values: Float64Array,
): Record<string, Record<string, number>> {
  const m = candidates.length;
  const out: Record<string, Record<string, number>> = {};
  for (let x = 0; x < m; x++) {
    const row: Record<string, number> = {};
    for (let y = 0; y < m; y++) if (y !== x) row[candidates[y]] = values[x * m + y];
    out[candidates[x]] = row;
  }
  return out;
}

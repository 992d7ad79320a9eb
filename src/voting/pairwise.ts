/**
 * The pairwise matrix, shared by every Condorcet-family method.
 * `N(x,y)` counts the voters who place x strictly above y (spec sections 1 and 5: ranked
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

const cache = new WeakMap<RankedProfile, PairwiseMatrix>();

export function pairwiseMatrix(profile: RankedProfile): PairwiseMatrix {
  const cached = cache.get(profile);
  if (cached) return cached;
  const m = profile.candidates.length;
  const support = new Float64Array(m * m);
  const { ranks, counts } = profile;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
    const w = counts[g];
    for (let x = 0; x < m; x++) {
      const rx = ranks[base + x];
      const row = x * m;
      for (let y = 0; y < m; y++) {
        if (rx < ranks[base + y]) support[row + y] += w;
      }
    }
  }
  const margin = new Float64Array(m * m);
  for (let x = 0; x < m; x++) {
    for (let y = 0; y < m; y++) margin[x * m + y] = support[x * m + y] - support[y * m + x];
  }
  const matrix = { m, support, margin };
  cache.set(profile, matrix);
  return matrix;
}

/** x beats y: M(x,y) > 0. */
export function beats(matrix: PairwiseMatrix, x: number, y: number): boolean {
  return matrix.margin[x * matrix.m + y] > 0;
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
export function matrixParam(candidates: readonly string[], values: Float64Array): Record<string, Record<string, number>> {
  const m = candidates.length;
  const out: Record<string, Record<string, number>> = {};
  for (let x = 0; x < m; x++) {
    const row: Record<string, number> = {};
    for (let y = 0; y < m; y++) if (y !== x) row[candidates[y]] = values[x * m + y];
    out[candidates[x]] = row;
  }
  return out;
}

/**
 * Shared by the Condorcet-family methods (copeland, schulze, ranked-pairs, minimax,
 * kemeny-young, black, condorcet-winner, condorcet-loser, smith-set).
 *
 * Everything here reads the margins M(x,y) of src/voting/pairwise.ts, which already follow
 * docs/voting-rules.md §5 for incomplete ballots (ranked above unranked counts, equal ranks and two
 * unranked candidates count for neither side).
 */
import type { RankedProfile } from '../ballots.ts';
import type { Criterion } from '../method.ts';
import { matrixParam, type PairwiseMatrix } from '../pairwise.ts';
import { step, type Step } from '../result.ts';
import type { MethodsWith } from '../steps.ts';

/**
 * The explanation step every Condorcet method opens with: N(x,y) and M(x,y) as records of
 * records keyed by candidate names (row = x, column = y), so that the game can draw them.
 */
export function matrixStep(id: MethodsWith<'matrix'>, profile: RankedProfile, matrix: PairwiseMatrix): Step {
  return step(`${id}.matrix`, {
    voters: profile.voters,
    support: matrixParam(profile.candidates, matrix.support),
    margins: matrixParam(profile.candidates, matrix.margin),
  });
}

/**
 * What the margin-based Condorcet completions that always elect inside the Smith set and stay
 * monotonic claim (copeland, kemeny-young, ranked-pairs, schulze; the last two add clone
 * independence). Written once so that the four claims cannot drift apart; each one is still
 * checked per method by methods/criteria.test.ts.
 */
export const SMITH_MONOTONIC_CRITERIA: readonly Criterion[] = [
  'anonymity',
  'neutrality',
  'majority',
  'condorcet',
  'condorcet-loser',
  'smith',
  'pareto',
  'monotonicity',
];

/** Number of 32-bit words of a bitset over m candidates. */
export function words(m: number): number {
  return (m + 31) >>> 5;
}

export function hasBit(bits: Uint32Array, offset: number, c: number): boolean {
  return ((bits[offset + (c >>> 5)] >>> (c & 31)) & 1) === 1;
}

function setBit(bits: Uint32Array, offset: number, c: number): void {
  bits[offset + (c >>> 5)] |= 1 << (c & 31);
}

/**
 * Adds the edge x→y to a transitive closure stored as bitset rows (row a = the candidates a
 * reaches): x and everyone reaching x now reach y and everything y reaches. Stays exact when
 * the edge closes a cycle.
 */
export function addToClosure(R: Uint32Array, m: number, w: number, x: number, y: number, tmp: Uint32Array): void {
  for (let j = 0; j < w; j++) tmp[j] = R[y * w + j];
  setBit(tmp, 0, y);
  for (let a = 0; a < m; a++) {
    if (a !== x && !hasBit(R, a * w, x)) continue;
    for (let j = 0; j < w; j++) R[a * w + j] |= tmp[j];
  }
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The components of the "beats-or-ties" graph (edge x→y when M(x,y) >= 0), best first.
 * Every pair has an edge in at least one direction, so the components form a chain: every
 * member of a component beats every member of every later component with a strictly
 * positive margin. The first component is the Smith set (spec, smith-set).
 *
 * How: the transitive closure with bitsets (Warshall), then candidates are grouped by how
 * many candidates they reach; in such a chain the upper components reach strictly more.
 */
export function beatsOrTiesComponents(matrix: PairwiseMatrix): number[][] {
  const { m, margin } = matrix;
  const w = words(m);
  const reach = new Uint32Array(m * w);
  for (let x = 0; x < m; x++) {
    setBit(reach, x * w, x);
    for (let y = 0; y < m; y++) if (y !== x && margin[x * m + y] >= 0) setBit(reach, x * w, y);
  }
  for (let k = 0; k < m; k++) {
    const rowK = k * w;
    for (let i = 0; i < m; i++) {
      const rowI = i * w;
      if (i === k || !hasBit(reach, rowI, k)) continue;
      for (let j = 0; j < w; j++) reach[rowI + j] |= reach[rowK + j];
    }
  }
  const size = new Int32Array(m);
  for (let x = 0; x < m; x++) {
    let s = 0;
    for (let j = 0; j < w; j++) s += popcount32(reach[x * w + j]);
    size[x] = s;
  }
  const order = Array.from({ length: m }, (_, c) => c).sort((a, b) => size[b] - size[a] || a - b);
  const tiers: number[][] = [];
  let last = -1;
  for (const c of order) {
    if (size[c] !== last) tiers.push([]);
    tiers[tiers.length - 1].push(c);
    last = size[c];
  }
  return tiers;
}

/** Indices of the Smith set (the top component of the beats-or-ties graph). */
export function smithSetIndices(matrix: PairwiseMatrix): number[] {
  return matrix.m === 0 ? [] : beatsOrTiesComponents(matrix)[0];
}

/**
 * The groundwork of a Yee diagram, done once per diagram: each voter's ballot over the flags
 * that do not move (from scenario/preferences.ts, the rules every scenario uses), and the
 * distances at which the moving flag's place on that ballot changes.
 *
 * Seen from one voter, the moving flag's place depends only on its squared distance d:
 *  - ranked: against the distinct distances L₀ < … < L₍ₖ₋₁₎ of the other flags — strictly
 *    closer than L₀, tied with L₀, between L₀ and L₁, … (2k + 1 places);
 *  - graded: the grade bands (grade 5 − number of bands b with d > b²);
 *  - approval: d ≤ radius² or not.
 * Each place is a disc around the voter (d < L or d ≤ L), and the discs are nested; the voter's
 * "class" at a pixel is the number of its discs that do NOT contain the pixel. A bin is a pair
 * (ballot over the fixed flags, class): it is one complete ballot, and the election at a pixel
 * is the number of voters in each bin. sweep.ts finds those numbers; counters.ts counts them.
 */
import type { GradeScale } from '../../voting/ballots.ts';
import {
  APPROVAL_SCALE,
  approvalThreshold,
  Electorates,
  methodFlavour,
  type Flavour,
} from '../../scenario/preferences.ts';
import { GRADE_SCALE } from '../model.ts';
import { toScenario } from '../scenario.ts';
import type { YeeJob } from './job.ts';

export interface YeeBins {
  readonly candidates: readonly string[];
  readonly m: number;
  /** Index of the moving flag. */
  readonly moving: number;
  readonly flavour: Flavour;
  readonly dimensions: 1 | 2;
  readonly voters: number;
  /** Per voter point: position, weight, first bin of its ballot type, number of discs, first disc. */
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  readonly weight: Float64Array;
  readonly base: Int32Array;
  readonly discs: Int32Array;
  readonly discStart: Int32Array;
  /** Discs from the outermost to the innermost: squared radius and whether the edge is left out (d < L). */
  readonly radius2: Float64Array;
  readonly strict: Uint8Array;
  /** Number of bins. */
  readonly size: number;
  /** Class of the moving flag in each bin (0 = innermost place). */
  readonly binClass: Uint8Array;
  /** Ranked bins: rank level of each candidate (`b*m + c`), and tiers of candidate indices. */
  readonly ranks: Uint16Array;
  readonly tiers: number[][][];
  /** Graded and approval bins: the grade of each candidate (`b*m + c`). */
  readonly grades: Int32Array;
  /** Every voter outside all of its discs: the histogram each row starts from. */
  readonly outside: Float64Array;
  /** Graded and approval profiles: the scale and approval threshold preferences.ts gives them. */
  readonly scale: GradeScale;
  readonly approvalThreshold: number;
}

/** Squared distance, with the arithmetic of scenario/preferences.ts (so that equal means equal). */
function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += (a[i] - (b[i] ?? 0)) ** 2;
  return d;
}

interface BallotType {
  readonly base: number;
  readonly classes: number;
  /** Ranked: the fixed flags' tiers; graded: their grades. */
  readonly tiers?: number[][];
  readonly grades?: number[];
}

/**
 * Only the innermost discs matter to some methods: plurality looks at the top of each ballot
 * only (strictly closest, tied for closest, or not), so two discs per voter are enough and
 * every farther place collapses into "somewhere below the top".
 */
function discsNeeded(method: YeeJob['method']): number {
  return method === 'plurality' ? 2 : Infinity;
}

export function prepareBins(job: YeeJob): YeeBins {
  const keep = discsNeeded(job.method);
  const scenario = toScenario(job.state);
  const electorates = new Electorates(scenario);
  const electorate = electorates.electorate();
  const candidates = scenario.options.map((o) => o.id);
  const m = candidates.length;
  const moving = candidates.indexOf(job.flag);
  if (moving < 0) throw new Error(`no flag ${job.flag}`);
  const fixed = candidates.filter((_, c) => c !== moving);
  const index = new Map(candidates.map((c, i) => [c, i]));
  const place = new Map(scenario.options.map((o) => [o.id, o.position ?? []]));
  const flavour = methodFlavour(job.method);
  const bands = electorate.gradeBands ?? [];
  const radius = electorate.approvalRadius ?? 0;

  const types = new Map<string, BallotType>();
  let size = 0;
  const points = electorate.voters;
  const n = points.length;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const weight = new Float64Array(n);
  const base = new Int32Array(n);
  const discs = new Int32Array(n);
  const discStart = new Int32Array(n);
  const radius2: number[] = [];
  const strict: number[] = [];

  points.forEach((voter, v) => {
    const at = voter.position ?? [];
    vx[v] = at[0];
    vy[v] = at[1] ?? 0;
    weight[v] = voter.count;
    discStart[v] = radius2.length;
    const ballot = electorates.sincereBallot(voter, electorate, fixed, flavour);
    let key: string;
    let type: Omit<BallotType, 'base'>;
    if (ballot.kind === 'ranked') {
      const tiers = ballot.ranking.map((tier) => tier.map((c) => index.get(c) ?? 0).sort((a, b) => a - b));
      const levels = ballot.ranking.map((tier) => squaredDistance(at, place.get(tier[0]) ?? []));
      const kept = Math.min(keep, 2 * levels.length);
      for (let d = kept - 1; d >= 0; d--) {
        // Disc d from the inside: d < L₀, d ≤ L₀, d < L₁, d ≤ L₁, …
        radius2.push(levels[d >> 1]);
        strict.push(d % 2 === 0 ? 1 : 0);
      }
      key = `r${JSON.stringify(tiers)}`;
      type = { classes: kept + 1, tiers };
    } else {
      const grades = candidates.map((c, i) => {
        if (i === moving) return 0;
        if (ballot.kind === 'graded') return ballot.grades[c];
        return ballot.approves.includes(c) ? 1 : 0;
      });
      const edges = ballot.kind === 'graded' ? [...bands].reverse() : [radius];
      for (const b of edges) {
        radius2.push(b * b);
        strict.push(0);
      }
      key = `g${grades.join(',')}`;
      type = { classes: edges.length + 1, grades };
    }
    let found = types.get(key);
    if (!found) {
      found = { ...type, base: size };
      types.set(key, found);
      size += found.classes;
    }
    base[v] = found.base;
    discs[v] = radius2.length - discStart[v];
  });

  const binClass = new Uint8Array(size);
  const ranks = new Uint16Array(flavour === 'ranked' ? size * m : 0);
  const grades = new Int32Array(flavour === 'ranked' ? 0 : size * m);
  const tiers: number[][][] = [];
  for (const type of types.values()) {
    for (let c = 0; c < type.classes; c++) {
      const b = type.base + c;
      binClass[b] = c;
      if (type.tiers) {
        const level = c >> 1;
        const full = type.tiers.map((t) => [...t]);
        if (c % 2 === 1) full[level] = [...full[level], moving].sort((x, y) => x - y);
        else full.splice(level, 0, [moving]);
        tiers[b] = full;
        full.forEach((tier, r) => tier.forEach((cand) => (ranks[b * m + cand] = r)));
      } else if (type.grades) {
        for (let k = 0; k < m; k++) grades[b * m + k] = type.grades[k];
        grades[b * m + moving] = flavour === 'graded' ? GRADE_SCALE.max - c : c === 0 ? 1 : 0;
      }
    }
  }
  const outside = new Float64Array(size);
  for (let v = 0; v < n; v++) outside[base[v] + discs[v]] += weight[v];
  return {
    candidates,
    m,
    moving,
    flavour,
    dimensions: job.state.dimensions,
    voters: points.reduce((s, v) => s + v.count, 0),
    vx,
    vy,
    weight,
    base,
    discs,
    discStart,
    radius2: Float64Array.from(radius2),
    strict: Uint8Array.from(strict),
    size,
    binClass,
    ranks,
    tiers,
    grades,
    outside,
    scale: flavour === 'approval' ? APPROVAL_SCALE : (electorate.gradeScale ?? GRADE_SCALE),
    approvalThreshold: flavour === 'approval' ? 1 : approvalThreshold(electorate),
  };
}

/**
 * The one ballot model every method reads.
 *
 * Ranked ballots are stored as *groups*: identical ballots are merged and carry a count.
 * Each group is a rank vector `ranks[g * m + c]` (0 = top level, shared levels = equal
 * ranks, UNRANKED below everything) plus the same ballot as tiers of candidate indices.
 * Graded ballots are a grade matrix `grades[g * m + c]` with counts.
 *
 * See spec sections 1 and 5: truncated rankings, equal ranks and empty ballots are allowed.
 */
import { VotingError } from './errors.ts';

export const UNRANKED = 0xffff;

/** A ranking entry is one candidate, or several sharing one rank. */
export type RankingEntry = string | readonly string[];
export interface RankedBallotInput {
  readonly ranking: readonly RankingEntry[];
  readonly count: number;
}
export interface GradedBallotInput {
  readonly grades: Readonly<Record<string, number>>;
  readonly count: number;
}
export interface GradeScale {
  readonly min: number;
  readonly max: number;
}

export interface RankedProfile {
  readonly kind: 'ranked';
  readonly candidates: readonly string[];
  /** n: the number of voters (sum of counts), empty ballots included. */
  readonly voters: number;
  /** One count per distinct ballot (group). */
  readonly counts: Float64Array;
  /** `ranks[g*m+c]`: the rank level of candidate c on group g; UNRANKED if absent. */
  readonly ranks: Uint16Array;
  /** Per group, the ranked candidates as tiers (best first); unranked ones are omitted. */
  readonly tiers: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>;
  /** True when every ballot ranks every candidate, with no shared rank. */
  readonly complete: boolean;
}

export interface GradedProfile {
  readonly kind: 'graded';
  readonly candidates: readonly string[];
  readonly voters: number;
  readonly counts: Float64Array;
  /** `grades[g*m+c]`: the grade of candidate c on group g (defaults already applied). */
  readonly grades: Int32Array;
  readonly scale: GradeScale;
  /** A voter approves c when grade(c) >= approvalThreshold. */
  readonly approvalThreshold: number;
}

export type Profile = RankedProfile | GradedProfile;

export function groupCount(profile: Profile): number {
  return profile.counts.length;
}

function err(code: string, english: string, path: string, params: Record<string, string | number> = {}): VotingError {
  return new VotingError(code, english, params, path);
}

export function checkCandidates(candidates: readonly unknown[], path = 'candidates'): readonly string[] {
  if (!Array.isArray(candidates)) throw err('error.candidatesNotList', 'candidates must be a list of names', path);
  if (candidates.length > UNRANKED - 1) {
    throw err('error.tooManyCandidatesTotal', `at most ${UNRANKED - 1} candidates`, path, { limit: UNRANKED - 1 });
  }
  const seen = new Set<string>();
  candidates.forEach((name, i) => {
    if (typeof name !== 'string' || name.length === 0) {
      throw err('error.candidateName', 'a candidate name must be a non-empty string', `${path}[${i}]`);
    }
    if (seen.has(name)) throw err('error.duplicateCandidate', `candidate "${name}" is listed twice`, `${path}[${i}]`, { name });
    seen.add(name);
  });
  return candidates as readonly string[];
}

function checkCount(count: unknown, path: string): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
    throw err('error.ballotCount', 'count must be a positive whole number', path, { value: String(count) });
  }
  return count;
}

/**
 * Builds a ranked profile, merging identical ballots. Throws a VotingError naming the path
 * of the first bad value (unknown candidate, candidate ranked twice, bad count).
 */
export function rankedProfile(candidates: readonly string[], ballots: readonly RankedBallotInput[]): RankedProfile {
  checkCandidates(candidates);
  const m = candidates.length;
  const index = new Map<string, number>();
  candidates.forEach((c, i) => index.set(c, i));
  if (!Array.isArray(ballots)) throw err('error.ballotsNotList', 'ballots must be a list', 'ballots');

  const groupOf = new Map<string, number>();
  const counts: number[] = [];
  const tiersList: number[][][] = [];
  let voters = 0;
  let complete = true;
  const seenAt = new Int32Array(m);
  let stamp = 0;

  ballots.forEach((ballot, b) => {
    const path = `ballots[${b}]`;
    if (typeof ballot !== 'object' || ballot === null || !Array.isArray(ballot.ranking)) {
      throw err('error.rankingMissing', 'a ranked ballot needs a "ranking" list', path);
    }
    const count = checkCount(ballot.count, `${path}.count`);
    stamp++;
    const tiers: number[][] = [];
    let ranked = 0;
    (ballot.ranking as readonly RankingEntry[]).forEach((entry: RankingEntry, r: number) => {
      const names = typeof entry === 'string' ? [entry] : entry;
      if (!Array.isArray(names)) {
        throw err('error.rankingEntry', 'a ranking entry must be a name or a list of names', `${path}.ranking[${r}]`);
      }
      const tier: number[] = [];
      names.forEach((name, k) => {
        const where = typeof entry === 'string' ? `${path}.ranking[${r}]` : `${path}.ranking[${r}][${k}]`;
        const c = typeof name === 'string' ? index.get(name) : undefined;
        if (c === undefined) throw err('error.unknownCandidate', `unknown candidate "${String(name)}"`, where, { name: String(name) });
        if (seenAt[c] === stamp) throw err('error.rankedTwice', `candidate "${name}" is ranked twice`, where, { name });
        seenAt[c] = stamp;
        tier.push(c);
      });
      if (tier.length === 0) return; // an empty shared rank carries nothing
      tier.sort((a, z) => a - z);
      tiers.push(tier);
      ranked += tier.length;
    });
    voters += count;
    if (ranked < m || tiers.length !== ranked) complete = false;
    const key = tiers.map((t) => t.join(',')).join('>');
    const existing = groupOf.get(key);
    if (existing !== undefined) {
      counts[existing] += count;
    } else {
      groupOf.set(key, counts.length);
      counts.push(count);
      tiersList.push(tiers);
    }
  });
  if (!Number.isSafeInteger(voters)) throw err('error.tooManyVoters', 'the total number of voters is too large', 'ballots');
  return buildRanked(candidates, tiersList, counts, voters, complete);
}

function buildRanked(
  candidates: readonly string[],
  tiersList: number[][][],
  counts: number[],
  voters: number,
  complete: boolean,
): RankedProfile {
  const m = candidates.length;
  const ranks = new Uint16Array(tiersList.length * m).fill(UNRANKED);
  tiersList.forEach((tiers, g) => {
    tiers.forEach((tier, level) => {
      for (const c of tier) ranks[g * m + c] = level;
    });
  });
  return {
    kind: 'ranked',
    candidates: [...candidates],
    voters,
    counts: Float64Array.from(counts),
    ranks,
    tiers: tiersList,
    complete,
  };
}

/**
 * The compact loader for large elections: `orders` holds `voters` complete strict rankings
 * of m candidates, one row of m candidate indices (best first) per voter. Identical rows
 * are merged with a numeric key (base m), which is what makes a million ballots cheap: the
 * keys index a plain count table when m^m is small (m <= 7), an open-addressing hash table
 * of typed arrays otherwise (never a Map, never a string). The first row of each distinct
 * key is then checked, in order of first appearance, as before.
 */
export function rankedProfileFromOrders(candidates: readonly string[], orders: Uint8Array): RankedProfile {
  checkCandidates(candidates);
  const m = candidates.length;
  if (m === 0 || orders.length % m !== 0) {
    throw err('error.ordersShape', 'the ballot array length must be a multiple of the number of candidates', 'orders');
  }
  if (m > 12) throw err('error.ordersTooWide', 'the compact loader takes at most 12 candidates', 'orders', { limit: 12 });
  const n = orders.length / m;
  const grouped = m <= 7 ? groupByTable(orders, m) : groupByHash(orders, m);
  const { counts, firstRow } = grouped;
  const groups = counts.length;
  const ranks = new Uint16Array(groups * m);
  const tiersList: number[][][] = new Array<number[][]>(groups);
  const seen = new Uint8Array(m);
  // Every tier is one candidate: the m one-candidate tiers are shared by all groups
  // (profiles are read-only), which saves a million small arrays on a large election.
  const single = Array.from({ length: m }, (_, c): number[] => [c]);
  for (let g = 0; g < groups; g++) {
    const base = firstRow[g];
    seen.fill(0);
    const tiers: number[][] = new Array<number[]>(m);
    for (let i = 0; i < m; i++) {
      const c = orders[base + i];
      if (c >= m || seen[c]) {
        throw err('error.ordersRow', 'each row must list every candidate index exactly once', `orders[${base / m}]`, { group: g });
      }
      seen[c] = 1;
      tiers[i] = single[c];
      ranks[g * m + c] = i;
    }
    tiersList[g] = tiers;
  }
  return { kind: 'ranked', candidates: [...candidates], voters: n, counts, ranks, tiers: tiersList, complete: true };
}

interface Grouped {
  /** Voters per group, in order of first appearance. */
  readonly counts: Float64Array;
  /** Per group, the offset in `orders` of its first row. */
  readonly firstRow: Float64Array;
}

/**
 * A row with an index out of range can have the key of another, valid row ([0,3,2] and [1,0,2]
 * for m = 3): refused while grouping, so that every row of a group equals its first row, and
 * checking the first row checks them all.
 */
function outOfRange(orders: Uint8Array, base: number, m: number): Error {
  // The error names the first bad row: an earlier one may repeat an index (error path only).
  const seen = new Uint8Array(m);
  let row = 0;
  for (; row * m < base; row++) {
    seen.fill(0);
    let bad = false;
    for (let i = row * m; i < row * m + m; i++) bad ||= orders[i] >= m || seen[orders[i]]++ > 0;
    if (bad) break;
  }
  return err('error.ordersRow', 'each row must list every candidate index exactly once', `orders[${row}]`);
}

/** m <= 7: one count per possible key (m^m <= 823,543). */
function groupByTable(orders: Uint8Array, m: number): Grouped {
  const size = m ** m;
  const count = new Float64Array(size);
  const firstAt = new Float64Array(size);
  const keys: number[] = [];
  const length = orders.length;
  for (let base = 0; base < length; base += m) {
    let key = 0;
    for (let i = base, end = base + m; i < end; i++) {
      if (orders[i] >= m) throw outOfRange(orders, base, m); // its key could be a valid row's
      key = key * m + orders[i];
    }
    if (count[key]++ === 0) {
      keys.push(key);
      firstAt[key] = base;
    }
  }
  return {
    counts: Float64Array.from(keys, (key) => count[key]),
    firstRow: Float64Array.from(keys, (key) => firstAt[key]),
  };
}

/** Any m <= 12: open addressing on the exact key (below 2^53); indices out of range are refused. */
function groupByHash(orders: Uint8Array, m: number): Grouped {
  let capacity = 1024;
  let mask = capacity - 1;
  let slotKey = new Float64Array(capacity).fill(-1);
  let slotGroup = new Int32Array(capacity);
  let counts = new Float64Array(256);
  let firstRow = new Float64Array(256);
  let groups = 0;
  const slotOf = (key: number): number => {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> 0;
  };
  const length = orders.length;
  for (let base = 0; base < length; base += m) {
    let key = 0;
    for (let i = base, end = base + m; i < end; i++) {
      if (orders[i] >= m) throw outOfRange(orders, base, m);
      key = key * m + orders[i];
    }
    let slot = slotOf(key) & mask;
    while (slotKey[slot] !== key && slotKey[slot] !== -1) slot = (slot + 1) & mask;
    if (slotKey[slot] === key) {
      counts[slotGroup[slot]]++;
      continue;
    }
    if (groups === counts.length) {
      const grownCounts = new Float64Array(groups * 2);
      grownCounts.set(counts);
      counts = grownCounts;
      const grownFirst = new Float64Array(groups * 2);
      grownFirst.set(firstRow);
      firstRow = grownFirst;
    }
    counts[groups] = 1;
    firstRow[groups] = base;
    slotKey[slot] = key;
    slotGroup[slot] = groups++;
    if (groups * 2 > capacity) {
      // Grow at half full: re-insert every key.
      const oldKey = slotKey;
      const oldGroup = slotGroup;
      capacity *= 2;
      mask = capacity - 1;
      slotKey = new Float64Array(capacity).fill(-1);
      slotGroup = new Int32Array(capacity);
      for (let s = 0; s < oldKey.length; s++) {
        if (oldKey[s] === -1) continue;
        let t = slotOf(oldKey[s]) & mask;
        while (slotKey[t] !== -1) t = (t + 1) & mask;
        slotKey[t] = oldKey[s];
        slotGroup[t] = oldGroup[s];
      }
    }
  }
  return { counts: counts.slice(0, groups), firstRow: firstRow.slice(0, groups) };
}

export interface GradedElectionOptions {
  readonly scale: GradeScale;
  /** Defaults to floor(max/2)+1 on a 0-based scale, as in spec section 3. */
  readonly approvalThreshold?: number;
  /** Grade given to a candidate a ballot leaves ungraded; without it, ungraded is an error. */
  readonly defaultGrade?: number;
}

export function defaultApprovalThreshold(scale: GradeScale): number {
  return scale.min + Math.floor((scale.max - scale.min) / 2) + 1;
}

export function gradedProfile(
  candidates: readonly string[],
  ballots: readonly GradedBallotInput[],
  options: GradedElectionOptions,
): GradedProfile {
  checkCandidates(candidates);
  const { scale } = options;
  if (!Number.isSafeInteger(scale.min) || !Number.isSafeInteger(scale.max) || scale.min >= scale.max) {
    throw err('error.gradeScale', 'grade_scale needs whole numbers with min < max', 'grade_scale');
  }
  const threshold = options.approvalThreshold ?? defaultApprovalThreshold(scale);
  if (!Number.isSafeInteger(threshold)) throw err('error.threshold', 'approval_threshold must be a whole number', 'approval_threshold');
  const dflt = options.defaultGrade;
  if (dflt !== undefined && (!Number.isSafeInteger(dflt) || dflt < scale.min || dflt > scale.max)) {
    throw err('error.defaultGrade', 'default_grade must be a grade of the scale', 'default_grade');
  }
  const m = candidates.length;
  const index = new Map<string, number>();
  candidates.forEach((c, i) => index.set(c, i));
  if (!Array.isArray(ballots)) throw err('error.ballotsNotList', 'ballots must be a list', 'ballots');

  const groupOf = new Map<string, number>();
  const counts: number[] = [];
  const rows: number[][] = [];
  let voters = 0;
  ballots.forEach((ballot, b) => {
    const path = `ballots[${b}]`;
    if (typeof ballot !== 'object' || ballot === null || typeof ballot.grades !== 'object' || ballot.grades === null) {
      throw err('error.gradesMissing', 'a graded ballot needs a "grades" object', path);
    }
    const count = checkCount(ballot.count, `${path}.count`);
    const row = new Array<number>(m).fill(Number.NaN);
    for (const [name, grade] of Object.entries(ballot.grades)) {
      const c = index.get(name);
      const where = `${path}.grades.${name}`;
      if (c === undefined) throw err('error.unknownCandidate', `unknown candidate "${name}"`, where, { name });
      if (typeof grade !== 'number' || !Number.isSafeInteger(grade) || grade < scale.min || grade > scale.max) {
        throw err('error.gradeRange', `grade must be a whole number from ${scale.min} to ${scale.max}`, where, {
          min: scale.min,
          max: scale.max,
          value: String(grade),
        });
      }
      row[c] = grade;
    }
    for (let c = 0; c < m; c++) {
      if (Number.isNaN(row[c])) {
        if (dflt === undefined) {
          throw err('error.ungraded', `candidate "${candidates[c]}" has no grade and the election has no default grade`, `${path}.grades`, {
            name: candidates[c],
          });
        }
        row[c] = dflt;
      }
    }
    voters += count;
    const key = row.join(',');
    const existing = groupOf.get(key);
    if (existing !== undefined) counts[existing] += count;
    else {
      groupOf.set(key, counts.length);
      counts.push(count);
      rows.push(row);
    }
  });
  const grades = new Int32Array(rows.length * m);
  rows.forEach((row, g) => grades.set(row, g * m));
  return {
    kind: 'graded',
    candidates: [...candidates],
    voters,
    counts: Float64Array.from(counts),
    grades,
    scale,
    approvalThreshold: threshold,
  };
}

/**
 * The compact loader for large graded elections: one row of m grades per voter in `rows`;
 * identical rows are merged. Grades must already be on the scale.
 */
export function gradedProfileFromRows(candidates: readonly string[], rows: Int8Array, options: GradedElectionOptions): GradedProfile {
  checkCandidates(candidates);
  const m = candidates.length;
  if (m === 0 || rows.length % m !== 0) {
    throw err('error.ordersShape', 'the ballot array length must be a multiple of the number of candidates', 'rows');
  }
  const { scale } = options;
  const groupOf = new Map<number | string, number>();
  const counts: number[] = [];
  const firstRow: number[] = [];
  const range = scale.max - scale.min + 1;
  // A numeric key when every row fits in 2^53 (the common case), text otherwise.
  const numericKey = m * Math.log2(range) < 53;
  for (let base = 0; base < rows.length; base += m) {
    const row = rows.subarray(base, base + m);
    let key: number | string = 0;
    for (let c = 0; c < m; c++) {
      key = key * range + (row[c] - scale.min);
      if (row[c] < scale.min || row[c] > scale.max) {
        throw err('error.gradeRange', `grade must be a whole number from ${scale.min} to ${scale.max}`, `rows[${base / m}][${c}]`, {
          min: scale.min,
          max: scale.max,
          value: row[c],
        });
      }
    }
    if (!numericKey) key = row.join(',');
    const g = groupOf.get(key);
    if (g === undefined) {
      groupOf.set(key, counts.length);
      counts.push(1);
      firstRow.push(base);
    } else counts[g]++;
  }
  const grades = new Int32Array(counts.length * m);
  firstRow.forEach((base, g) => grades.set(rows.subarray(base, base + m), g * m));
  return {
    kind: 'graded',
    candidates: [...candidates],
    voters: rows.length / m,
    counts: Float64Array.from(counts),
    grades,
    scale,
    approvalThreshold: options.approvalThreshold ?? defaultApprovalThreshold(scale),
  };
}

/**
 * Graded ballots read as rankings: higher grade ranks higher, equal grades share a rank.
 * This lets the ranked methods be compared on the same ballots ("compare all").
 */
export function rankedFromGraded(profile: GradedProfile): RankedProfile {
  const m = profile.candidates.length;
  const g = profile.counts.length;
  const tiersList: number[][][] = [];
  for (let i = 0; i < g; i++) {
    const byGrade = new Map<number, number[]>();
    for (let c = 0; c < m; c++) {
      const grade = profile.grades[i * m + c];
      const tier = byGrade.get(grade);
      if (tier) tier.push(c);
      else byGrade.set(grade, [c]);
    }
    tiersList.push([...byGrade.entries()].sort((a, b) => b[0] - a[0]).map(([, tier]) => tier));
  }
  const complete = tiersList.every((tiers) => tiers.length === m);
  // Identical rankings from different grade rows are merged again.
  const merged = rankedProfile(
    profile.candidates,
    tiersList.map((tiers, i) => ({ ranking: tiers.map((t) => t.map((c) => profile.candidates[c])), count: profile.counts[i] })),
  );
  return complete ? { ...merged, complete: true } : merged;
}

/** The election as plain ballots again (for writers and for moving candidates around). */
export function rankedBallots(profile: RankedProfile): RankedBallotInput[] {
  return profile.tiers.map((tiers, g) => ({
    ranking: tiers.map((tier) => (tier.length === 1 ? profile.candidates[tier[0]] : tier.map((c) => profile.candidates[c]))),
    count: profile.counts[g],
  }));
}

export function gradedBallots(profile: GradedProfile): GradedBallotInput[] {
  const m = profile.candidates.length;
  return Array.from(profile.counts, (count, g) => {
    // No prototype, so that a candidate named "__proto__" is an ordinary key.
    const grades: Record<string, number> = Object.create(null) as Record<string, number>;
    profile.candidates.forEach((name, c) => (grades[name] = profile.grades[g * m + c]));
    return { grades, count };
  });
}

/**
 * The compact loaders for large elections (the bench's million ballots, big files): one row
 * per voter in a typed array, identical rows merged into groups while reading. The profiles
 * they build are the same as rankedProfile() and gradedProfile() build (src/voting/ballots.ts).
 */
import {
  checkCandidates,
  checkGradeScale,
  defaultApprovalThreshold,
  type GradedElectionOptions,
  type GradedProfile,
  type RankedProfile,
} from './ballots.ts';
import { VotingError } from './errors.ts';
import { MAX_VOTERS, votersLimitError } from './limits.ts';

function err(code: string, english: string, path: string, params: Record<string, string | number> = {}): VotingError {
  return new VotingError(code, english, params, path);
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
  if (m > 12)
    throw err('error.ordersTooWide', 'the compact loader takes at most 12 candidates', 'orders', { limit: 12 });
  const n = orders.length / m;
  if (n > MAX_VOTERS) throw votersLimitError(n, 'orders');
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
        throw err('error.ordersRow', 'each row must list every candidate index exactly once', `orders[${base / m}]`, {
          group: g,
        });
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

/**
 * The compact loader for large graded elections: one row of m grades per voter in `rows`;
 * identical rows are merged. Grades must already be on the scale.
 */
export function gradedProfileFromRows(
  candidates: readonly string[],
  rows: Int8Array,
  options: GradedElectionOptions,
): GradedProfile {
  checkCandidates(candidates);
  const m = candidates.length;
  if (m === 0 || rows.length % m !== 0) {
    throw err('error.ordersShape', 'the ballot array length must be a multiple of the number of candidates', 'rows');
  }
  const { scale } = options;
  checkGradeScale(scale);
  if (rows.length / m > MAX_VOTERS) throw votersLimitError(rows.length / m, 'rows');
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
        throw err(
          'error.gradeRange',
          `grade must be a whole number from ${scale.min} to ${scale.max}`,
          `rows[${base / m}][${c}]`,
          {
            min: scale.min,
            max: scale.max,
            value: row[c],
          },
        );
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

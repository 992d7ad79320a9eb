/**
 * Synthetic electorates for the bench: voters on a 2-D opinion plane rank the candidates by
 * distance, so the data has the structure of real elections (many voters share a ranking)
 * rather than uniform noise. Deterministic for a given generator.
 */
import type { Rng } from '../../src/voting/rng.ts';

function unit(rng: Rng): number {
  return rng.nextUint32() / 2 ** 32;
}

/** `voters` rows of `m` candidate indices, best first. */
export function syntheticOrders(rng: Rng, voters: number, m: number): Uint8Array {
  const cx = Array.from({ length: m }, () => unit(rng));
  const cy = Array.from({ length: m }, () => unit(rng));
  const out = new Uint8Array(voters * m);
  const dist = new Float64Array(m);
  const idx = Array.from({ length: m }, (_, i) => i);
  for (let v = 0; v < voters; v++) {
    // Two clusters of opinion plus noise.
    const cluster = v % 3 === 0 ? 0.3 : 0.65;
    const x = cluster + (unit(rng) - 0.5) * 0.6;
    const y = cluster + (unit(rng) - 0.5) * 0.6;
    for (let c = 0; c < m; c++) dist[c] = (cx[c] - x) ** 2 + (cy[c] - y) ** 2;
    idx.sort((a, b) => dist[a] - dist[b]);
    out.set(idx, v * m);
  }
  return out;
}

/** Grades 0–5 from the same orders: the favourite gets 5, then one less per place. */
export function gradesFromOrders(orders: Uint8Array, m: number): Int8Array {
  const rows = new Int8Array(orders.length);
  for (let base = 0; base < orders.length; base += m) {
    for (let p = 0; p < m; p++) rows[base + orders[base + p]] = Math.max(0, 5 - p);
  }
  return rows;
}

/** `voters` uniformly random complete orders: almost every ballot distinct (the hard case). */
export function uniformOrders(rng: Rng, voters: number, m: number): Uint8Array {
  const out = new Uint8Array(voters * m);
  const idx = Array.from({ length: m }, (_, i) => i);
  for (let v = 0; v < voters; v++) {
    for (let i = m - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    out.set(idx, v * m);
  }
  return out;
}

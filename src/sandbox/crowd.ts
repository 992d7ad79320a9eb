/**
 * A crowd becomes weighted voters, deterministically: the same crowd gives the same voters on
 * every machine, so a shared link counts the same everywhere.
 *
 * The members stand on at most CROWD_POINTS points of a sunflower spiral filling the disc of
 * radius `spread` (in 1-D, evenly spaced along the segment [centre − spread, centre + spread]).
 * Point 0 is the centre itself, which lets a scenario file written from a crowd be read back
 * as that crowd. The spiral turns by the golden angle through a fixed rotation (multiplications
 * and additions only, which IEEE arithmetic rounds the same everywhere — unlike Math.cos).
 * Members are shared as evenly as possible between the points (the first points take the
 * remainder), positions are rounded to whole numbers, and points that land on the same spot merge.
 */
import { clampCoordinate, type SandboxCrowd } from './model.ts';

export const CROWD_POINTS = 40;

/** cos and sin of the golden angle π(3 − √5), written out so that they never depend on Math.cos. */
const TURN_COS = -0.7373688780783197;
const TURN_SIN = 0.6754902942615238;

interface CrowdPoint {
  readonly position: readonly number[];
  readonly count: number;
}

/** The points of a crowd, in a fixed order, with the number of members on each. */
export function crowdPoints(crowd: Pick<SandboxCrowd, 'centre' | 'spread' | 'size'>, dimensions: 1 | 2): CrowdPoint[] {
  const centre = crowd.centre.slice(0, dimensions).map(clampCoordinate);
  const size = Math.max(1, Math.floor(crowd.size));
  const k = crowd.spread > 0 ? Math.min(size, CROWD_POINTS) : 1;
  if (k === 1) return [{ position: centre, count: size }];
  const base = Math.floor(size / k);
  const extra = size % k;
  const out: { position: number[]; count: number }[] = [];
  const at = new Map<string, number>();
  let cos = 1;
  let sin = 0;
  for (let i = 0; i < k; i++) {
    let position: number[];
    if (dimensions === 1) {
      // 0, +1, −1, +2, −2… steps of spread/half: the centre first, then outwards on both sides.
      const half = Math.ceil((k - 1) / 2);
      const step = i % 2 === 1 ? (i + 1) / 2 : -i / 2;
      position = [clampCoordinate(centre[0] + (crowd.spread * step) / half)];
    } else {
      const r = crowd.spread * Math.sqrt(i / (k - 1));
      position = [clampCoordinate(centre[0] + r * cos), clampCoordinate(centre[1] + r * sin)];
      [cos, sin] = [cos * TURN_COS - sin * TURN_SIN, sin * TURN_COS + cos * TURN_SIN];
    }
    const count = base + (i < extra ? 1 : 0);
    if (count === 0) continue;
    const key = position.join(',');
    const seen = at.get(key);
    if (seen !== undefined) out[seen].count += count;
    else {
      at.set(key, out.length);
      out.push({ position, count });
    }
  }
  return out;
}

/**
 * Where the crab may walk on the coast: the part of the map that is on screen and not under the
 * hint band at its foot, for a crab drawn `size` pixels tall from a point near its feet (the
 * picture's origin is at 90 % of its height). The whole picture stays on the map, never half off
 * the screen or under the band.
 */
interface WalkArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Sand between the crab and the edges, in game pixels. */
const MARGIN = 8;

export function walkArea(width: number, height: number, size: number, bandHeight: number): WalkArea {
  const half = size / 2;
  const left = half + MARGIN;
  const right = Math.max(left, width - half - MARGIN);
  const top = size * 0.9 + MARGIN;
  const bottom = Math.max(top, height - bandHeight - size * 0.1 - MARGIN);
  return { left, top, right, bottom };
}

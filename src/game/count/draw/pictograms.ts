/**
 * The shapes inside a bar are read as a count: either one stands for one ballot, or there are
 * none. Pure (no Phaser), so that the rule is tested in Node.
 */

/** The radius of a bar's shapes for a bar `h` pixels high. */
export function pictogramRadius(h: number): number {
  return Math.min(h * 0.3, 10);
}

/**
 * How many shapes a bar of `units` ballots, `w` × `h` pixels, carries: exactly one per ballot
 * when the count is whole and they fit at a readable size, otherwise none — 11 ballots are
 * never drawn as 8 shapes.
 */
export function pictogramCount(units: number | undefined, w: number, h: number): number {
  if (units === undefined || !Number.isInteger(units) || units < 1) return 0;
  const r = pictogramRadius(h);
  // Each shape needs its diameter and a small gap; the bar's rounded ends keep a margin.
  return r >= 4 && units * (2 * r + 3) <= w - 6 ? units : 0;
}

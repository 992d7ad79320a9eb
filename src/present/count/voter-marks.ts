/**
 * Where the marks around a voter on the election screen go, in the cell the voter stands in:
 * the group's count badge (« ×3 ») in the bottom-right corner, and the ballot dropped beside the
 * voter (a folded paper or a pebble, when motion is reduced) in the top-left corner, so that
 * nothing ever covers the badge: the top and the bottom of the cell keep them apart whatever the
 * count's width; in a cell too small for both, the ballot is not drawn (the box still fills).
 * Pure: the Election scene draws at these points.
 */

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The badge's text size for a voter drawn `size` pixels wide. */
export function badgeTextSize(size: number): number {
  return Math.max(14, Math.min(20, size / 4));
}

/** The badge's bottom-right corner (its text is anchored there). */
export function badgeCorner(x: number, y: number, size: number): { x: number; y: number } {
  return { x: x + size / 2 - 4, y: y + size / 2 - 4 };
}

/**
 * The ballot left beside a voter of `count` ballots: its centre and its width (its height is no
 * larger), or nothing when the cell is too small to hold it clear of the badge.
 */
export function droppedBallot(
  x: number,
  y: number,
  size: number,
  count: number,
): { x: number; y: number; width: number } | undefined {
  const width = Math.max(16, size * 0.3);
  const ballot = { x: x - size / 2 + width / 2, y: y - size / 2 + width / 2, width };
  if (count > 1 && overlaps(boxOf(ballot), badgeBound(x, y, size, count))) return undefined;
  return ballot;
}

function boxOf(b: { x: number; y: number; width: number }): Box {
  return { x: b.x - b.width / 2, y: b.y - b.width / 2, w: b.width, h: b.width };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The widest box a badge of `count` can take: its characters at most one text size wide each
 * (a generous bound for digits and « × » in our bold face), plus its padding of 4 px each side.
 */
export function badgeBound(x: number, y: number, size: number, count: number): Box {
  const text = badgeTextSize(size);
  const w = `×${count}`.length * text + 8;
  const h = text * 1.4 + 2;
  const corner = badgeCorner(x, y, size);
  return { x: corner.x - w, y: corner.y - h, w, h };
}

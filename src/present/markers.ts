/**
 * The geometry of the option markers, written once: the SVG art (src/game/art/palette.ts), the
 * count charts and the small legends (both drawn with Phaser Graphics) all draw these outlines.
 * The shapes differ in outline, not only in size — round, square, pointed up, pointed on four
 * sides, spiky, six-sided, plus-shaped and hollow — so that options are told apart in greyscale.
 * Each fits, roughly, a circle of radius r around the marker's centre (a corner may reach 1.1 r).
 */

export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'hexagon', 'cross', 'ring'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** A point relative to the marker's centre (y points down, as on screen). */
export interface MarkerPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * How a marker is drawn: a polygon (its corners in order), or circles — one for the disc, two
 * for the ring (outer edge, then the hole's edge, which stays hollow).
 */
type MarkerOutline =
  | { readonly kind: 'polygon'; readonly points: readonly MarkerPoint[] }
  | { readonly kind: 'round'; readonly radii: readonly [number] | readonly [number, number] };

/** The corners of a regular polygon of radius `radius` centred on (0, dy), the first at angle `rotation`. */
function regular(radius: number, sides: number, rotation: number, dy = 0): MarkerPoint[] {
  return Array.from({ length: sides }, (_, k) => {
    const a = rotation + (k * 2 * Math.PI) / sides;
    return { x: radius * Math.cos(a), y: dy + radius * Math.sin(a) };
  });
}

/** A five-pointed star pointing up, its inner corners at 46 % of its outer radius. */
function star(r: number, dy: number): MarkerPoint[] {
  return Array.from({ length: 10 }, (_, k) => {
    const rr = k % 2 === 0 ? r : r * 0.46;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return { x: rr * Math.cos(a), y: dy + rr * Math.sin(a) };
  });
}

/** A plus sign: arms 0.6 r wide, reaching 0.88 r from the centre. */
function cross(r: number): MarkerPoint[] {
  const a = r * 0.3;
  const b = r * 0.88;
  const corners: [number, number][] = [
    [-a, -b],
    [a, -b],
    [a, -a],
    [b, -a],
    [b, a],
    [a, a],
    [a, b],
    [-a, b],
    [-a, a],
    [-b, a],
    [-b, -a],
    [-a, -a],
  ];
  return corners.map(([x, y]) => ({ x, y }));
}

/** The polygon of a polygonal shape, relative to its centre (none for the circle and the ring). */
export function markerPoints(shape: MarkerShape, r: number): readonly MarkerPoint[] {
  const outline = markerOutline(shape, r);
  return outline.kind === 'polygon' ? outline.points : [];
}

export function markerOutline(shape: MarkerShape, r: number): MarkerOutline {
  switch (shape) {
    case 'circle':
      return { kind: 'round', radii: [r * 0.86] };
    case 'ring':
      return { kind: 'round', radii: [r * 0.88, r * 0.46] };
    case 'square': {
      const s = r * 0.76;
      return {
        kind: 'polygon',
        points: [
          { x: -s, y: -s },
          { x: s, y: -s },
          { x: s, y: s },
          { x: -s, y: s },
        ],
      };
    }
    case 'triangle':
      // Lowered a little, so that the triangle's mass sits on the centre rather than its box.
      return { kind: 'polygon', points: regular(r * 1.02, 3, -Math.PI / 2, r * 0.14) };
    case 'diamond':
      return {
        kind: 'polygon',
        points: [
          { x: 0, y: -r },
          { x: r * 0.78, y: 0 },
          { x: 0, y: r },
          { x: -r * 0.78, y: 0 },
        ],
      };
    case 'star':
      return { kind: 'polygon', points: star(r, r * 0.06) };
    case 'hexagon':
      return { kind: 'polygon', points: regular(r * 0.92, 6, 0) };
    case 'cross':
      return { kind: 'polygon', points: cross(r) };
  }
}

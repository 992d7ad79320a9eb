/**
 * The drawing kit shared by every species: outlined shapes, limbs, pincers, tail fans. Keeping
 * these in one place is what gives the cast one style (same outline, same shading, same joints).
 */
import { type Attrs, el, fmt, mix, smooth } from '../svg.ts';
import type { Paint } from './types.ts';

type P2 = readonly [number, number];

export function outline(p: Paint): Attrs {
  return { stroke: p.outline, 'stroke-width': p.sw, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
}

export function ellipse(
  p: Paint,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra: Attrs = {},
): string {
  return el('ellipse', { cx, cy, rx, ry, fill, ...outline(p), ...extra });
}

export function shape(p: Paint, dPath: string, fill: string, extra: Attrs = {}): string {
  return el('path', { d: dPath, fill, ...outline(p), ...extra });
}

/** A soft white gloss spot: the "lit from the upper left" highlight of the style. */
export function gloss(cx: number, cy: number, rx: number, ry: number, rot = -25, opacity = 0.45): string {
  return el('ellipse', {
    cx,
    cy,
    rx,
    ry,
    fill: '#ffffff',
    'fill-opacity': opacity,
    transform: `rotate(${fmt(rot)} ${fmt(cx)} ${fmt(cy)})`,
  });
}

/** A line drawn in the outline colour, for creases, segment edges and stripes. */
export function crease(p: Paint, dPath: string, width = p.sw * 0.7, opacity = 0.8): string {
  return el('path', {
    d: dPath,
    fill: 'none',
    stroke: p.outline,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-opacity': opacity,
  });
}

/**
 * A leg or an arm: a smooth stroke drawn twice (outline, then colour), so limbs get the same
 * outline as filled shapes without needing a polygon around them.
 */
export function limb(p: Paint, pts: readonly P2[], width: number, colour = p.shell): string {
  const dPath = smooth(pts);
  const base = { d: dPath, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  return (
    el('path', { ...base, stroke: p.outline, 'stroke-width': width + p.sw * 2 }) +
    el('path', { ...base, stroke: colour, 'stroke-width': width })
  );
}

/** A thin antenna or whisker: outline colour only, tapering is not needed at this scale. */
export function antenna(p: Paint, pts: readonly P2[], width = 3.2): string {
  return el('path', {
    d: smooth(pts),
    fill: 'none',
    stroke: p.outline,
    'stroke-width': width,
    'stroke-linecap': 'round',
  });
}

interface ClawOptions {
  /** Half width of the palm. */
  w: number;
  /** Length from wrist to finger tips. */
  len: number;
  /** Degrees, 0 = pointing up, clockwise. */
  angle: number;
  /** Mirror the claw (the fixed finger on the other side). */
  flip?: boolean;
  fill: string;
  /** Decoration along the outer edge: none, bumps (crayfish, coconut crab), spines (langoustine). */
  texture?: 'none' | 'bumps' | 'spines';
  /** How far the fingers open: 1 = default notch. */
  open?: number;
}

function place(x: number, y: number, o: ClawOptions): (pt: P2) => string {
  const a = (o.angle * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return ([lx, ly]) => {
    const fx = o.flip ? -lx : lx;
    return `${fmt(x + fx * c - ly * s)} ${fmt(y + fx * s + ly * c)}`;
  };
}

/** A pincer whose wrist is at (x, y). Built from points, so the outline width never scales. */
export function claw(p: Paint, x: number, y: number, o: ClawOptions): string {
  const { w, len: L } = o;
  const op = o.open ?? 1;
  const t = place(x, y, o);
  // Palm, then the fixed finger rising on the left, a deep V notch, and the movable finger
  // hooking back in on the right: the open "V" is what makes a pincer read as a pincer.
  const ny = -L * 0.5;
  const tipR: P2 = [0.95 * w * op, -0.84 * L];
  const pts: P2[][] = [
    [
      [-1.0 * w, -0.06 * L],
      [-1.28 * w, -0.36 * L],
      [-1.02 * w, -0.6 * L],
    ],
    [
      [-0.86 * w, -0.8 * L],
      [-0.6 * w, -0.94 * L],
      [-0.12 * w, -L],
    ],
    [
      [-0.3 * w, -0.86 * L],
      [-0.34 * w, -0.66 * L],
      [0.02 * w, ny],
    ],
    [[0.3 * w, -0.6 * L], [0.62 * w * op, -0.68 * L], tipR],
    [
      [1.25 * w, -0.72 * L],
      [1.3 * w, -0.42 * L],
      [1.02 * w, -0.28 * L],
    ],
    [
      [0.86 * w, -0.12 * L],
      [0.62 * w, -0.03 * L],
      [0.45 * w, 0],
    ],
  ];
  const dPath = `M${t([-0.45 * w, 0])} ` + pts.map((seg) => `C${seg.map(t).join(' ')}`).join(' ') + ' Z';
  let out = shape(p, dPath, o.fill);
  // A knuckle crease and a gloss make the pincer read as a rounded, solid object.
  out += el('path', {
    d: `M${t([-0.55 * w, -0.5 * L])} Q${t([-0.1 * w, -0.42 * L])} ${t([0.55 * w, -0.46 * L])}`,
    fill: 'none',
    stroke: p.outline,
    'stroke-width': p.sw * 0.55,
    'stroke-linecap': 'round',
    'stroke-opacity': 0.5,
  });
  const [gx, gy] = t([-0.45 * w, -0.32 * L])
    .split(' ')
    .map(Number);
  out += gloss(gx, gy, w * 0.28, L * 0.1, o.angle + (o.flip ? 20 : -20));
  if (o.texture === 'bumps' || o.texture === 'spines') {
    const spots: P2[] = [
      [-0.95 * w, -0.3 * L],
      [-1.05 * w, -0.45 * L],
      [-0.85 * w, -0.66 * L],
      [0.95 * w, -0.3 * L],
      [1.02 * w, -0.5 * L],
    ];
    for (const [sx, sy] of spots) {
      const [cx, cy] = t([sx, sy]).split(' ').map(Number);
      out +=
        o.texture === 'bumps'
          ? el('circle', {
              cx,
              cy,
              r: Math.max(2.5, w * 0.13),
              fill: mix(p.shell, '#ffffff', 0.25),
              stroke: p.outline,
              'stroke-width': p.sw * 0.5,
            })
          : el('circle', { cx, cy, r: Math.max(1.8, w * 0.12), fill: p.outline });
    }
  }
  return out;
}

/** A tail fan of five rounded blades, centred on (cx, cy), opening downwards. */
export function tailFan(p: Paint, cx: number, cy: number, w: number, h: number, fill: string): string {
  let out = '';
  // Each blade turns about its own root, so the fan opens sideways without dropping lower.
  for (const k of [-2, 2, -1, 1, 0]) {
    const bx = cx + k * w * 0.1;
    out += el('ellipse', {
      cx: bx,
      cy: cy + h * 0.5,
      rx: w * 0.15,
      ry: h * 0.62,
      fill,
      ...outline(p),
      transform: `rotate(${fmt(-k * 24)} ${fmt(bx)} ${fmt(cy)})`,
    });
  }
  return out;
}

/**
 * Overlapping body segments along a list of centres (abdomens of shrimps, lobsters, isopods):
 * drawn from the last to the first, so each segment overlaps the next like real plates.
 */
export function segments(
  p: Paint,
  centres: ReadonlyArray<readonly [number, number, number, number]>,
  fill: string | ((i: number) => string),
): string {
  let out = '';
  for (let i = centres.length - 1; i >= 0; i--) {
    const [cx, cy, rx, ry] = centres[i];
    out += ellipse(p, cx, cy, rx, ry, typeof fill === 'string' ? fill : fill(i));
  }
  return out;
}

/** Mirror an x coordinate about the character's vertical axis. */
export const mx = (x: number): number => 256 - x;

/** Small legs for both sides: each is a list of points on the left side, mirrored for the right. */
export function pairedLimbs(p: Paint, left: ReadonlyArray<readonly P2[]>, width: number, colour = p.shell): string {
  let out = '';
  for (const pts of left) {
    out +=
      limb(p, pts, width, colour) +
      limb(
        p,
        pts.map(([x, y]) => [mx(x), y] as const),
        width,
        colour,
      );
  }
  return out;
}

/**
 * Faces: eyes, brows, mouth and small mood signs. Every species gives the positions of its eyes
 * and mouth; the expression is drawn here, the same way for all, so that "worried" reads the same
 * on a barnacle as on a lobster. Each mood changes at least the eyes or the brows AND the mouth,
 * so it stays readable at 64 px where a single detail would vanish.
 */
import { el, fmt } from '../svg.ts';
import { limb } from './kit.ts';
import type { Expression, Eye, Face, Paint, Pt } from './types.ts';

const INK = '#2b1d2e';
const MOUTH = '#6b2433';
const TONGUE = '#f08a8f';
const BLUSH = '#ff7f8a';
const WATER = '#8fd3f4';

type EyeState = 'open' | 'happy' | 'closed' | 'half' | 'angry';

interface Mood {
  eye: EyeState;
  /** Pupil size relative to the eye. */
  pupil: number;
  /** Gaze direction, in eye radii. */
  gaze: [number, number];
  /** Eye scale (surprise widens the eyes). */
  scale: number;
  /** Brow tilt per side [left, right]: positive lifts the inner end (sad), negative lowers it (angry). */
  brow: [number, number];
  /** Extra lift of the brows above the eyes, in eye radii. */
  lift: [number, number];
  blush: number;
}

const MOODS: Record<Expression, Mood> = {
  neutral: { eye: 'open', pupil: 0.52, gaze: [0, 0.05], scale: 1, brow: [0, 0], lift: [0, 0], blush: 0 },
  happy: { eye: 'happy', pupil: 0.5, gaze: [0, 0], scale: 1, brow: [-0.1, -0.1], lift: [0.2, 0.2], blush: 0.5 },
  sad: { eye: 'open', pupil: 0.6, gaze: [0, 0.3], scale: 1, brow: [0.55, 0.55], lift: [0.05, 0.05], blush: 0 },
  angry: { eye: 'angry', pupil: 0.42, gaze: [0, 0.1], scale: 0.95, brow: [-0.6, -0.6], lift: [-0.25, -0.25], blush: 0 },
  surprised: { eye: 'open', pupil: 0.3, gaze: [0, 0], scale: 1.18, brow: [0.1, 0.1], lift: [0.6, 0.6], blush: 0 },
  thinking: {
    eye: 'open',
    pupil: 0.46,
    gaze: [0.35, -0.4],
    scale: 1,
    brow: [-0.15, 0.05],
    lift: [-0.05, 0.45],
    blush: 0,
  },
  worried: { eye: 'open', pupil: 0.36, gaze: [0, 0.15], scale: 1.05, brow: [0.45, 0.45], lift: [0.35, 0.35], blush: 0 },
  proud: { eye: 'half', pupil: 0.5, gaze: [0, -0.1], scale: 1, brow: [-0.15, -0.15], lift: [0.35, 0.35], blush: 0.25 },
  shy: { eye: 'open', pupil: 0.5, gaze: [-0.35, 0.35], scale: 0.95, brow: [0.3, 0.3], lift: [0.15, 0.15], blush: 0.8 },
  sleepy: { eye: 'closed', pupil: 0.5, gaze: [0, 0], scale: 1, brow: [0.1, 0.1], lift: [-0.05, -0.05], blush: 0 },
};

function faceCentre(face: Face): number {
  return face.eyes.reduce((s, e) => s + e.x, 0) / face.eyes.length;
}

/** Stalks go behind the body (they grow out of the shell); drawn before the body by the caller. */
export function eyeStalks(p: Paint, face: Face): string {
  return face.eyes
    .filter((e): e is Eye & { stalk: Pt } => e.stalk !== undefined)
    .map((e) =>
      limb(
        p,
        [
          [e.stalk.x, e.stalk.y],
          [(e.stalk.x + e.x) / 2, (e.stalk.y + e.y) / 2 + 2],
          [e.x, e.y + e.r * 0.6],
        ],
        Math.max(6, e.r * 0.5),
      ),
    )
    .join('');
}

/**
 * The part of an eye above a chord (through a and b), filled with the lid colour. Computed as a
 * circular segment rather than clipped, so the SVG needs no clip-path ids.
 */
function lidSegment(cx: number, cy: number, r: number, a: Pt, b: Pt, fill: string, p: Paint, ow: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const fx = a.x - cx;
  const fy = a.y - cy;
  const qa = dx * dx + dy * dy;
  const qb = 2 * (fx * dx + fy * dy);
  const qc = fx * fx + fy * fy - r * r;
  const disc = Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc));
  const t1 = (-qb - disc) / (2 * qa);
  const t2 = (-qb + disc) / (2 * qa);
  const p1 = { x: a.x + t1 * dx, y: a.y + t1 * dy };
  const p2 = { x: a.x + t2 * dx, y: a.y + t2 * dy };
  const [lft, rgt] = p1.x < p2.x ? [p1, p2] : [p2, p1];
  const large = (lft.y + rgt.y) / 2 > cy ? 1 : 0;
  const seg = `M${fmt(lft.x)} ${fmt(lft.y)} A${fmt(r)} ${fmt(r)} 0 ${large} 1 ${fmt(rgt.x)} ${fmt(rgt.y)} Z`;
  return el('path', { d: seg, fill, stroke: p.outline, 'stroke-width': ow, 'stroke-linejoin': 'round' });
}

function eye(p: Paint, e: Eye, m: Mood, side: number, lid: string): string {
  const r = e.r * m.scale;
  const ow = Math.max(2.4, p.sw * 0.8);
  const ball = (fill: string) => el('circle', { cx: e.x, cy: e.y, r, fill, stroke: p.outline, 'stroke-width': ow });
  if (m.eye === 'happy' || m.eye === 'closed') {
    // A closed eye is a lid-coloured ball with a crease: smiling (arched up) or sleeping (down).
    const y = m.eye === 'happy' ? e.y + r * 0.2 : e.y - r * 0.05;
    const bend = m.eye === 'happy' ? -r * 0.9 : r * 0.7;
    const crease = `M${fmt(e.x - r * 0.62)} ${fmt(y)} Q${fmt(e.x)} ${fmt(y + bend)} ${fmt(e.x + r * 0.62)} ${fmt(y)}`;
    const lashes =
      m.eye === 'closed'
        ? el('path', {
            d: `M${fmt(e.x + side * r * 0.55)} ${fmt(y + r * 0.1)} l${fmt(side * r * 0.25)} ${fmt(r * 0.22)}`,
            stroke: INK,
            'stroke-width': r * 0.16,
            'stroke-linecap': 'round',
          })
        : '';
    return (
      ball(lid) +
      el('path', {
        d: crease,
        fill: 'none',
        stroke: INK,
        'stroke-width': Math.max(2.6, r * 0.2),
        'stroke-linecap': 'round',
      }) +
      lashes
    );
  }
  const px = e.x + m.gaze[0] * r * 0.45;
  const py = e.y + m.gaze[1] * r * 0.45;
  const pr = r * m.pupil;
  let out = ball('#ffffff');
  if (e.band)
    out += el('rect', {
      x: e.x - r * 0.92,
      y: e.y - r * 0.2,
      width: r * 1.84,
      height: r * 0.4,
      fill: e.band,
      'fill-opacity': 0.75,
    });
  out += el('circle', { cx: px, cy: py, r: pr, fill: INK });
  out += el('circle', { cx: px - pr * 0.35, cy: py - pr * 0.4, r: Math.max(1.2, pr * 0.36), fill: '#ffffff' });
  if (m.pupil >= 0.55)
    out += el('circle', { cx: px + pr * 0.35, cy: py + pr * 0.35, r: Math.max(0.8, pr * 0.16), fill: '#ffffff' });
  if (m.eye === 'half' || m.eye === 'angry') {
    // Upper lid: flat and low for a proud look, slanted down towards the centre for anger.
    const inner = m.eye === 'angry' ? -r * 0.05 : -r * 0.12;
    const outer = m.eye === 'angry' ? -r * 0.62 : -r * 0.12;
    out += lidSegment(
      e.x,
      e.y,
      r,
      { x: e.x - side * r, y: e.y + inner },
      { x: e.x + side * r, y: e.y + outer },
      lid,
      p,
      ow,
    );
  }
  return out;
}

function brow(e: Eye, m: Mood, side: number, i: number): string {
  const r = e.r * m.scale;
  const by = e.y - r * (1.45 + m.lift[i]);
  const h = r * 0.62;
  const tilt = m.brow[i] * h;
  const xi = e.x - side * h;
  const xo = e.x + side * h;
  const dBrow = `M${fmt(xi)} ${fmt(by - tilt)} Q${fmt(e.x)} ${fmt(by - r * 0.22 - tilt * 0.1)} ${fmt(xo)} ${fmt(by + tilt * 0.6)}`;
  return el('path', {
    d: dBrow,
    fill: 'none',
    stroke: INK,
    'stroke-width': Math.max(3, r * 0.3),
    'stroke-linecap': 'round',
  });
}

function mouth(face: Face, expr: Expression): string {
  const { x, y, w } = face.mouth;
  const l = x - w / 2;
  const r = x + w / 2;
  const line = (dm: string, width = Math.max(3, w * 0.12)) =>
    el('path', {
      d: dm,
      fill: 'none',
      stroke: INK,
      'stroke-width': width,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
  const filled = (dm: string, extra = '') =>
    el('path', {
      d: dm,
      fill: MOUTH,
      stroke: INK,
      'stroke-width': Math.max(2.5, w * 0.09),
      'stroke-linejoin': 'round',
    }) + extra;
  switch (expr) {
    case 'neutral':
      return line(`M${fmt(l + w * 0.1)} ${fmt(y)} Q${fmt(x)} ${fmt(y + w * 0.28)} ${fmt(r - w * 0.1)} ${fmt(y)}`);
    case 'happy':
      return filled(
        `M${fmt(l)} ${fmt(y - w * 0.08)} Q${fmt(x)} ${fmt(y - w * 0.02)} ${fmt(r)} ${fmt(y - w * 0.08)} Q${fmt(x + w * 0.1)} ${fmt(y + w * 0.75)} ${fmt(l)} ${fmt(y - w * 0.08)} Z`,
        el('ellipse', { cx: x + w * 0.05, cy: y + w * 0.32, rx: w * 0.2, ry: w * 0.11, fill: TONGUE }),
      );
    case 'sad':
      return line(
        `M${fmt(l + w * 0.12)} ${fmt(y + w * 0.2)} Q${fmt(x)} ${fmt(y - w * 0.18)} ${fmt(r - w * 0.12)} ${fmt(y + w * 0.2)}`,
      );
    case 'angry':
      return filled(
        `M${fmt(l + w * 0.05)} ${fmt(y + w * 0.22)} Q${fmt(x)} ${fmt(y - w * 0.22)} ${fmt(r - w * 0.05)} ${fmt(y + w * 0.22)} Z`,
        el('path', {
          d: `M${fmt(l + w * 0.25)} ${fmt(y + w * 0.08)} Q${fmt(x)} ${fmt(y - w * 0.1)} ${fmt(r - w * 0.25)} ${fmt(y + w * 0.08)}`,
          fill: 'none',
          stroke: '#ffffff',
          'stroke-width': Math.max(2, w * 0.08),
        }),
      );
    case 'surprised':
      return filled(`M${fmt(x)} ${fmt(y - w * 0.2)} a${fmt(w * 0.17)} ${fmt(w * 0.23)} 0 1 0 0.01 0 Z`);
    case 'thinking':
      return line(
        `M${fmt(x - w * 0.15)} ${fmt(y + w * 0.08)} Q${fmt(x + w * 0.15)} ${fmt(y + w * 0.1)} ${fmt(x + w * 0.38)} ${fmt(y - w * 0.06)}`,
      );
    case 'worried':
      return line(
        `M${fmt(l + w * 0.08)} ${fmt(y + w * 0.1)} q${fmt(w * 0.14)} ${fmt(-w * 0.14)} ${fmt(w * 0.28)} 0 t${fmt(w * 0.28)} 0 t${fmt(w * 0.28)} 0`,
      );
    case 'proud':
      return line(
        `M${fmt(l)} ${fmt(y - w * 0.02)} Q${fmt(x - w * 0.05)} ${fmt(y + w * 0.3)} ${fmt(r + w * 0.05)} ${fmt(y - w * 0.16)}`,
      );
    case 'shy':
      return line(
        `M${fmt(x - w * 0.25)} ${fmt(y + w * 0.02)} q${fmt(w * 0.12)} ${fmt(w * 0.14)} ${fmt(w * 0.25)} 0 q${fmt(w * 0.12)} ${fmt(w * 0.14)} ${fmt(w * 0.25)} 0`,
      );
    case 'sleepy':
      return filled(`M${fmt(x)} ${fmt(y - w * 0.08)} a${fmt(w * 0.1)} ${fmt(w * 0.13)} 0 1 0 0.01 0 Z`);
  }
}

function drop(x: number, y: number, s: number, fill: string): string {
  const dd = `M${fmt(x)} ${fmt(y - s)} Q${fmt(x + s * 0.75)} ${fmt(y + s * 0.1)} ${fmt(x + s * 0.6)} ${fmt(y + s * 0.5)} A${fmt(s * 0.62)} ${fmt(s * 0.62)} 0 1 1 ${fmt(x - s * 0.6)} ${fmt(y + s * 0.5)} Q${fmt(x - s * 0.75)} ${fmt(y + s * 0.1)} ${fmt(x)} ${fmt(y - s)} Z`;
  return el('path', { d: dd, fill, stroke: '#2a6f97', 'stroke-width': 2 });
}

/** Mood signs drawn beside the head: tear, sweat, sparkle, thought dots, "z"s, surprise lines. */
function signs(face: Face, expr: Expression): string {
  const top = face.eyes.reduce((a, e) => Math.min(a, e.y - e.r), Infinity);
  const right = face.eyes.reduce((a, e) => Math.max(a, e.x + e.r), -Infinity);
  const left = face.eyes.reduce((a, e) => Math.min(a, e.x - e.r), Infinity);
  const r0 = face.eyes[0].r;
  const sx = Math.min(236, right + r0 * 0.9);
  const sy = Math.max(20, top - r0 * 0.4);
  const stroke = {
    fill: 'none',
    stroke: INK,
    'stroke-width': 3.5,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  switch (expr) {
    case 'sad': {
      const e = face.eyes[face.eyes.length - 1];
      // A single eye sheds its tear to the side, clear of the mouth.
      return face.eyes.length === 1
        ? drop(e.x + e.r * 1.05, e.y + e.r * 0.9, e.r * 0.36, WATER)
        : drop(e.x + e.r * 0.35, e.y + e.r * 1.5, e.r * 0.42, WATER);
    }
    case 'worried':
      return drop(Math.min(240, right + r0 * 0.5), top + r0 * 1.2, r0 * 0.45, WATER);
    case 'thinking':
      return [0, 1, 2]
        .map((k) =>
          el('circle', {
            cx: sx + k * r0 * 0.5,
            cy: sy - k * r0 * 0.55,
            r: r0 * (0.16 + k * 0.07),
            fill: '#ffffff',
            stroke: INK,
            'stroke-width': 2.5,
          }),
        )
        .join('');
    case 'sleepy': {
      const z = (x: number, y: number, s: number) =>
        el('path', { d: `M${fmt(x)} ${fmt(y)} h${fmt(s)} l${fmt(-s)} ${fmt(s)} h${fmt(s)}`, ...stroke });
      return z(sx, sy, r0 * 0.55) + z(sx + r0 * 0.7, sy - r0 * 0.9, r0 * 0.4);
    }
    case 'surprised': {
      // Short "pop" lines on the outer side of the outermost eyes, below the raised brows.
      const eyes = [...face.eyes].sort((u, v) => u.x - v.x);
      const ends: Array<[Eye, number[]]> =
        eyes.length === 1
          ? [[eyes[0], [-150, -30]]]
          : [
              [eyes[0], [-165, -140]],
              [eyes[eyes.length - 1], [-40, -15]],
            ];
      return ends
        .flatMap(([e, angles]) =>
          angles.map((deg) => {
            const a = (deg * Math.PI) / 180;
            const r1 = e.r * 1.55;
            const r2 = e.r * 2.1;
            return el('path', {
              d: `M${fmt(e.x + Math.cos(a) * r1)} ${fmt(e.y + Math.sin(a) * r1)} L${fmt(e.x + Math.cos(a) * r2)} ${fmt(e.y + Math.sin(a) * r2)}`,
              ...stroke,
            });
          }),
        )
        .join('');
    }
    case 'proud': {
      const s = r0 * 0.55;
      return el('path', {
        d: `M${fmt(sx)} ${fmt(sy - s)} Q${fmt(sx)} ${fmt(sy)} ${fmt(sx + s)} ${fmt(sy)} Q${fmt(sx)} ${fmt(sy)} ${fmt(sx)} ${fmt(sy + s)} Q${fmt(sx)} ${fmt(sy)} ${fmt(sx - s)} ${fmt(sy)} Q${fmt(sx)} ${fmt(sy)} ${fmt(sx)} ${fmt(sy - s)} Z`,
        fill: '#ffe066',
        stroke: INK,
        'stroke-width': 2,
      });
    }
    case 'angry': {
      // The cartoon "vein" mark: four short arcs, understood without words.
      const s = r0 * 0.32;
      const cx = Math.max(18, left - r0 * 0.3);
      const cy = sy + r0 * 0.3;
      return [0, 90, 180, 270]
        .map((a) =>
          el('path', {
            d: `M${fmt(cx + s * 0.3)} ${fmt(cy - s)} Q${fmt(cx + s * 0.3)} ${fmt(cy - s * 0.3)} ${fmt(cx + s)} ${fmt(cy - s * 0.3)}`,
            fill: 'none',
            stroke: '#d7263d',
            'stroke-width': 3.5,
            'stroke-linecap': 'round',
            transform: `rotate(${a} ${fmt(cx)} ${fmt(cy)})`,
          }),
        )
        .join('');
    }
    default:
      return '';
  }
}

/** Everything of the face that sits on top of the body. */
export function faceFeatures(p: Paint, face: Face, expr: Expression): string {
  const m = MOODS[expr];
  const centre = faceCentre(face);
  const lid = face.lid ?? p.shell;
  let out = '';
  if (m.blush > 0) {
    const { x, y, w } = face.mouth;
    const cheeks = face.cheeks ?? [
      { x: x - w * 0.95, y: y - w * 0.1 },
      { x: x + w * 0.95, y: y - w * 0.1 },
    ];
    for (const c of cheeks)
      out += el('ellipse', {
        cx: c.x,
        cy: c.y,
        rx: w * 0.32,
        ry: w * 0.18,
        fill: BLUSH,
        'fill-opacity': fmt(0.3 + m.blush * 0.35),
      });
  }
  face.eyes.forEach((e) => {
    // A single eye (copepods) is its own centre: its two brow halves meet above it.
    const side = face.eyes.length === 1 ? 0 : e.x < centre ? -1 : 1;
    out += eye(p, e, m, side === 0 ? 1 : side, lid);
    if (side === 0) {
      out += brow({ ...e, x: e.x - e.r * 0.55 }, m, -1, 0) + brow({ ...e, x: e.x + e.r * 0.55 }, m, 1, 1);
    } else {
      out += brow(e, m, side, side < 0 ? 0 : 1);
    }
  });
  out += mouth(face, expr);
  out += signs(face, expr);
  return out;
}

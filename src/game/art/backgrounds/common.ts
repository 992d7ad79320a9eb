/**
 * Building blocks of the places. Backgrounds sit behind characters and text, so they are drawn
 * with few, large, soft shapes and gentle contrast; the small details go to the edges.
 */
import { el, fmt, mix, seeded, smooth, svgDoc } from '../svg.ts';

export const W = 1920;
export const H = 1080;

/** Background outline: a soft version of the ink, so scenery never competes with characters. */
const SOFT_LINE = '#5b4a5e';

export interface Scene {
  defs: string;
  body: string;
}

export function backgroundDoc(scene: Scene, title?: string): string {
  return svgDoc({ width: W, height: H, title, defs: scene.defs, body: scene.body });
}

export function rect(fill: string, y = 0, h = H, extra: Record<string, string | number> = {}): string {
  return el('rect', { x: 0, y, width: W, height: h, fill, ...extra });
}

export function sun(cx: number, cy: number, r: number, colour: string): string {
  return (
    el('circle', { cx, cy, r: r * 1.9, fill: colour, 'fill-opacity': 0.18 }) +
    el('circle', { cx, cy, r: r * 1.35, fill: colour, 'fill-opacity': 0.25 }) +
    el('circle', { cx, cy, r, fill: colour })
  );
}

/** A puffy cloud: a flat bottom and three to five round tops. */
export function cloud(x: number, y: number, s: number, fill = '#ffffff', opacity = 0.85): string {
  const bumps: Array<[number, number, number]> = [
    [-60, 0, 38],
    [-20, -24, 50],
    [30, -14, 42],
    [68, 4, 30],
  ];
  const parts = bumps.map(([dx, dy, r]) => el('circle', { cx: x + dx * s, cy: y + dy * s, r: r * s })).join('');
  return el(
    'g',
    { fill, 'fill-opacity': opacity },
    parts + el('rect', { x: x - 80 * s, y: y, width: 170 * s, height: 30 * s, rx: 15 * s }),
  );
}

/** A band of water or sand with a gently waving top edge. */
export function wavyBand(top: number, amp: number, waves: number, fill: string, phase = 0, bottom = H): string {
  const pts: Array<[number, number]> = [];
  const steps = waves * 4;
  for (let i = 0; i <= steps; i++) {
    const x = -40 + ((W + 80) * i) / steps;
    pts.push([x, top + Math.sin((i / 4) * Math.PI * 2 * 0.5 + phase) * amp]);
  }
  return el('path', { d: `${smooth(pts)} L${W + 40} ${bottom} L-40 ${bottom} Z`, fill });
}

/** Short light strokes on water: sparkle without busyness. */
export function ripples(
  seed: number,
  count: number,
  y0: number,
  y1: number,
  colour = '#ffffff',
  opacity = 0.45,
  x0 = 0,
  x1 = W,
): string {
  const r = seeded(seed);
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + r() * (x1 - x0);
    const y = y0 + r() * (y1 - y0);
    const len = 24 + r() * 60 * ((y - y0) / (y1 - y0) + 0.4);
    out += el('path', {
      d: `M${fmt(x)} ${fmt(y)} q${fmt(len / 2)} -6 ${fmt(len)} 0`,
      fill: 'none',
      stroke: colour,
      'stroke-opacity': opacity,
      'stroke-width': 4,
      'stroke-linecap': 'round',
    });
  }
  return out;
}

/** A rounded rock: a lumpy blob with a lighter top, seeded so each rock has its own shape. */
export function rock(seed: number, cx: number, cy: number, rx: number, ry: number, colour: string): string {
  const r = seeded(seed);
  const pts: Array<[number, number]> = [];
  const n = 12;
  for (let i = 0; i < n; i++) {
    const a = (i * 2 * Math.PI) / n;
    const k = 0.86 + r() * 0.18;
    // The lower half is squashed flat: rocks sit on the ground instead of floating.
    const y = Math.sin(a) > 0 ? cy + Math.sin(a) * ry * 0.3 : cy + Math.sin(a) * ry * k;
    pts.push([cx + Math.cos(a) * rx * k, y]);
  }
  const body = el('path', {
    d: smooth(pts, true),
    fill: colour,
    stroke: mix(colour, SOFT_LINE, 0.55),
    'stroke-width': 6,
    'stroke-linejoin': 'round',
  });
  const top = el('ellipse', {
    cx: cx - rx * 0.2,
    cy: cy - ry * 0.55,
    rx: rx * 0.45,
    ry: ry * 0.16,
    fill: '#ffffff',
    'fill-opacity': 0.18,
  });
  return body + top;
}

export function shell(x: number, y: number, s: number, colour: string): string {
  let ridges = '';
  for (let k = -2; k <= 2; k++) ridges += `M${fmt(x)} ${fmt(y + 10 * s)} L${fmt(x + k * 9 * s)} ${fmt(y - 12 * s)} `;
  return (
    el('path', {
      d: `M${fmt(x - 22 * s)} ${fmt(y)} A${fmt(22 * s)} ${fmt(20 * s)} 0 0 1 ${fmt(x + 22 * s)} ${fmt(y)} L${fmt(x + 6 * s)} ${fmt(y + 12 * s)} L${fmt(x - 6 * s)} ${fmt(y + 12 * s)} Z`,
      fill: colour,
      stroke: mix(colour, SOFT_LINE, 0.6),
      'stroke-width': 3,
      'stroke-linejoin': 'round',
    }) + el('path', { d: ridges, stroke: mix(colour, SOFT_LINE, 0.45), 'stroke-width': 2, fill: 'none' })
  );
}

export function starfish(x: number, y: number, s: number, colour: string, rot = 0): string {
  const pts: string[] = [];
  for (let k = 0; k < 10; k++) {
    const a = ((rot - 90 + k * 36) * Math.PI) / 180;
    const rr = (k % 2 === 0 ? 30 : 13) * s;
    pts.push(`${fmt(x + Math.cos(a) * rr)},${fmt(y + Math.sin(a) * rr)}`);
  }
  return el('polygon', {
    points: pts.join(' '),
    fill: colour,
    stroke: mix(colour, SOFT_LINE, 0.6),
    'stroke-width': 4,
    'stroke-linejoin': 'round',
  });
}

/** A tuft of grass or reeds, blades fanning from one root. */
export function tuft(x: number, y: number, h: number, colour: string, blades = 5): string {
  let out = '';
  for (let k = 0; k < blades; k++) {
    const t = blades === 1 ? 0 : k / (blades - 1) - 0.5;
    out += el('path', {
      d: `M${fmt(x + t * 14)} ${fmt(y)} Q${fmt(x + t * 40)} ${fmt(y - h * 0.6)} ${fmt(x + t * 90)} ${fmt(y - h * (1 - Math.abs(t) * 0.5))}`,
      fill: 'none',
      stroke: colour,
      'stroke-width': 7,
      'stroke-linecap': 'round',
    });
  }
  return out;
}

/** A swaying ribbon of kelp with leaf blades, from the floor up to the top. */
export function kelp(seed: number, x: number, bottom: number, top: number, colour: string, sway = 40): string {
  const r = seeded(seed);
  const pts: Array<[number, number]> = [];
  const n = 6;
  for (let i = 0; i <= n; i++) pts.push([x + Math.sin(i * 1.1 + r() * 2) * sway, bottom - ((bottom - top) * i) / n]);
  let out = el('path', { d: smooth(pts), fill: 'none', stroke: colour, 'stroke-width': 14, 'stroke-linecap': 'round' });
  pts.slice(1, -1).forEach(([px, py], i) => {
    const s = i % 2 === 0 ? 1 : -1;
    out += el('path', {
      d: `M${fmt(px)} ${fmt(py)} q${fmt(s * 50)} -10 ${fmt(s * 70)} -60 q${fmt(-s * 40)} 20 ${fmt(-s * 70)} 60 Z`,
      fill: colour,
    });
  });
  return out;
}

export function bubbles(seed: number, count: number, x0: number, x1: number, y0: number, y1: number): string {
  const r = seeded(seed);
  let out = '';
  for (let i = 0; i < count; i++) {
    const cx = x0 + r() * (x1 - x0);
    const cy = y0 + r() * (y1 - y0);
    const rad = 5 + r() * 12;
    out += el('circle', {
      cx,
      cy,
      r: rad,
      fill: '#ffffff',
      'fill-opacity': 0.12,
      stroke: '#ffffff',
      'stroke-opacity': 0.5,
      'stroke-width': 3,
    });
  }
  return out;
}

/** Slanted shafts of light from the surface, very transparent. */
export function lightRays(xs: number[], colour = '#ffffff', opacity = 0.08): string {
  return xs
    .map((x) =>
      el('polygon', {
        points: `${x},0 ${x + 140},0 ${x + 420},${H} ${x + 180},${H}`,
        fill: colour,
        'fill-opacity': opacity,
      }),
    )
    .join('');
}

/** A soft darkening of the bottom edge, where interface panels usually sit. */
export function floorShade(id: string, colour: string, strength = 0.35): Scene {
  const stops =
    el('stop', { offset: '0', 'stop-color': colour, 'stop-opacity': '0' }) +
    el('stop', { offset: '1', 'stop-color': colour, 'stop-opacity': fmt(strength) });
  return {
    defs: el('linearGradient', { id, x1: '0', y1: '0', x2: '0', y2: '1' }, stops),
    body: el('rect', { x: 0, y: H * 0.7, width: W, height: H * 0.3, fill: `url(#${id})` }),
  };
}

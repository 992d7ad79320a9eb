/** Places at or under the water: the rock pool, the kelp forest, the reef council. */
import { el, fmt, linearGradient, mix, seeded } from '../svg.ts';
import {
  H,
  type Scene,
  bubbles,
  cloud,
  floorShade,
  kelp,
  lightRays,
  rect,
  ripples,
  rock,
  starfish,
  tuft,
  wavyBand,
} from './common.ts';

function anemone(x: number, y: number, s: number, colour: string): string {
  let out = '';
  for (let k = 0; k < 7; k++) {
    const a = ((-160 + k * 23) * Math.PI) / 180;
    out += el('path', {
      d: `M${x} ${y} q${fmt(Math.cos(a) * 30 * s)} ${fmt(Math.sin(a) * 20 * s)} ${fmt(Math.cos(a) * 46 * s)} ${fmt(Math.sin(a) * 50 * s)}`,
      fill: 'none',
      stroke: colour,
      'stroke-width': 12 * s,
      'stroke-linecap': 'round',
    });
  }
  return out + el('ellipse', { cx: x, cy: y + 8 * s, rx: 30 * s, ry: 20 * s, fill: mix(colour, '#5b4a5e', 0.25) });
}

/** Branching coral: a few rounded forks from one base. */
function coral(seed: number, x: number, y: number, s: number, colour: string): string {
  const r = seeded(seed);
  let out = '';
  const branch = (bx: number, by: number, ang: number, len: number, depth: number) => {
    const ex = bx + Math.cos(ang) * len;
    const ey = by + Math.sin(ang) * len;
    out += el('path', {
      d: `M${fmt(bx)} ${fmt(by)} L${fmt(ex)} ${fmt(ey)}`,
      stroke: colour,
      'stroke-width': fmt((10 + depth * 6) * s),
      'stroke-linecap': 'round',
    });
    if (depth > 0) {
      branch(ex, ey, ang - 0.5 - r() * 0.2, len * 0.72, depth - 1);
      branch(ex, ey, ang + 0.5 + r() * 0.2, len * 0.72, depth - 1);
    }
  };
  branch(x, y, -Math.PI / 2, 90 * s, 2);
  return out;
}

export function rockPool(): Scene {
  const defs =
    linearGradient('bg-pool-sky', [
      [0, '#b7e0f2'],
      [1, '#eef7f4'],
    ]) +
    linearGradient('bg-pool-water', [
      [0, '#6cc3c6'],
      [1, '#2f8f9c'],
    ]);
  const shade = floorShade('bg-pool-shade', '#3b3346', 0.3);
  let body = rect('url(#bg-pool-sky)', 0, 330);
  body += cloud(1500, 140, 1, '#ffffff', 0.8) + cloud(360, 110, 0.8, '#ffffff', 0.7);
  body += rect('#6fb4cf', 300, 60);
  body += rect('#c7b8b2', 350, H - 350);
  // Background rocks along the horizon, then the pool, then rocks framing the corners.
  body +=
    rock(61, 240, 430, 320, 130, '#b3a3ad') +
    rock(62, 980, 400, 260, 90, '#bcaeb5') +
    rock(63, 1700, 440, 340, 140, '#a99aa6');
  body += el('ellipse', { cx: 960, cy: 760, rx: 760, ry: 230, fill: '#8b7b86' });
  body += el('ellipse', { cx: 960, cy: 770, rx: 730, ry: 210, fill: 'url(#bg-pool-water)' });
  body += ripples(64, 18, 640, 900, '#ffffff', 0.35, 400, 1520);
  body += el('ellipse', { cx: 760, cy: 700, rx: 180, ry: 30, fill: '#ffffff', 'fill-opacity': 0.15 });
  body += anemone(470, 640, 1, '#f28ca0') + anemone(1460, 660, 0.9, '#f5a65b') + anemone(1560, 930, 0.7, '#c9a0dc');
  body += starfish(600, 900, 1.3, '#e4572e', 15) + starfish(1320, 860, 1, '#f2b63d', -10);
  body += tuft(300, 760, 110, '#5f9e5a', 6) + tuft(1660, 740, 120, '#4f8a4b', 6);
  body += rock(65, 80, 1090, 300, 200, '#9d8d99') + rock(66, 1840, 1090, 320, 220, '#948593');
  return { defs: defs + shade.defs, body: body + shade.body };
}

export function kelpForest(): Scene {
  const defs = linearGradient('bg-kelp-water', [
    [0, '#9fdcd2'],
    [0.5, '#4fa3a5'],
    [1, '#24667a'],
  ]);
  const shade = floorShade('bg-kelp-shade', '#123a4a', 0.35);
  let body = rect('url(#bg-kelp-water)');
  body += lightRays([200, 700, 1150, 1500], '#ffffff', 0.07);
  // Far kelp is pale and blurred by distance; near kelp is darker and frames the sides.
  for (const [seed, x] of [
    [71, 560],
    [72, 820],
    [73, 1240],
    [74, 1420],
  ] as const)
    body += el('g', { opacity: '0.28' }, kelp(seed, x, 960, 120, '#2f6b57', 30));
  body += wavyBand(900, 20, 3, '#d6c594', 0.5);
  body += wavyBand(960, 14, 4, '#cbb887', 1.5);
  for (const [seed, x, top] of [
    [75, 90, -40],
    [76, 250, 60],
    [77, 1680, 20],
    [78, 1840, -60],
  ] as const)
    body += kelp(seed, x, 1100, top, seed % 2 === 0 ? '#3f7d4a' : '#4f8f52', 36);
  body += rock(79, 420, 1000, 160, 70, '#7b8a8f') + rock(80, 1500, 1010, 190, 80, '#6f7f86');
  body += bubbles(81, 22, 300, 1700, 80, 700);
  return { defs: defs + shade.defs, body: body + shade.body };
}

/** An amphitheatre of rock tiers under the water, with a flat stage rock in front. */
export function reefCouncil(): Scene {
  const defs = linearGradient('bg-reef-water', [
    [0, '#8fd3d6'],
    [0.6, '#4e9fae'],
    [1, '#2d7288'],
  ]);
  const shade = floorShade('bg-reef-shade', '#173f52', 0.3);
  let body = rect('url(#bg-reef-water)');
  body += lightRays([300, 860, 1400], '#ffffff', 0.08);
  const tiers: Array<[number, number, string]> = [
    [940, 520, '#a7a2b8'],
    [780, 420, '#9c95ad'],
    [620, 320, '#8f88a2'],
  ];
  tiers.forEach(([rx, ry, colour], i) => {
    const cy = 1060;
    body += el('path', {
      d: `M${960 - rx} ${cy} A${rx} ${ry} 0 0 1 ${960 + rx} ${cy} Z`,
      fill: colour,
      stroke: mix(colour, '#3b3346', 0.4),
      'stroke-width': 6,
    });
    // Seats: rounded stones along the tier's rim.
    const n = 9 + i * -2;
    for (let k = 0; k <= n; k++) {
      const a = Math.PI + (k * Math.PI) / n;
      const x = 960 + Math.cos(a) * rx * 0.96;
      const y = cy + Math.sin(a) * ry * 0.96;
      body += el('ellipse', {
        cx: x,
        cy: y + 10,
        rx: 46 - i * 4,
        ry: 22 - i * 2,
        fill: mix(colour, '#ffffff', 0.18),
        stroke: mix(colour, '#3b3346', 0.4),
        'stroke-width': 4,
      });
    }
  });
  body += el('path', { d: 'M0 1000 Q960 930 1920 1000 L1920 1080 L0 1080 Z', fill: '#d6c594' });
  body +=
    el('ellipse', { cx: 960, cy: 990, rx: 280, ry: 56, fill: '#b9b2c6', stroke: '#6d6580', 'stroke-width': 6 }) +
    el('ellipse', { cx: 930, cy: 978, rx: 180, ry: 22, fill: '#ffffff', 'fill-opacity': 0.2 });
  body +=
    coral(91, 120, 1000, 1.4, '#f28c7a') +
    coral(92, 250, 1030, 1, '#f5b14c') +
    coral(93, 1800, 1010, 1.3, '#e58fb6') +
    coral(94, 1660, 1040, 0.9, '#f28c7a');
  body += tuft(60, 1080, 200, '#3f7d4a', 7) + tuft(1880, 1080, 220, '#3f7d4a', 7);
  body += bubbles(95, 14, 200, 1720, 60, 480);
  return { defs: defs + shade.defs, body: body + shade.body };
}

/**
 * Shrimp-like swimmers: shrimp, prawn, krill (curled abdomens, long whiskers) and the mantis
 * shrimp (upright, rainbow plates, folded striking clubs, striped eyes).
 */
import { el, fmt, mix } from '../svg.ts';
import { antenna, ellipse, gloss, limb, mx, outline, pairedLimbs, segments, shape, tailFan } from './kit.ts';
import type { Paint, SpeciesArt } from './types.ts';

interface Curl {
  cx: number;
  cy: number;
  radius: number;
  /** Start and end angles in degrees (0 = right, 90 = down). */
  from: number;
  to: number;
  /** Segment size at the start and at the end. */
  r0: number;
  r1: number;
  n: number;
  /** 1 curls down the right side, -1 down the left. */
  dir: 1 | -1;
}

/** An abdomen curled into a C, ending in a small fan: the shrimp silhouette. */
function curledAbdomen(
  p: Paint,
  c: Curl,
  fill: (i: number) => string,
  extra?: (x: number, y: number, r: number, i: number) => string,
): string {
  const centres: Array<[number, number, number, number]> = [];
  let marks = '';
  let tail = '';
  for (let i = 0; i <= c.n; i++) {
    const t = i / c.n;
    const a = ((c.from + (c.to - c.from) * t) * Math.PI) / 180;
    const x = c.cx + c.dir * c.radius * Math.cos(a);
    const y = c.cy + c.radius * Math.sin(a);
    const r = c.r0 + (c.r1 - c.r0) * t;
    if (i === c.n) {
      // The fan points along the curl: three blades turned with the tangent.
      const deg = c.dir === 1 ? c.to + 90 : 90 - c.to;
      const blade = (k: number) =>
        el('ellipse', {
          cx: x,
          cy: y - r * 1.5,
          rx: r * 0.45,
          ry: r * 1.55,
          fill: p.fill.shell,
          ...outline(p),
          transform: `rotate(${fmt(deg + k * 34)} ${fmt(x)} ${fmt(y)})`,
        });
      tail = blade(-1) + blade(1) + blade(0);
    } else {
      centres.push([x, y, r, r * 0.78]);
      if (extra) marks += extra(x, y, r, i);
    }
  }
  return tail + segments(p, centres, fill) + marks;
}

function whiskers(p: Paint, x: number, y: number, width = 2.6): string {
  return (
    antenna(
      p,
      [
        [x - 8, y],
        [x - 40, y - 48],
        [x - 90, y - 62],
        [x - 116, y - 30],
      ],
      width,
    ) +
    antenna(
      p,
      [
        [x + 8, y],
        [x + 44, y - 50],
        [x + 96, y - 58],
        [x + 120, y - 24],
      ],
      width,
    )
  );
}

/** Thin walking legs hanging under the head, in the hollow of the curl. */
const legsUnder = (p: Paint, xs: number[], y: number, width: number, dir: 1 | -1) =>
  xs
    .map((x, i) =>
      limb(
        p,
        [
          [x, y],
          [x - dir * 8, y + 22 + i * 4],
          [x - dir * 2, y + 40 + i * 6],
        ],
        width,
      ),
    )
    .join('');

export const shrimp: SpeciesArt = {
  palettes: {
    pink: ['#f28ca0', '#fff0f3', '#e4572e'],
    coral: ['#f47c5a', '#ffe8dc', '#c0392b'],
    glass: ['#a8d8e0', '#f4fcff', '#f28ca0'],
    sunny: ['#f6b04d', '#fff4dc', '#d9573b'],
  },
  draw: (p) => {
    const curl: Curl = { cx: 136, cy: 164, radius: 46, from: -62, to: 150, r0: 28, r1: 14, n: 6, dir: 1 };
    const stripes = (x: number, y: number, r: number) =>
      el('circle', { cx: x, cy: y, r: r * 0.22, fill: p.accent, 'fill-opacity': 0.55 });
    const back =
      whiskers(p, 120, 66) +
      legsUnder(p, [104, 118, 132], 136, 4.5, 1) +
      curledAbdomen(p, curl, () => p.fill.shell, stripes);
    let body = ellipse(p, 120, 104, 46, 44, p.fill.shell);
    body += shape(p, 'M112 64 C118 44 128 36 140 30 C136 44 132 56 128 64 Z', p.fill.shell, {
      'stroke-width': p.sw * 0.7,
    });
    body += gloss(102, 82, 14, 7);
    return {
      back,
      body,
      face: {
        eyes: [
          { x: 100, y: 62, r: 18, stalk: { x: 108, y: 80 } },
          { x: 142, y: 62, r: 18, stalk: { x: 134, y: 80 } },
        ],
        mouth: { x: 120, y: 116, w: 28 },
      },
      anchors: {
        top: { x: 88, y: 82, w: 50, tilt: -30 },
        neck: { x: 120, y: 140, w: 70 },
        body: { x: 122, y: 110, rx: 46, ry: 44 },
      },
    };
  },
};

export const prawn: SpeciesArt = {
  palettes: {
    tiger: ['#8a9bb0', '#eef2f7', '#3b3f5c'],
    royal: ['#e0703a', '#ffe6d2', '#8c2f1e'],
    king: ['#c9a227', '#fbf0c9', '#5c4b1a'],
    sea: ['#5aa39a', '#e0f3ef', '#2f4f6f'],
  },
  draw: (p) => {
    // Curls the other way from the shrimp, bigger, striped like a tiger prawn.
    const curl: Curl = { cx: 118, cy: 164, radius: 50, from: -62, to: 150, r0: 30, r1: 15, n: 6, dir: -1 };
    const band = (x: number, y: number, r: number) =>
      el('ellipse', {
        cx: x,
        cy: y,
        rx: r * 0.95,
        ry: r * 0.2,
        fill: p.accent,
        'fill-opacity': 0.7,
        transform: `rotate(${fmt((Math.atan2(y - 164, x - 118) * 180) / Math.PI)} ${fmt(x)} ${fmt(y)})`,
      });
    const back =
      whiskers(p, 136, 66, 3) +
      legsUnder(p, [152, 138, 124], 138, 4.5, -1) +
      curledAbdomen(p, curl, () => p.fill.shell, band);
    let body = ellipse(p, 136, 106, 48, 44, p.fill.shell);
    // The saw-toothed rostrum: a long serrated spike above the head.
    body += shape(p, 'M124 66 L150 18 L152 28 L158 24 L156 36 L162 34 L154 50 L140 70 Z', p.fill.shell, {
      'stroke-width': p.sw * 0.7,
    });
    body += el('path', {
      d: 'M100 124 C118 134 152 134 172 124',
      fill: 'none',
      stroke: p.accent,
      'stroke-width': 6,
      'stroke-opacity': 0.6,
      'stroke-linecap': 'round',
    });
    body += gloss(116, 84, 14, 7);
    return {
      back,
      body,
      face: {
        eyes: [
          { x: 114, y: 62, r: 18, stalk: { x: 122, y: 82 } },
          { x: 158, y: 62, r: 18, stalk: { x: 150, y: 82 } },
        ],
        mouth: { x: 136, y: 114, w: 28 },
      },
      anchors: {
        top: { x: 168, y: 82, w: 50, tilt: 30 },
        neck: { x: 136, y: 142, w: 74 },
        body: { x: 136, y: 110, rx: 48, ry: 44 },
      },
    };
  },
};

export const krill: SpeciesArt = {
  palettes: {
    glow: ['#ff9a76', '#fff1ea', '#c6ff6b'],
    rose: ['#f07aa0', '#ffeef4', '#fff06b'],
    ice: ['#9fd3e6', '#f2fbff', '#a6ff8f'],
    amber: ['#f2a65a', '#fff3e4', '#d8ff75'],
  },
  draw: (p) => {
    // Small, see-through, glowing: translucent body, light spots, feathery swimming legs.
    const curl: Curl = { cx: 132, cy: 150, radius: 56, from: -30, to: 110, r0: 22, r1: 11, n: 7, dir: 1 };
    const glow = (x: number, y: number, r: number, i: number) =>
      i % 2 === 0
        ? el('circle', { cx: x, cy: y + r * 0.3, r: r * 0.42, fill: p.accent, 'fill-opacity': 0.35 }) +
          el('circle', { cx: x, cy: y + r * 0.3, r: r * 0.2, fill: p.accent })
        : '';
    let feathers = '';
    for (let k = 0; k < 5; k++) {
      const x = 110 + k * 14;
      feathers += el('path', {
        d: `M${x} 150 q-8 30 -4 56 M${x - 4} 170 l-8 4 M${x - 5} 186 l-8 4 M${x - 4} 202 l-8 4`,
        fill: 'none',
        stroke: p.outline,
        'stroke-width': 2,
        'stroke-linecap': 'round',
        'stroke-opacity': 0.7,
      });
    }
    const back =
      whiskers(p, 118, 82, 2.2) +
      feathers +
      `<g fill-opacity="0.88">${curledAbdomen(p, curl, () => p.fill.shell, glow)}</g>`;
    let body = ellipse(p, 118, 116, 44, 38, p.fill.shell, { 'fill-opacity': 0.9 });
    body +=
      el('circle', { cx: 118, cy: 140, r: 6, fill: p.accent, 'fill-opacity': 0.4 }) +
      el('circle', { cx: 118, cy: 140, r: 3, fill: p.accent });
    body += gloss(100, 98, 12, 6);
    return {
      back,
      body,
      face: {
        // Krill eyes are huge for their size.
        eyes: [
          { x: 96, y: 92, r: 22 },
          { x: 140, y: 92, r: 22 },
        ],
        mouth: { x: 118, y: 128, w: 24 },
        cheeks: [
          { x: 92, y: 124 },
          { x: 144, y: 124 },
        ],
      },
      anchors: {
        top: { x: 118, y: 80, w: 56 },
        neck: { x: 118, y: 146, w: 68 },
        body: { x: 118, y: 118, rx: 44, ry: 38 },
      },
    };
  },
};

export const mantisShrimp: SpeciesArt = {
  palettes: {
    rainbow: ['#2ea36b', '#ffe066', '#ff5d8f'],
    peacock: ['#1f8fb3', '#c7f0ff', '#ff8a3d'],
    ruby: ['#d64550', '#ffd8a8', '#2ea36b'],
    jade: ['#3fa34d', '#eaffc2', '#5b6ee1'],
  },
  draw: (p) => {
    // Rainbow plates alternating the shell and accent colours, a fan with eyespots.
    const plates: Array<[number, number, number, number]> = [0, 1, 2, 3, 4].map((i) => [
      128,
      132 + i * 14,
      46 - i * 3,
      13,
    ]);
    const plateFill = (i: number) => (i % 2 === 0 ? p.fill.shell : mix(p.shell, p.accent, 0.45));
    let back = pairedLimbs(
      p,
      [
        [
          [100, 150],
          [78, 170],
          [74, 200],
        ],
        [
          [102, 166],
          [82, 190],
          [84, 218],
        ],
      ],
      6,
      p.accent,
    );
    back += tailFan(p, 128, 196, 104, 24, p.fill.accent);
    back +=
      el('circle', { cx: 106, cy: 222, r: 4.5, fill: '#1f4e8c' }) +
      el('circle', { cx: 150, cy: 222, r: 4.5, fill: '#1f4e8c' });
    back += segments(p, plates, plateFill);
    // Flat antennal scales either side of the head, and short antennae.
    for (const s of [-1, 1]) {
      back += ellipse(p, 128 + s * 52, 92, 9, 20, p.fill.accent, { transform: `rotate(${s * 40} ${128 + s * 52} 92)` });
      back += antenna(
        p,
        [
          [128 + s * 10, 64],
          [128 + s * 30, 30],
          [128 + s * 52, 20],
        ],
        2.6,
      );
    }
    let body = ellipse(p, 128, 100, 44, 38, p.fill.shell);
    body += el('path', {
      d: 'M92 118 C110 130 146 130 164 118',
      fill: 'none',
      stroke: p.light,
      'stroke-width': 6,
      'stroke-opacity': 0.7,
      'stroke-linecap': 'round',
    });
    body += gloss(110, 80, 13, 6);
    // Folded striking clubs held before the chest, like a boxer's guard.
    let front = '';
    for (const s of [-1, 1]) {
      const x = (v: number) => (s === -1 ? v : mx(v));
      front += limb(
        p,
        [
          [x(100), 132],
          [x(78), 156],
          [x(82), 176],
        ],
        10,
        p.accent,
      );
      front += limb(
        p,
        [
          [x(84), 174],
          [x(100), 162],
          [x(104), 142],
        ],
        7,
        p.accent,
      );
      front += el('circle', { cx: x(82), cy: 176, r: 13, fill: p.fill.light, ...outline(p) });
    }
    return {
      back,
      body,
      front,
      face: {
        eyes: [
          { x: 104, y: 48, r: 18, stalk: { x: 114, y: 70 }, band: p.accent },
          { x: 152, y: 48, r: 18, stalk: { x: 142, y: 70 }, band: p.accent },
        ],
        mouth: { x: 128, y: 110, w: 26 },
      },
      anchors: {
        top: { x: 96, y: 76, w: 48, tilt: -30 },
        neck: { x: 128, y: 134, w: 84 },
        body: { x: 128, y: 140, rx: 46, ry: 60 },
      },
    };
  },
};

/**
 * The small and odd folk of the coast: barnacle (a cone on a rock), isopod (armoured plates),
 * copepod (one eye, long oars, egg sacs) and amphipod (the hunched sand hopper).
 */
import { el, fmt, mix } from '../svg.ts';
import { antenna, crease, ellipse, gloss, limb, mx, pairedLimbs, segments, shape } from './kit.ts';
import type { SpeciesArt } from './types.ts';

export const barnacle: SpeciesArt = {
  palettes: {
    chalk: ['#e6ddd0', '#fff9f0', '#f28ca0'],
    slate: ['#a9b4c2', '#eef2f6', '#ffb26b'],
    sand: ['#d8c3a0', '#fbf3e4', '#7cc6a5'],
    rose: ['#e3b7b0', '#fff3f1', '#8d6cc4'],
  },
  draw: (p) => {
    // Feathery cirri combing the water out of the top of the cone.
    let back = '';
    for (const k of [-2, -1, 0, 1, 2]) {
      const bx = 128 + k * 9;
      const tipX = 128 + k * 30;
      const tipY = 40 - Math.abs(k) * -8;
      back += el('path', {
        d: `M${bx} 100 C${bx + k * 4} 70 ${tipX - k * 6} ${tipY + 10} ${tipX} ${tipY}`,
        fill: 'none',
        stroke: p.outline,
        'stroke-width': 7 + p.sw,
        'stroke-linecap': 'round',
      });
      back += el('path', {
        d: `M${bx} 100 C${bx + k * 4} 70 ${tipX - k * 6} ${tipY + 10} ${tipX} ${tipY}`,
        fill: 'none',
        stroke: p.accent,
        'stroke-width': 7,
        'stroke-linecap': 'round',
      });
      back += el('circle', { cx: tipX, cy: tipY, r: 6, fill: p.accent, stroke: p.outline, 'stroke-width': 3 });
    }
    const rock = shape(p, 'M20 236 C24 206 70 198 128 200 C186 198 232 206 236 236 Z', '#8c8a93');
    let body = shape(p, 'M58 226 L90 104 Q128 90 166 104 L198 226 Q128 244 58 226 Z', p.fill.shell);
    // The plates of the wall, meeting in grooves.
    for (const [x1, x2] of [
      [102, 86],
      [128, 128],
      [154, 170],
    ] as const)
      body += crease(p, `M${x1} 100 L${x2} 232`, p.sw * 0.55, 0.4);
    body += ellipse(p, 128, 102, 38, 10, mix(p.shell, '#3a2a35', 0.55));
    body += gloss(98, 130, 10, 22, 12, 0.4);
    return {
      back: rock + back,
      body,
      face: {
        eyes: [
          { x: 106, y: 156, r: 18 },
          { x: 150, y: 156, r: 18 },
        ],
        mouth: { x: 128, y: 194, w: 30 },
      },
      anchors: {
        top: { x: 128, y: 100, w: 70 },
        neck: { x: 128, y: 214, w: 130 },
        body: { x: 128, y: 166, rx: 58, ry: 62 },
      },
    };
  },
};

export const isopod: SpeciesArt = {
  palettes: {
    slate: ['#8a93a6', '#e7eaf1', '#c9a0dc'],
    lilac: ['#a58cc2', '#f1eafa', '#f2b63d'],
    sand: ['#c4ad8a', '#f8f0e2', '#6d8cc4'],
    pearl: ['#c9c3cf', '#faf8fc', '#e88ca0'],
  },
  draw: (p) => {
    // Seven armoured plates, seven little legs a side, two tail prongs.
    const legs: Array<Array<readonly [number, number]>> = [0, 1, 2, 3, 4, 5, 6].map((i) => [
      [92, 132 + i * 13],
      [62 - (i % 2) * 4, 136 + i * 14],
      [56 - (i % 2) * 4, 150 + i * 13],
    ]);
    let back = pairedLimbs(p, legs, 5.5);
    back +=
      limb(
        p,
        [
          [114, 216],
          [106, 232],
          [98, 238],
        ],
        7,
      ) +
      limb(
        p,
        [
          [mx(114), 216],
          [mx(106), 232],
          [mx(98), 238],
        ],
        7,
      );
    back +=
      antenna(
        p,
        [
          [104, 74],
          [72, 44],
          [46, 50],
        ],
        4,
      ) +
      antenna(
        p,
        [
          [mx(104), 74],
          [mx(72), 44],
          [mx(46), 50],
        ],
        4,
      );
    back +=
      antenna(
        p,
        [
          [116, 70],
          [104, 50],
          [96, 46],
        ],
        3,
      ) +
      antenna(
        p,
        [
          [mx(116), 70],
          [mx(104), 50],
          [mx(96), 46],
        ],
        3,
      );
    const plates: Array<[number, number, number, number]> = [0, 1, 2, 3, 4, 5, 6].map((i) => [
      128,
      132 + i * 13.5,
      68 - Math.abs(i - 2) * 3.5,
      16,
    ]);
    let body = segments(p, plates, (i) => (i % 2 === 0 ? p.fill.shell : mix(p.shell, p.light, 0.25)));
    body += ellipse(p, 128, 90, 56, 40, p.fill.shell);
    body += gloss(100, 72, 16, 7);
    body += el('path', {
      d: 'M80 140 C100 146 156 146 176 140',
      fill: 'none',
      stroke: p.accent,
      'stroke-width': 5,
      'stroke-opacity': 0.7,
      'stroke-linecap': 'round',
    });
    return {
      back,
      body,
      face: {
        eyes: [
          { x: 102, y: 84, r: 17 },
          { x: 154, y: 84, r: 17 },
        ],
        mouth: { x: 128, y: 108, w: 26 },
      },
      anchors: {
        top: { x: 128, y: 56, w: 66 },
        neck: { x: 128, y: 128, w: 110 },
        body: { x: 128, y: 160, rx: 66, ry: 56 },
      },
    };
  },
};

export const copepod: SpeciesArt = {
  palettes: {
    amber: ['#f4b860', '#fff3dc', '#4fb3bf'],
    jelly: ['#8fd3e8', '#eefaff', '#f28ca0'],
    lime: ['#b5d86a', '#f5fbe3', '#e07a5f'],
    rose: ['#f29bb2', '#fff0f5', '#6c9bd2'],
  },
  draw: (p) => {
    // Two long oar-like antennae, held straight out and fringed with bristles.
    let back = '';
    for (const s of [-1, 1]) {
      const x = (v: number) => 128 + s * v;
      back += antenna(
        p,
        [
          [x(36), 70],
          [x(76), 76],
          [x(110), 96],
          [x(122), 118],
        ],
        4,
      );
      for (let k = 0; k < 5; k++)
        back += el('path', {
          d: `M${fmt(x(70 + k * 11))} ${fmt(77 + k * 7)} l${fmt(s * 3)} 12`,
          stroke: p.outline,
          'stroke-width': 2,
          'stroke-linecap': 'round',
        });
    }
    // Tail with its forked tip, and the two egg sacs carried by a mother copepod.
    back += limb(
      p,
      [
        [128, 176],
        [128, 200],
        [128, 214],
      ],
      12,
    );
    back +=
      limb(
        p,
        [
          [128, 214],
          [118, 230],
          [112, 238],
        ],
        4,
      ) +
      limb(
        p,
        [
          [128, 214],
          [138, 230],
          [144, 238],
        ],
        4,
      );
    for (const s of [-1, 1]) {
      for (const [dx, dy] of [
        [0, 0],
        [10, 6],
        [-2, 14],
        [8, 20],
        [2, 28],
      ] as const) {
        back += el('circle', {
          cx: 128 + s * (26 + dx),
          cy: 186 + dy,
          r: 7.5,
          fill: p.fill.accent,
          stroke: p.outline,
          'stroke-width': 2.5,
        });
      }
    }
    back += pairedLimbs(
      p,
      [
        [
          [108, 150],
          [96, 168],
          [98, 180],
        ],
        [
          [114, 160],
          [104, 176],
          [108, 188],
        ],
      ],
      4.5,
    );
    let body = shape(
      p,
      'M128 40 C176 40 190 84 180 118 C170 152 148 178 128 182 C108 178 86 152 76 118 C66 84 80 40 128 40 Z',
      p.fill.shell,
    );
    body +=
      crease(p, 'M86 132 C110 142 146 142 170 132', p.sw * 0.5, 0.4) +
      crease(p, 'M98 156 C116 164 140 164 158 156', p.sw * 0.5, 0.4);
    body += gloss(100, 62, 14, 7);
    return {
      back,
      body,
      face: {
        // The copepod's single eye, right in the middle: its nickname is Cyclops.
        eyes: [{ x: 128, y: 82, r: 25 }],
        mouth: { x: 128, y: 122, w: 28 },
        cheeks: [
          { x: 100, y: 116 },
          { x: 156, y: 116 },
        ],
      },
      anchors: {
        top: { x: 128, y: 48, w: 60 },
        neck: { x: 128, y: 148, w: 76 },
        body: { x: 128, y: 112, rx: 52, ry: 70 },
      },
    };
  },
};

export const amphipod: SpeciesArt = {
  palettes: {
    sand: ['#d9b36c', '#fff3d6', '#7fb6d9'],
    moss: ['#9bb86a', '#f1f8df', '#e38b5a'],
    coral: ['#e89a7a', '#fff0e8', '#6f9fd8'],
    dusk: ['#a08cc8', '#f3eefc', '#f2c14e'],
  },
  draw: (p) => {
    // The sand hopper: a hunched, arched body seen from the side, springy legs, head on the left.
    const centres: Array<[number, number, number, number]> = [];
    for (let i = 0; i < 7; i++) {
      const a = ((205 + i * 22) * Math.PI) / 180;
      centres.push([140 + 72 * Math.cos(a), 196 + 72 * Math.sin(a), 30 - i * 1.8, 24 - i * 1.4]);
    }
    let back = '';
    // A few thin legs under the arch, knees bent backwards like a hopper's.
    for (const i of [1, 2, 3, 4]) {
      const [x, y] = centres[i];
      back += antenna(
        p,
        [
          [x, y + 12],
          [x + 14, y + 38],
          [x + 4 - i * 2, 234],
        ],
        4,
      );
    }
    // Strong hind legs for the hop, bent and ready.
    back +=
      limb(
        p,
        [
          [196, 168],
          [230, 190],
          [214, 234],
        ],
        7,
      ) +
      limb(
        p,
        [
          [206, 180],
          [238, 206],
          [232, 236],
        ],
        6,
      );
    back +=
      antenna(
        p,
        [
          [58, 124],
          [42, 74],
          [58, 30],
          [84, 18],
        ],
        3.6,
      ) +
      antenna(
        p,
        [
          [72, 120],
          [76, 82],
          [104, 56],
        ],
        3,
      );
    back +=
      limb(
        p,
        [
          [212, 176],
          [226, 150],
          [236, 146],
        ],
        5,
      ) +
      limb(
        p,
        [
          [214, 184],
          [232, 168],
          [244, 168],
        ],
        5,
      );
    let body = segments(p, [...centres].reverse(), (i) => (i % 2 === 0 ? p.fill.shell : mix(p.shell, p.light, 0.3)));
    body += ellipse(p, 74, 150, 42, 40, p.fill.shell);
    body += gloss(62, 128, 14, 7);
    body += el('path', {
      d: 'M122 128 C140 120 168 124 186 138',
      fill: 'none',
      stroke: p.accent,
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.7,
    });
    return {
      back,
      body,
      face: {
        eyes: [
          { x: 58, y: 140, r: 16 },
          { x: 94, y: 138, r: 16 },
        ],
        mouth: { x: 76, y: 170, w: 24 },
      },
      anchors: {
        top: { x: 76, y: 114, w: 54 },
        neck: { x: 92, y: 186, w: 64 },
        body: { x: 140, y: 150, rx: 64, ry: 40 },
      },
    };
  },
};

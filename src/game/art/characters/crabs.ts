/** Short-tailed crabs seen from the front: the common crab, the fiddler and the spider crab. */
import { el } from '../svg.ts';
import { claw, gloss, limb, mx, pairedLimbs, shape } from './kit.ts';
import type { SpeciesArt } from './types.ts';

/** Three walking legs per side, from the shell's rim out and down to the ground. */
function crabLegs(spread: number, top: number, len = 1): Array<Array<readonly [number, number]>> {
  return [0, 1, 2].map((i) => [
    [96 - i * 4, top + i * 14],
    [60 - i * 6 - spread, top - 6 + i * 16],
    [44 - i * 8 - spread * 1.2, top + (44 + i * 10) * len],
  ]);
}

export const crab: SpeciesArt = {
  palettes: {
    coral: ['#e4572e', '#ffd8a8', '#ffb347'],
    sunset: ['#f28c28', '#ffe3b3', '#d7263d'],
    green: ['#5c9e4a', '#e2f0c8', '#f2c14e'],
    blue: ['#3b7dd8', '#d6e8ff', '#f28c28'],
    violet: ['#8d5bb8', '#efdcff', '#f5b14c'],
  },
  draw: (p) => {
    const back = pairedLimbs(p, crabLegs(0, 170), 11);
    let body = shape(
      p,
      'M44 168 C40 118 86 104 128 104 C170 104 216 118 212 168 C208 206 170 222 128 222 C86 222 48 206 44 168 Z',
      p.fill.shell,
    );
    body += el('path', {
      d: 'M70 196 C92 214 164 214 186 196 C170 210 86 210 70 196 Z',
      fill: p.light,
      'fill-opacity': 0.7,
    });
    body +=
      el('circle', { cx: 70, cy: 150, r: 6, fill: p.accent }) +
      el('circle', { cx: 186, cy: 150, r: 6, fill: p.accent });
    body +=
      el('circle', { cx: 82, cy: 134, r: 4, fill: p.accent }) +
      el('circle', { cx: 174, cy: 134, r: 4, fill: p.accent });
    body += gloss(92, 128, 22, 9);
    const arms =
      limb(
        p,
        [
          [62, 160],
          [40, 140],
          [50, 112],
        ],
        12,
      ) +
      limb(
        p,
        [
          [mx(62), 160],
          [mx(40), 140],
          [mx(50), 112],
        ],
        12,
      );
    const claws =
      claw(p, 50, 114, { w: 24, len: 68, angle: -8, fill: p.fill.shell, flip: true }) +
      claw(p, mx(50), 114, { w: 24, len: 68, angle: 8, fill: p.fill.shell });
    return {
      back: back + arms,
      body: body + claws,
      face: {
        eyes: [
          { x: 100, y: 70, r: 20, stalk: { x: 110, y: 116 } },
          { x: 156, y: 70, r: 20, stalk: { x: 146, y: 116 } },
        ],
        mouth: { x: 128, y: 166, w: 36 },
      },
      anchors: {
        top: { x: 128, y: 108, w: 62 },
        neck: { x: 128, y: 196, w: 128 },
        body: { x: 128, y: 162, rx: 84, ry: 58 },
      },
    };
  },
};

export const fiddlerCrab: SpeciesArt = {
  palettes: {
    lagoon: ['#2f8fd8', '#d9efff', '#ffb000'],
    mud: ['#7a6a58', '#efe4d2', '#f28c28'],
    teal: ['#1f9e89', '#d3f5ee', '#ffd23f'],
    rose: ['#d45d79', '#ffe1e8', '#ffcf56'],
  },
  draw: (p) => {
    const back = pairedLimbs(p, crabLegs(-4, 176, 0.9), 9);
    // One claw is huge and brightly coloured: the fiddler's unmistakable silhouette.
    const bigArm = limb(
      p,
      [
        [mx(78), 172],
        [mx(50), 180],
        [mx(58), 156],
      ],
      14,
      p.accent,
    );
    const smallArm = limb(
      p,
      [
        [82, 176],
        [62, 168],
        [58, 150],
      ],
      7,
    );
    let body = shape(
      p,
      'M62 150 C64 126 96 122 128 122 C160 122 192 126 194 150 L188 198 C182 216 160 222 128 222 C96 222 74 216 68 198 Z',
      p.fill.shell,
    );
    body += el('path', {
      d: 'M82 190 C104 204 152 204 174 190',
      fill: 'none',
      stroke: p.light,
      'stroke-width': 7,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.8,
    });
    body += gloss(92, 140, 18, 7);
    const small = claw(p, 58, 152, { w: 10, len: 30, angle: -10, fill: p.fill.shell, flip: true });
    const big = claw(p, mx(58), 158, { w: 36, len: 104, angle: 8, fill: p.fill.accent, open: 1.1 });
    return {
      back: back + smallArm + bigArm,
      body: body + small + big,
      face: {
        eyes: [
          { x: 104, y: 58, r: 18, stalk: { x: 110, y: 126 } },
          { x: 150, y: 58, r: 18, stalk: { x: 144, y: 126 } },
        ],
        mouth: { x: 124, y: 174, w: 32 },
      },
      anchors: {
        top: { x: 127, y: 124, w: 56 },
        neck: { x: 128, y: 198, w: 118 },
        body: { x: 128, y: 172, rx: 66, ry: 50 },
      },
    };
  },
};

export const spiderCrab: SpeciesArt = {
  palettes: {
    rust: ['#c0623b', '#f6d6bd', '#6aa84f'],
    sand: ['#c9a66b', '#f7ead2', '#4f8a4b'],
    plum: ['#8e4a6f', '#f3d9e6', '#79b473'],
    slate: ['#6c7a89', '#e3e9ef', '#7cbf6a'],
  },
  draw: (p) => {
    // Very long, thin, jointed legs reaching the edges of the frame.
    const legs: Array<Array<readonly [number, number]>> = [
      [
        [98, 150],
        [40, 112],
        [10, 150],
      ],
      [
        [96, 162],
        [34, 150],
        [12, 212],
      ],
      [
        [100, 176],
        [52, 182],
        [38, 236],
      ],
      [
        [108, 188],
        [84, 206],
        [76, 238],
      ],
    ];
    const back =
      pairedLimbs(p, legs, 6.5) +
      limb(
        p,
        [
          [102, 132],
          [64, 80],
          [66, 46],
        ],
        6.5,
      ) +
      limb(
        p,
        [
          [mx(102), 132],
          [mx(64), 80],
          [mx(66), 46],
        ],
        6.5,
      );
    // A pear-shaped, knobbly body pointing down, decorated with bits of seaweed as spider crabs do.
    let body = shape(
      p,
      'M128 116 C170 116 178 146 168 172 C160 196 146 214 128 218 C110 214 96 196 88 172 C78 146 86 116 128 116 Z',
      p.fill.shell,
    );
    for (const [x, y] of [
      [100, 140],
      [156, 140],
      [96, 166],
      [160, 166],
      [128, 200],
      [112, 186],
      [144, 186],
    ] as const) {
      body += el('circle', { cx: x, cy: y, r: 4.5, fill: p.light, stroke: p.outline, 'stroke-width': 2 });
    }
    body += el('path', {
      d: 'M150 122 C156 106 150 96 160 86 M150 122 C160 112 170 112 172 102',
      fill: 'none',
      stroke: p.accent,
      'stroke-width': 6,
      'stroke-linecap': 'round',
    });
    body += el('path', {
      d: 'M104 208 C98 214 98 222 90 226',
      fill: 'none',
      stroke: p.accent,
      'stroke-width': 5,
      'stroke-linecap': 'round',
    });
    body += gloss(108, 132, 14, 6);
    const claws =
      claw(p, 66, 48, { w: 9, len: 30, angle: -6, fill: p.fill.shell, flip: true }) +
      claw(p, mx(66), 48, { w: 9, len: 30, angle: 6, fill: p.fill.shell });
    return {
      back,
      body: body + claws,
      face: {
        eyes: [
          { x: 112, y: 96, r: 16, stalk: { x: 116, y: 124 } },
          { x: 144, y: 96, r: 16, stalk: { x: 140, y: 124 } },
        ],
        mouth: { x: 128, y: 156, w: 28 },
        cheeks: [
          { x: 106, y: 152 },
          { x: 150, y: 152 },
        ],
      },
      anchors: {
        top: { x: 128, y: 120, w: 46 },
        neck: { x: 128, y: 176, w: 80 },
        body: { x: 128, y: 166, rx: 46, ry: 52 },
      },
    };
  },
};

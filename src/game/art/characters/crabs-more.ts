/** Crabs with a twist: the hermit in its borrowed shell, the coconut crab, the porcelain crab. */
import { el } from '../svg.ts';
import { antenna, claw, crease, ellipse, gloss, limb, mx, pairedLimbs, shape } from './kit.ts';
import type { SpeciesArt } from './types.ts';

export const hermitCrab: SpeciesArt = {
  palettes: {
    // [crab, borrowed shell, shell stripes]
    classic: ['#e2694a', '#f3e1c4', '#c98b5a'],
    moss: ['#d0643c', '#cfe3c1', '#6f9b5a'],
    lilac: ['#e0823d', '#e7dcf5', '#9a7cc4'],
    sky: ['#d9553b', '#d8ecf7', '#5f98c2'],
  },
  draw: (p) => {
    const legs =
      limb(
        p,
        [
          [96, 196],
          [66, 206],
          [56, 234],
        ],
        9,
      ) +
      limb(
        p,
        [
          [104, 202],
          [84, 216],
          [80, 236],
        ],
        9,
      ) +
      limb(
        p,
        [
          [122, 204],
          [134, 222],
          [140, 236],
        ],
        9,
      );
    // The borrowed sea-snail shell: a big body whorl, a spire rising to the upper right.
    const outer =
      'M72 196 C52 146 82 88 146 78 C170 74 190 58 212 30 C224 70 236 122 224 166 C212 212 164 232 120 228 C96 226 80 214 72 196 Z';
    let shell = shape(p, outer, p.fill.light);
    shell += crease(p, 'M146 78 C176 84 206 70 214 44', p.sw * 0.6, 0.55);
    shell += crease(p, 'M112 104 C150 92 200 104 218 134', p.sw * 0.7, 0.5);
    shell += crease(p, 'M104 134 C148 118 196 136 210 176', p.sw * 0.7, 0.5);
    for (const dStripe of [
      'M118 100 C160 94 196 110 214 140',
      'M110 130 C150 116 194 134 208 172',
      'M150 80 C176 86 200 74 212 52',
    ]) {
      shell += el('path', {
        d: dStripe,
        fill: 'none',
        stroke: p.accent,
        'stroke-width': 9,
        'stroke-linecap': 'round',
        'stroke-opacity': 0.75,
      });
    }
    shell += gloss(130, 100, 26, 10, -15, 0.55);
    // The opening, where the crab's soft front peeks out.
    shell += ellipse(p, 104, 172, 42, 46, '#5a3a3a', { transform: 'rotate(-18 104 172)' });
    const body = ellipse(p, 102, 176, 36, 32, p.fill.shell) + gloss(90, 164, 10, 5);
    const claws =
      limb(
        p,
        [
          [90, 196],
          [76, 208],
          [66, 200],
        ],
        9,
      ) +
      claw(p, 66, 202, { w: 14, len: 36, angle: -40, fill: p.fill.shell, flip: true }) +
      limb(
        p,
        [
          [116, 196],
          [128, 212],
          [140, 206],
        ],
        10,
      ) +
      claw(p, 140, 208, { w: 22, len: 52, angle: 34, fill: p.fill.shell });
    return {
      back: legs + shell,
      body: body + claws,
      face: {
        eyes: [
          { x: 82, y: 112, r: 18, stalk: { x: 92, y: 156 } },
          { x: 124, y: 108, r: 18, stalk: { x: 114, y: 154 } },
        ],
        mouth: { x: 102, y: 178, w: 28 },
      },
      anchors: {
        top: { x: 150, y: 80, w: 56 },
        neck: { x: 102, y: 196, w: 70 },
        body: { x: 120, y: 160, rx: 66, ry: 60 },
      },
    };
  },
};

export const coconutCrab: SpeciesArt = {
  palettes: {
    indigo: ['#5b5fc7', '#e3e0ff', '#f08a4b'],
    ember: ['#d8683a', '#ffe2c6', '#7a4fb0'],
    violet: ['#8a4fa8', '#f2ddff', '#f2a541'],
    dusk: ['#3f6fa8', '#dbe8f7', '#e86f68'],
  },
  draw: (p) => {
    // Thick, long, banded legs: the biggest land crab stands tall.
    const left: Array<Array<readonly [number, number]>> = [
      [
        [86, 150],
        [38, 120],
        [18, 196],
      ],
      [
        [88, 168],
        [44, 160],
        [30, 228],
      ],
      [
        [96, 184],
        [64, 196],
        [56, 236],
      ],
    ];
    let back = pairedLimbs(p, left, 14);
    for (const pts of left) {
      for (const [x, y] of [pts[1]])
        back +=
          el('circle', { cx: x, cy: y, r: 6, fill: p.accent, stroke: p.outline, 'stroke-width': 2.5 }) +
          el('circle', { cx: mx(x), cy: y, r: 6, fill: p.accent, stroke: p.outline, 'stroke-width': 2.5 });
    }
    let body = shape(
      p,
      'M58 150 C54 102 92 84 128 84 C164 84 202 102 198 150 C194 192 166 210 128 210 C90 210 62 192 58 150 Z',
      p.fill.shell,
    );
    body += crease(p, 'M84 128 C104 116 152 116 172 128', p.sw * 0.6, 0.45);
    body += el('path', {
      d: 'M82 186 C104 200 152 200 174 186',
      fill: 'none',
      stroke: p.accent,
      'stroke-width': 7,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.8,
    });
    body += gloss(94, 108, 22, 8);
    // The coconut it carries: the species' signature, understood by any child.
    const nut =
      el('circle', { cx: 128, cy: 214, r: 27, fill: '#7b4a2a', stroke: p.outline, 'stroke-width': p.sw }) +
      el('circle', { cx: 120, cy: 206, r: 3.5, fill: '#3d2415' }) +
      el('circle', { cx: 134, cy: 204, r: 3.5, fill: '#3d2415' }) +
      el('circle', { cx: 127, cy: 216, r: 3.5, fill: '#3d2415' }) +
      gloss(116, 200, 8, 4, -30, 0.3);
    const front =
      nut +
      limb(
        p,
        [
          [70, 160],
          [54, 190],
          [76, 214],
        ],
        13,
      ) +
      claw(p, 76, 214, { w: 22, len: 46, angle: 70, fill: p.fill.shell, flip: true, texture: 'bumps' }) +
      limb(
        p,
        [
          [mx(70), 160],
          [mx(54), 190],
          [mx(76), 214],
        ],
        13,
      ) +
      claw(p, mx(76), 214, { w: 22, len: 46, angle: -70, fill: p.fill.shell, texture: 'bumps' });
    return {
      back,
      body,
      front,
      face: {
        eyes: [
          { x: 100, y: 58, r: 19, stalk: { x: 110, y: 92 } },
          { x: 156, y: 58, r: 19, stalk: { x: 146, y: 92 } },
        ],
        mouth: { x: 128, y: 150, w: 34 },
      },
      anchors: {
        top: { x: 128, y: 90, w: 60 },
        neck: { x: 128, y: 176, w: 110 },
        body: { x: 128, y: 148, rx: 70, ry: 60 },
      },
    };
  },
};

export const porcelainCrab: SpeciesArt = {
  palettes: {
    porcelain: ['#f1e9dc', '#ffffff', '#e4572e'],
    peach: ['#f6c7a8', '#fff3ea', '#b5523b'],
    blue: ['#cfe2f3', '#ffffff', '#2f6fb0'],
    blush: ['#f3c6d3', '#fff5f8', '#8e3b62'],
  },
  draw: (p) => {
    // Long feathery antennae: the porcelain crab's filter fans.
    let back = '';
    for (const s of [-1, 1]) {
      const x0 = 128 + s * 10;
      back += antenna(
        p,
        [
          [x0, 136],
          [128 + s * 34, 80],
          [128 + s * 40, 20],
        ],
        3,
      );
      for (let k = 0; k < 6; k++) {
        const y = 40 + k * 14;
        const x = 128 + s * (40 - k * 1.2);
        back += el('path', {
          d: `M${x} ${y} l${s * 10} -6`,
          stroke: p.outline,
          'stroke-width': 2,
          'stroke-linecap': 'round',
        });
      }
    }
    back += pairedLimbs(
      p,
      [
        [
          [90, 184],
          [58, 196],
          [52, 232],
        ],
        [
          [100, 196],
          [80, 212],
          [80, 236],
        ],
      ],
      8,
    );
    let body = ellipse(p, 128, 176, 60, 48, p.fill.shell);
    for (const [x, y, r] of [
      [98, 160, 5],
      [150, 152, 6],
      [164, 182, 4],
      [108, 196, 4],
      [140, 200, 5],
    ] as const)
      body += el('circle', { cx: x, cy: y, r, fill: p.accent, 'fill-opacity': 0.8 });
    body += gloss(104, 150, 18, 7);
    // Broad, flat claws, almost as big as the body, held open like paddles.
    const claws =
      limb(
        p,
        [
          [82, 170],
          [58, 166],
          [56, 146],
        ],
        10,
      ) +
      claw(p, 56, 148, { w: 27, len: 62, angle: -14, fill: p.fill.shell, flip: true, open: 0.7 }) +
      limb(
        p,
        [
          [mx(82), 170],
          [mx(58), 166],
          [mx(56), 146],
        ],
        10,
      ) +
      claw(p, mx(56), 148, { w: 27, len: 62, angle: 14, fill: p.fill.shell, open: 0.7 });
    const spots =
      el('circle', { cx: 48, cy: 118, r: 5, fill: p.accent, 'fill-opacity': 0.8 }) +
      el('circle', { cx: mx(48), cy: 118, r: 5, fill: p.accent, 'fill-opacity': 0.8 });
    return {
      back,
      body: body + claws + spots,
      face: {
        eyes: [
          { x: 108, y: 120, r: 17, stalk: { x: 112, y: 140 } },
          { x: 148, y: 120, r: 17, stalk: { x: 144, y: 140 } },
        ],
        mouth: { x: 128, y: 178, w: 30 },
      },
      anchors: {
        top: { x: 128, y: 132, w: 52 },
        neck: { x: 128, y: 200, w: 100 },
        body: { x: 128, y: 176, rx: 60, ry: 48 },
      },
    };
  },
};

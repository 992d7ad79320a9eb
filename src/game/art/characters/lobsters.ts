/**
 * Long-bodied crustaceans standing upright on their tail fan: lobster, langoustine, crayfish and
 * slipper lobster. They share a skeleton (abdomen, fan, antennae) and differ where a child would
 * tell them apart: the size and pose of the claws, the eyes, the antennae.
 */
import { el, fmt, mix } from '../svg.ts';
import { antenna, claw, crease, ellipse, gloss, limb, mx, pairedLimbs, segments, shape, tailFan } from './kit.ts';
import type { Paint, SpeciesArt } from './types.ts';

/** Abdomen plates from the carapace down to the fan, then the fan on the ground. */
function abdomen(p: Paint, top: number, w: number, bands = false): string {
  const fill = (i: number) => (bands && i % 2 === 1 ? p.fill.light : p.fill.shell);
  const plates: Array<[number, number, number, number]> = [0, 1, 2, 3].map((i) => [
    128,
    top + i * 15,
    w * (1 - i * 0.09),
    14 - i,
  ]);
  return tailFan(p, 128, top + 54, w * 2.3, 24, p.fill.shell) + segments(p, plates, fill);
}

function longAntennae(p: Paint, y: number, reach: number, width = 3.2): string {
  let out = '';
  for (const s of [-1, 1]) {
    const x = (v: number) => 128 + s * v;
    out += antenna(
      p,
      [
        [x(12), y],
        [x(40), y - 44 * reach],
        [x(84), y - 56 * reach],
        [x(118), y - 34 * reach],
      ],
      width,
    );
    out += antenna(
      p,
      [
        [x(6), y],
        [x(18), y - 26],
        [x(30), y - 34],
      ],
      width * 0.8,
    );
  }
  return out;
}

export const lobster: SpeciesArt = {
  palettes: {
    // The European lobster is blue; it only turns red in the pot, so blue is the default.
    blue: ['#2f5d9e', '#d9e6f5', '#f2b63d'],
    red: ['#c8372d', '#f7d7b5', '#f2b63d'],
    teal: ['#24807a', '#d3efe9', '#f28c28'],
    navy: ['#3a3f8f', '#e0e0f7', '#e4572e'],
  },
  draw: (p) => {
    const back =
      longAntennae(p, 66, 1) +
      pairedLimbs(
        p,
        [
          [
            [98, 150],
            [72, 160],
            [66, 188],
          ],
          [
            [102, 162],
            [80, 176],
            [78, 200],
          ],
        ],
        7,
      ) +
      abdomen(p, 164, 40);
    let body = shape(
      p,
      'M128 56 C162 56 174 84 172 112 C170 146 154 170 128 170 C102 170 86 146 84 112 C82 84 94 56 128 56 Z',
      p.fill.shell,
    );
    body += shape(p, 'M121 62 L128 38 L135 62 Z', p.fill.shell, { 'stroke-width': p.sw * 0.7 });
    body += crease(p, 'M92 96 C112 104 144 104 164 96', p.sw * 0.55, 0.45);
    body += el('path', {
      d: 'M100 148 C116 160 140 160 156 148',
      fill: 'none',
      stroke: p.light,
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.55,
    });
    body += gloss(104, 78, 16, 7);
    // Two unequal claws raised high: a crusher (bumpy, fat) and a cutter (slimmer).
    const arms =
      limb(
        p,
        [
          [92, 124],
          [56, 136],
          [54, 110],
        ],
        12,
      ) +
      limb(
        p,
        [
          [mx(92), 124],
          [mx(56), 136],
          [mx(54), 112],
        ],
        11,
      );
    const claws =
      claw(p, 54, 112, { w: 29, len: 84, angle: -8, fill: p.fill.shell, flip: true, texture: 'bumps' }) +
      claw(p, mx(54), 114, { w: 22, len: 86, angle: 8, fill: p.fill.shell });
    return {
      back: back + arms,
      body: body + claws,
      face: {
        eyes: [
          { x: 108, y: 52, r: 17, stalk: { x: 116, y: 72 } },
          { x: 148, y: 52, r: 17, stalk: { x: 140, y: 72 } },
        ],
        mouth: { x: 128, y: 128, w: 32 },
      },
      anchors: {
        top: { x: 94, y: 76, w: 52, tilt: -28 },
        neck: { x: 128, y: 152, w: 86 },
        body: { x: 128, y: 116, rx: 44, ry: 54 },
      },
    };
  },
};

export const langoustine: SpeciesArt = {
  palettes: {
    salmon: ['#f29e7d', '#fff0e6', '#e05a47'],
    coral: ['#ee8a6b', '#ffe6da', '#b8433a'],
    pearl: ['#f3b7a0', '#fffaf6', '#d46a5a'],
    apricot: ['#f4a259', '#fff2df', '#c2513a'],
  },
  draw: (p) => {
    const back =
      longAntennae(p, 70, 1.05, 2.6) +
      pairedLimbs(
        p,
        [
          [
            [106, 150],
            [84, 162],
            [80, 190],
          ],
          [
            [108, 162],
            [90, 178],
            [90, 202],
          ],
        ],
        5.5,
      ) +
      abdomen(p, 164, 32, true);
    // Slim, pale body and long, thin, spiny arms ending in narrow claws held up like tongs.
    let body = shape(
      p,
      'M128 62 C154 62 162 88 160 114 C158 146 148 168 128 168 C108 168 98 146 96 114 C94 88 102 62 128 62 Z',
      p.fill.shell,
    );
    body += crease(p, 'M104 98 C118 106 138 106 152 98', p.sw * 0.5, 0.45);
    body += gloss(110, 84, 12, 6);
    const arms =
      limb(
        p,
        [
          [102, 122],
          [60, 148],
          [36, 120],
        ],
        7.5,
      ) +
      limb(
        p,
        [
          [mx(102), 122],
          [mx(60), 148],
          [mx(36), 120],
        ],
        7.5,
      );
    let spines = '';
    for (const [x, y] of [
      [70, 144],
      [56, 146],
      [44, 134],
    ] as const)
      spines +=
        el('circle', { cx: x, cy: y - 5, r: 2.4, fill: p.outline }) +
        el('circle', { cx: mx(x), cy: y - 5, r: 2.4, fill: p.outline });
    const claws =
      claw(p, 36, 122, { w: 13, len: 92, angle: -10, fill: p.fill.shell, flip: true, texture: 'spines' }) +
      claw(p, mx(36), 122, { w: 13, len: 92, angle: 10, fill: p.fill.shell, texture: 'spines' });
    return {
      back: back + arms + spines,
      body: body + claws,
      face: {
        // Langoustines have large, dark, kidney-shaped eyes: big eyes here too.
        eyes: [
          { x: 106, y: 58, r: 21, stalk: { x: 116, y: 76 } },
          { x: 150, y: 58, r: 21, stalk: { x: 140, y: 76 } },
        ],
        mouth: { x: 128, y: 130, w: 28 },
      },
      anchors: {
        top: { x: 96, y: 80, w: 48, tilt: -28 },
        neck: { x: 128, y: 152, w: 70 },
        body: { x: 128, y: 118, rx: 34, ry: 52 },
      },
    };
  },
};

export const crayfish: SpeciesArt = {
  palettes: {
    brook: ['#8a5a3c', '#f0dcc0', '#c8553d'],
    red: ['#c2412d', '#fbd9c4', '#6b3b2a'],
    blue: ['#3a6ea5', '#dce9f6', '#e9a23b'],
    olive: ['#6f7d3a', '#eef0d2', '#c8553d'],
  },
  draw: (p) => {
    const back =
      longAntennae(p, 90, 0.6) +
      pairedLimbs(
        p,
        [
          [
            [100, 168],
            [78, 182],
            [74, 206],
          ],
        ],
        7,
      ) +
      abdomen(p, 168, 38);
    // Stockier and shorter than the lobster, with broad bumpy claws held low at its sides.
    let body = shape(
      p,
      'M128 78 C164 78 174 104 172 128 C170 158 154 178 128 178 C102 178 86 158 84 128 C82 104 92 78 128 78 Z',
      p.fill.shell,
    );
    body += shape(p, 'M122 82 L128 64 L134 82 Z', p.fill.shell, { 'stroke-width': p.sw * 0.7 });
    for (const [x, y] of [
      [96, 112],
      [100, 126],
      [160, 112],
      [156, 126],
    ] as const)
      body += el('circle', { cx: x, cy: y, r: 3, fill: p.outline, 'fill-opacity': 0.5 });
    body += gloss(106, 98, 14, 6);
    const arms =
      limb(
        p,
        [
          [92, 140],
          [60, 158],
          [48, 146],
        ],
        12,
      ) +
      limb(
        p,
        [
          [mx(92), 140],
          [mx(60), 158],
          [mx(48), 146],
        ],
        12,
      );
    const claws =
      claw(p, 48, 148, { w: 28, len: 64, angle: -6, fill: p.fill.shell, flip: true, texture: 'bumps' }) +
      claw(p, mx(48), 148, { w: 28, len: 64, angle: 6, fill: p.fill.shell, texture: 'bumps' });
    return {
      back: back + arms,
      body: body + claws,
      face: {
        eyes: [
          { x: 110, y: 74, r: 17, stalk: { x: 118, y: 92 } },
          { x: 146, y: 74, r: 17, stalk: { x: 138, y: 92 } },
        ],
        mouth: { x: 128, y: 144, w: 30 },
      },
      anchors: {
        top: { x: 98, y: 92, w: 50, tilt: -26 },
        neck: { x: 128, y: 162, w: 84 },
        body: { x: 128, y: 130, rx: 44, ry: 50 },
      },
    };
  },
};

export const slipperLobster: SpeciesArt = {
  palettes: {
    sand: ['#c98b4f', '#f6e0c0', '#8c4a2f'],
    rust: ['#b5532f', '#f5d3bd', '#f2b63d'],
    stone: ['#8b8073', '#ece6dc', '#c0623b'],
    amber: ['#d9a441', '#fbeed0', '#7a4f2a'],
  },
  draw: (p) => {
    const back =
      pairedLimbs(
        p,
        [
          [
            [92, 160],
            [66, 176],
            [62, 204],
          ],
          [
            [98, 172],
            [80, 190],
            [80, 212],
          ],
        ],
        7,
      ) + abdomen(p, 166, 50);
    // No claws: two broad, flat "slipper" plates in front of the head are its signature.
    let plates = '';
    for (const s of [-1, 1]) {
      const cx = 128 + s * 46;
      const rot = s * 24;
      plates += ellipse(p, cx, 74, 34, 22, p.fill.accent, { transform: `rotate(${rot} ${cx} 74)` });
      for (const k of [-1, 0, 1]) {
        const x = cx + s * k * 12;
        plates += el('path', {
          d: `M${fmt(x)} 66 l${fmt(s * 4)} 16`,
          stroke: p.outline,
          'stroke-width': 2.2,
          'stroke-opacity': 0.5,
          transform: `rotate(${rot} ${cx} 74)`,
        });
      }
    }
    let body = shape(p, 'M72 96 C100 86 156 86 184 96 C194 126 184 168 128 176 C72 168 62 126 72 96 Z', p.fill.shell);
    body += crease(p, 'M82 130 C110 138 146 138 174 130', p.sw * 0.5, 0.4);
    for (const [x, y, r] of [
      [88, 112, 4],
      [166, 112, 4],
      [100, 150, 3.5],
      [156, 150, 3.5],
    ] as const)
      body += el('circle', { cx: x, cy: y, r, fill: mix(p.shell, p.outline, 0.5) });
    body += gloss(96, 104, 14, 6);
    return {
      back: back + plates,
      body,
      face: {
        eyes: [
          { x: 106, y: 110, r: 16 },
          { x: 150, y: 110, r: 16 },
        ],
        mouth: { x: 128, y: 148, w: 30 },
      },
      anchors: {
        top: { x: 128, y: 92, w: 70 },
        neck: { x: 128, y: 166, w: 96 },
        body: { x: 128, y: 132, rx: 56, ry: 44 },
      },
    };
  },
};

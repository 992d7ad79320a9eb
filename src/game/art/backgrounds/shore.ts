/** Places above the water line: the beach, the dunes, the lagoon. */
import { el, fmt, linearGradient, mix, seeded } from '../svg.ts';
import {
  H,
  type Scene,
  cloud,
  floorShade,
  rect,
  ripples,
  rock,
  shell,
  starfish,
  sun,
  tuft,
  wavyBand,
} from './common.ts';

function pebbles(
  seed: number,
  count: number,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  colours: string[],
): string {
  const r = seeded(seed);
  let out = '';
  for (let i = 0; i < count; i++) {
    const rx = 6 + r() * 12;
    out += el('ellipse', {
      cx: x0 + r() * (x1 - x0),
      cy: y0 + r() * (y1 - y0),
      rx,
      ry: rx * 0.6,
      fill: colours[i % colours.length],
      'fill-opacity': 0.8,
    });
  }
  return out;
}

/** A small sand castle with a flag: a nod to the first vote of the game. */
function sandCastle(x: number, y: number, s: number): string {
  const sand = '#e9c98b';
  const line = mix(sand, '#5b4a5e', 0.45);
  const o = { fill: sand, stroke: line, 'stroke-width': 5, 'stroke-linejoin': 'round' };
  const tower = (tx: number, w: number, h: number) =>
    el('path', {
      d: `M${tx - w / 2} ${y} V${y - h} h${w / 5} v-14 h${w / 5} v14 h${w / 5} v-14 h${w / 5} v14 h${w / 5} V${y} Z`,
      ...o,
    });
  return el(
    'g',
    { transform: `translate(${fmt(x * (1 - s))} ${fmt(y * (1 - s))}) scale(${fmt(s)})` },
    tower(x - 70, 60, 90) +
      tower(x + 70, 60, 90) +
      tower(x, 90, 150) +
      el('rect', { x: x - 14, y: y - 44, width: 28, height: 44, rx: 14, fill: mix(sand, '#5b4a5e', 0.3) }) +
      el('path', { d: `M${x} ${y - 164} v-60`, stroke: line, 'stroke-width': 5 }) +
      el('path', {
        d: `M${x} ${y - 224} l46 14 l-46 14 Z`,
        fill: '#e4572e',
        stroke: line,
        'stroke-width': 4,
        'stroke-linejoin': 'round',
      }),
  );
}

export function beach(): Scene {
  const defs =
    linearGradient('bg-beach-sky', [
      [0, '#9fd6ee'],
      [0.7, '#e2f2f4'],
      [1, '#fdf1d8'],
    ]) +
    linearGradient('bg-beach-sea', [
      [0, '#4fa3c2'],
      [1, '#8fd3dc'],
    ]);
  const shade = floorShade('bg-beach-shade', '#c79a5b', 0.3);
  let body = rect('url(#bg-beach-sky)', 0, 460);
  body += sun(1560, 170, 70, '#ffe39a');
  body += cloud(320, 190, 1.3) + cloud(1080, 120, 0.9) + cloud(1760, 320, 0.7, '#ffffff', 0.7);
  body += el('path', { d: 'M-20 450 Q160 360 420 420 Q520 440 600 452 L-20 452 Z', fill: '#8fb98a' });
  body += rect('url(#bg-beach-sea)', 450, 260);
  body += ripples(11, 26, 480, 640, '#ffffff', 0.4);
  body += wavyBand(650, 14, 9, '#e8f7f5');
  body += wavyBand(672, 12, 9, '#e3c48c', 0.6);
  body += wavyBand(730, 18, 3, '#f3dcaa', 1.2);
  body += pebbles(12, 40, 40, 1880, 790, 1060, ['#e0c08a', '#d6b27a', '#ecd3a2']);
  body += shell(220, 960, 1.3, '#f7c9b4') + shell(1480, 1010, 1, '#fbe3c0') + starfish(380, 1010, 1.2, '#f28c5a', 12);
  body += starfish(1780, 880, 0.9, '#e4572e', -20) + sandCastle(1650, 1010, 0.8);
  body += rock(13, 90, 860, 150, 90, '#b8aab8') + rock(14, 1860, 1060, 180, 110, '#a99cae');
  return { defs: defs + shade.defs, body: body + shade.body };
}

export function dune(): Scene {
  const defs = linearGradient('bg-dune-sky', [
    [0, '#f6c995'],
    [0.55, '#fbe3c2'],
    [1, '#fdf4e4'],
  ]);
  const shade = floorShade('bg-dune-shade', '#b5834a', 0.3);
  let body = rect('url(#bg-dune-sky)');
  body += sun(420, 260, 90, '#fff1c4');
  body += cloud(1300, 200, 1.1, '#fff7ec', 0.8) + cloud(1750, 130, 0.7, '#fff7ec', 0.7);
  body += wavyBand(470, 40, 2, '#f1d6a3', 0.3);
  body += wavyBand(560, 55, 2, '#ebc88a', 2.1);
  body += wavyBand(700, 45, 2, '#e3b977', 4);
  body += wavyBand(850, 30, 2, '#efcf95', 1);
  // Marram grass on the crests, a little fence: the dune is protected, and says so.
  for (const [x, y, h] of [
    [160, 560, 120],
    [300, 520, 90],
    [1500, 620, 110],
    [1620, 600, 80],
    [1820, 700, 130],
    [80, 860, 150],
    [1760, 900, 140],
  ] as const)
    body += tuft(x, y, h, '#8fa861', 7);
  let fence = '';
  for (let i = 0; i < 6; i++) {
    const x = 1240 + i * 120;
    const y = 760 + i * 22;
    fence += el('rect', {
      x,
      y: y - 90,
      width: 16,
      height: 110,
      rx: 6,
      fill: '#a9865e',
      stroke: '#6e5a47',
      'stroke-width': 4,
    });
  }
  fence += el('path', {
    d: 'M1248 700 L1848 810 M1248 730 L1848 840',
    stroke: '#6e5a47',
    'stroke-width': 4,
    fill: 'none',
  });
  body += fence;
  body += shell(520, 990, 1.2, '#f7d7c4') + pebbles(21, 24, 40, 1880, 900, 1070, ['#d9b071', '#e6c48a']);
  return { defs: defs + shade.defs, body: body + shade.body };
}

export function lagoon(): Scene {
  const defs =
    linearGradient('bg-lagoon-sky', [
      [0, '#b7e1f0'],
      [1, '#fff0dc'],
    ]) +
    linearGradient('bg-lagoon-water', [
      [0, '#7fd1cc'],
      [1, '#3fa5a8'],
    ]);
  const shade = floorShade('bg-lagoon-shade', '#1f6a73', 0.3);
  let body = rect('url(#bg-lagoon-sky)', 0, 520);
  body += cloud(420, 170, 1, '#ffffff', 0.8) + cloud(1500, 230, 1.2, '#ffffff', 0.75);
  body += el('path', {
    d: 'M-20 500 Q300 430 640 480 Q900 510 1300 470 Q1600 440 1940 500 L1940 520 L-20 520 Z',
    fill: '#a3c48a',
  });
  body += rect('url(#bg-lagoon-water)', 500, H - 500);
  // The sandbar that closes the lagoon, and calm, long reflections.
  body +=
    el('ellipse', { cx: 1240, cy: 600, rx: 420, ry: 34, fill: '#f1dcae' }) +
    el('ellipse', { cx: 1240, cy: 592, rx: 380, ry: 18, fill: '#f8e8c4' });
  body += ripples(31, 22, 540, 900, '#ffffff', 0.35);
  for (const [x, y, h] of [
    [90, 1060, 300],
    [170, 1080, 240],
    [1800, 1070, 320],
    [1870, 1080, 260],
    [1720, 1080, 200],
  ] as const)
    body += tuft(x, y, h, '#5f8f4e', 6);
  body +=
    el('ellipse', { cx: 420, cy: 930, rx: 60, ry: 16, fill: '#5f9e5a' }) +
    el('circle', { cx: 432, cy: 918, r: 10, fill: '#ff9fb6' });
  body += el('ellipse', { cx: 1460, cy: 980, rx: 70, ry: 18, fill: '#5f9e5a' });
  body += rock(33, 300, 1080, 200, 80, '#8e9aa4');
  return { defs: defs + shade.defs, body: body + shade.body };
}

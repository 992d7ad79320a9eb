/**
 * Icons for the families of voting methods, the podium and council seats. Each family has its
 * own pictogram SHAPE (a ballot with one cross, a funnel, a staircase, two arrows meeting, a
 * gauge, a hemicycle, a die), so the icons are told apart without their colours.
 */
import { candidateMarker, candidateStyle, UI } from '../palette.ts';
import { el, fmt, mix, svgDoc } from '../svg.ts';
import { digitPath } from './ballots.ts';

export const METHOD_FAMILIES = ['plurality', 'runoff', 'points', 'duels', 'grades', 'seats', 'chance'] as const;
export type MethodFamily = (typeof METHOD_FAMILIES)[number];

/** Each family's colour (a tint behind the pictogram; the pictogram carries the meaning). */
const FAMILY_COLOURS: Record<MethodFamily, string> = {
  plurality: '#e4572e',
  runoff: '#2a7f9e',
  points: '#f2b63d',
  duels: '#8d5bb8',
  grades: '#4f8a4b',
  seats: '#1f9e89',
  chance: '#d45d79',
};

const INK = UI.ink;
const line = { fill: 'none', stroke: INK, 'stroke-width': 6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

function glyph(family: MethodFamily, c: string): string {
  const light = mix(c, '#ffffff', 0.55);
  switch (family) {
    case 'plurality':
      // One ballot, one cross: a single choice.
      return (
        el('rect', { x: 34, y: 24, width: 60, height: 80, rx: 6, fill: '#fffdf7', stroke: INK, 'stroke-width': 6 }) +
        el('circle', { cx: 64, cy: 64, r: 18, fill: light, stroke: INK, 'stroke-width': 5 }) +
        el('path', { d: 'M54 54 L74 74 M74 54 L54 74', ...line, 'stroke-width': 7 })
      );
    case 'runoff':
      // A funnel: many options in, rounds narrow them down to one.
      return (
        el('path', {
          d: 'M22 30 H106 L74 70 V100 L54 108 V70 Z',
          fill: light,
          stroke: INK,
          'stroke-width': 6,
          'stroke-linejoin': 'round',
        }) +
        el('circle', { cx: 40, cy: 20, r: 8, fill: c, stroke: INK, 'stroke-width': 4 }) +
        el('circle', { cx: 64, cy: 16, r: 8, fill: c, stroke: INK, 'stroke-width': 4 }) +
        el('circle', { cx: 88, cy: 20, r: 8, fill: c, stroke: INK, 'stroke-width': 4 })
      );
    case 'points':
      // A staircase of bars: points add up.
      return (
        [0, 1, 2]
          .map((i) =>
            el('rect', {
              x: 22 + i * 30,
              y: 84 - i * 26,
              width: 26,
              height: 24 + i * 26,
              rx: 4,
              fill: i === 2 ? c : light,
              stroke: INK,
              'stroke-width': 5,
            }),
          )
          .join('') +
        el('path', { d: 'M16 110 H112', ...line }) +
        el('circle', { cx: 99, cy: 18, r: 9, fill: c, stroke: INK, 'stroke-width': 4 })
      );
    case 'duels':
      // Two arrows meeting head to head: every pair faces off.
      return (
        el('path', {
          d: 'M14 44 H46 V30 L70 52 L46 74 V60 H14 Z',
          fill: c,
          stroke: INK,
          'stroke-width': 5,
          'stroke-linejoin': 'round',
        }) +
        el('path', {
          d: 'M114 84 H82 V70 L58 92 L82 114 V100 H114 Z',
          fill: light,
          stroke: INK,
          'stroke-width': 5,
          'stroke-linejoin': 'round',
        }) +
        el('path', { d: 'M90 22 L96 34 M104 30 L94 38 M84 36 L92 40', ...line, 'stroke-width': 4 })
      );
    case 'grades': {
      // A gauge from poor to excellent, with its needle.
      let segs = '';
      for (let k = 0; k < 5; k++) {
        const a0 = Math.PI + (k * Math.PI) / 5;
        const a1 = Math.PI + ((k + 1) * Math.PI) / 5;
        const p = (a: number, r: number) => `${fmt(64 + Math.cos(a) * r)} ${fmt(92 + Math.sin(a) * r)}`;
        segs += el('path', {
          d: `M${p(a0, 50)} A50 50 0 0 1 ${p(a1, 50)} L${p(a1, 26)} A26 26 0 0 0 ${p(a0, 26)} Z`,
          fill: mix(light, c, k / 4),
          stroke: INK,
          'stroke-width': 4,
          'stroke-linejoin': 'round',
        });
      }
      return (
        segs +
        el('path', { d: 'M64 92 L94 58', ...line, 'stroke-width': 7 }) +
        el('circle', { cx: 64, cy: 92, r: 8, fill: INK })
      );
    }
    case 'seats': {
      // A hemicycle of seats: several winners share an assembly.
      let dots = '';
      for (const [r, n] of [
        [48, 9],
        [32, 6],
        [16, 3],
      ] as const) {
        for (let k = 0; k < n; k++) {
          const a = Math.PI + ((k + 0.5) * Math.PI) / n;
          dots += el('circle', {
            cx: 64 + Math.cos(a) * r,
            cy: 98 + Math.sin(a) * r,
            r: 6.5,
            fill: k < n / 2 ? c : light,
            stroke: INK,
            'stroke-width': 3,
          });
        }
      }
      return dots + el('path', { d: 'M10 108 H118', ...line });
    }
    case 'chance': {
      // A die: the lot decides.
      const pips = [
        [44, 44],
        [84, 44],
        [64, 64],
        [44, 84],
        [84, 84],
      ]
        .map(([x, y]) => el('circle', { cx: x, cy: y, r: 7, fill: INK }))
        .join('');
      return el(
        'g',
        { transform: 'rotate(-10 64 64)' },
        el('rect', { x: 22, y: 22, width: 84, height: 84, rx: 18, fill: light, stroke: INK, 'stroke-width': 6 }) + pips,
      );
    }
  }
}

export function methodIconSvg(family: MethodFamily, size = 128): string {
  const c = FAMILY_COLOURS[family];
  const body =
    el('rect', { x: 4, y: 4, width: 120, height: 120, rx: 28, fill: mix(c, '#ffffff', 0.82) }) + glyph(family, c);
  return svgDoc({ width: 128, height: 128, pixelWidth: size, pixelHeight: size, body });
}

/** A three-step podium: 1 in the middle, 2 on the left, 3 on the right. */
export function podiumSvg(size = 256): string {
  const steps: Array<[number, number, number, string]> = [
    [96, 96, 1, '#f2c14e'],
    [24, 140, 2, '#c9ced6'],
    [168, 164, 3, '#d99a6c'],
  ];
  let body = el('ellipse', { cx: 128, cy: 236, rx: 116, ry: 10, fill: INK, 'fill-opacity': 0.15 });
  for (const [x, top, n, colour] of steps) {
    body += el('rect', {
      x,
      y: top,
      width: 64,
      height: 232 - top,
      rx: 8,
      fill: colour,
      stroke: INK,
      'stroke-width': 5,
    });
    body += el('rect', { x: x + 6, y: top + 6, width: 52, height: 8, rx: 4, fill: '#ffffff', 'fill-opacity': 0.45 });
    body += digitPath(n, x + 32, top + 38, 30);
  }
  return svgDoc({ width: 256, height: 256, pixelWidth: size, pixelHeight: size, body });
}

/**
 * A council seat (a rounded stone chair). Empty, it is grey; taken by option i, it wears that
 * option's colour AND marker, so a hemicycle of seats reads in greyscale too.
 */
export function seatSvg(candidate?: number, size = 64): string {
  const taken = candidate !== undefined;
  const s = taken ? candidateStyle(candidate) : undefined;
  const fill = s ? s.colour : '#d8d2cc';
  const edge = INK;
  let body =
    el('path', {
      d: 'M14 30 C14 10 50 10 50 30 V44 H14 Z',
      fill,
      stroke: edge,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
    }) +
    el('rect', {
      x: 8,
      y: 40,
      width: 48,
      height: 12,
      rx: 6,
      fill: s ? mix(s.colour, '#ffffff', 0.3) : '#e8e3de',
      stroke: edge,
      'stroke-width': 4,
    }) +
    el('path', { d: 'M14 52 V60 M50 52 V60', stroke: edge, 'stroke-width': 5, 'stroke-linecap': 'round' });
  if (taken) body += candidateMarker(candidate, 32, 26, 10);
  else body += el('path', { d: 'M24 27 H40', stroke: '#a59d96', 'stroke-width': 4, 'stroke-linecap': 'round' });
  return svgDoc({ width: 64, height: 64, pixelWidth: size, pixelHeight: size, body });
}

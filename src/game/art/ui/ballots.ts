/**
 * The ballot box and the ballot papers. A paper can show what a voter wrote (marks), so the
 * Election scene can open any ballot; numbers are drawn as strokes, not text, because an SVG used
 * as a texture cannot reach the page's fonts.
 */
import { candidateMarker } from '../palette.ts';
import { UI } from '../palette.ts';
import { el, fmt, svgDoc } from '../svg.ts';

/** Digits 0-9 as strokes in a 10 × 16 box. */
const DIGITS: Record<number, string> = {
  0: 'M5 1 C0 1 0 15 5 15 C10 15 10 1 5 1 Z',
  1: 'M2 4 L6 1 L6 15',
  2: 'M1.5 4.5 C2 0.5 9 0 9 4.5 C9 8 3 11 1.5 15 L9.5 15',
  3: 'M1.5 2.5 C4 0 9 0.5 9 4 C9 6.5 6 7.5 4.5 7.5 C7 7.5 9.5 9 9.5 11.5 C9.5 16 3 16 1.2 13.2',
  4: 'M7 15 L7 1 L1 10.5 L9.8 10.5',
  5: 'M9 1 L2.5 1 L2 7 C5 5 9.5 6 9.5 10.5 C9.5 15.5 3.5 16 1.2 13.5',
  6: 'M8.5 1.5 C2 1 1 8 1.2 10.5 C1.5 16 9.5 16 9.5 10.5 C9.5 6.5 3 6 1.3 10',
  7: 'M1 1 L9.5 1 L4 15',
  8: 'M5 7.5 C0 6.5 1 1 5 1 C9 1 10 6.5 5 7.5 C-0.5 8.5 0.5 15 5 15 C9.5 15 10.5 8.5 5 7.5 Z',
  9: 'M9.2 6 C7.5 10 1 9.5 1 5 C1 0 9.5 0 9.3 6 C9 11 7 15 2 14.5',
};

/** A number drawn as strokes, centred on (cx, cy), h high. */
export function digitPath(n: number, cx: number, cy: number, h: number, colour: string = UI.ink): string {
  const s = h / 16;
  const chars = String(Math.max(0, Math.floor(n)))
    .split('')
    .map(Number);
  const w = 12 * s;
  const x0 = cx - (chars.length * w) / 2;
  return chars
    .map((c, i) =>
      el('path', {
        d: DIGITS[c],
        transform: `translate(${fmt(x0 + i * w + s)} ${fmt(cy - h / 2)}) scale(${fmt(s)})`,
        fill: 'none',
        stroke: colour,
        'stroke-width': fmt(2.3),
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    )
    .join('');
}

const PAPER_LINE = '#8a7a6e';

export function ballotBoxSvg(o: { fill?: number; size?: number } = {}): string {
  const level = Math.max(0, Math.min(1, o.fill ?? 0));
  const ink = UI.ink;
  let inside = '';
  // Folded ballots piled inside the see-through box, as in a French polling station.
  const count = Math.round(level * 14);
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / 5);
    const x = 74 + (i % 5) * 24 + (row % 2) * 10;
    const y = 206 - row * 16;
    inside += el('rect', {
      x,
      y,
      width: 30,
      height: 16,
      rx: 2,
      fill: '#fffdf7',
      stroke: PAPER_LINE,
      'stroke-width': 2,
      transform: `rotate(${((i * 37) % 24) - 12} ${x + 15} ${y + 8})`,
    });
  }
  const body =
    el('ellipse', { cx: 128, cy: 236, rx: 100, ry: 10, fill: ink, 'fill-opacity': 0.15 }) +
    el('rect', {
      x: 46,
      y: 108,
      width: 164,
      height: 124,
      rx: 12,
      fill: '#d9f1fb',
      'fill-opacity': 0.75,
      stroke: ink,
      'stroke-width': 6,
    }) +
    inside +
    el('path', {
      d: 'M62 124 L62 176',
      stroke: '#ffffff',
      'stroke-width': 8,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.8,
    }) +
    el('rect', { x: 36, y: 88, width: 184, height: 30, rx: 10, fill: UI.sea, stroke: ink, 'stroke-width': 6 }) +
    el('rect', { x: 96, y: 97, width: 64, height: 10, rx: 5, fill: ink }) +
    // A ballot halfway through the slot.
    el('rect', { x: 106, y: 38, width: 44, height: 64, rx: 4, fill: '#fffdf7', stroke: ink, 'stroke-width': 4 }) +
    el('path', { d: 'M114 56 H142 M114 68 H136', stroke: PAPER_LINE, 'stroke-width': 4, 'stroke-linecap': 'round' }) +
    el('rect', { x: 46, y: 206, width: 164, height: 26, rx: 10, fill: UI.sea, stroke: ink, 'stroke-width': 6 }) +
    scallop(128, 220, 0.5, UI.gold);
  return svgDoc({ width: 256, height: 256, pixelWidth: o.size ?? 256, pixelHeight: o.size ?? 256, body });
}

/** The coast's emblem: a scallop shell, used on the box and the paper header. */
function scallop(cx: number, cy: number, s: number, colour: string): string {
  let ridges = '';
  for (let k = -2; k <= 2; k++)
    ridges += `M${fmt(cx)} ${fmt(cy + 12 * s)} L${fmt(cx + k * 10 * s)} ${fmt(cy - 14 * s)} `;
  return (
    el('path', {
      d: `M${fmt(cx - 24 * s)} ${fmt(cy - 2 * s)} A${fmt(24 * s)} ${fmt(22 * s)} 0 0 1 ${fmt(cx + 24 * s)} ${fmt(cy - 2 * s)} L${fmt(cx + 6 * s)} ${fmt(cy + 14 * s)} L${fmt(cx - 6 * s)} ${fmt(cy + 14 * s)} Z`,
      fill: colour,
      stroke: UI.ink,
      'stroke-width': fmt(Math.max(1.5, 4 * s)),
      'stroke-linejoin': 'round',
    }) +
    el('path', {
      d: ridges,
      stroke: UI.ink,
      'stroke-width': fmt(Math.max(1, 2.5 * s)),
      'stroke-opacity': 0.5,
      fill: 'none',
    })
  );
}

export const BALLOT_KINDS = ['single', 'ranked', 'approval', 'grades'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

interface BallotOptions {
  kind: BallotKind;
  /** Number of options listed, 2 to 6. */
  candidates?: number;
  /**
   * What the voter wrote, per option i: single → the chosen index in marks[0]; ranked → rank
   * (1 = first, 0 = not ranked); approval → 1 or 0; grades → 0 (worst) to 4 (best), -1 = none.
   */
  marks?: readonly number[];
  size?: number;
}

const SAMPLE: Record<BallotKind, number[]> = {
  single: [1],
  ranked: [2, 1, 4, 3, 5, 6],
  approval: [1, 1, 0, 1, 0, 0],
  grades: [3, 4, 1, 2, 0, 2],
};

function tick(x: number, y: number, s: number): string {
  return el('path', {
    d: `M${fmt(x - 7 * s)} ${fmt(y)} L${fmt(x - 2 * s)} ${fmt(y + 6 * s)} L${fmt(x + 8 * s)} ${fmt(y - 7 * s)}`,
    fill: 'none',
    stroke: UI.ink,
    'stroke-width': 4,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

function cross(x: number, y: number, s: number): string {
  return el('path', {
    d: `M${fmt(x - 6 * s)} ${fmt(y - 6 * s)} L${fmt(x + 6 * s)} ${fmt(y + 6 * s)} M${fmt(x + 6 * s)} ${fmt(y - 6 * s)} L${fmt(x - 6 * s)} ${fmt(y + 6 * s)}`,
    stroke: UI.ink,
    'stroke-width': 4,
    'stroke-linecap': 'round',
  });
}

/** An unfolded ballot (200 × 260): a header with the emblem, one row per option. */
export function ballotPaperSvg(o: BallotOptions): string {
  const n = Math.max(2, Math.min(6, Math.floor(o.candidates ?? 4)));
  const marks = o.marks ?? SAMPLE[o.kind];
  const ink = UI.ink;
  let body =
    el('rect', { x: 14, y: 10, width: 176, height: 242, rx: 8, fill: UI.ink, 'fill-opacity': 0.12 }) +
    el('rect', { x: 8, y: 4, width: 176, height: 242, rx: 8, fill: '#fffdf7', stroke: ink, 'stroke-width': 4 }) +
    el('path', {
      d: 'M10 125 H182',
      stroke: PAPER_LINE,
      'stroke-width': 2,
      'stroke-dasharray': '6 5',
      'stroke-opacity': 0.6,
    }) +
    el('rect', { x: 8, y: 4, width: 176, height: 34, rx: 8, fill: UI.sea }) +
    el('rect', { x: 8, y: 26, width: 176, height: 12, fill: UI.sea }) +
    el('path', { d: 'M8 38 H184', stroke: ink, 'stroke-width': 3 }) +
    scallop(34, 22, 0.45, UI.gold) +
    el('path', {
      d: 'M58 21 H128',
      stroke: '#ffffff',
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.85,
    });
  const rowH = Math.min(34, 196 / n);
  for (let i = 0; i < n; i++) {
    const y = 54 + i * rowH + rowH / 2 - 4;
    body += candidateMarker(i, 26, y, 9);
    const nameEnd = o.kind === 'grades' ? 72 : 130;
    body += el('path', {
      d: `M42 ${fmt(y)} H${nameEnd - (i % 3) * 8}`,
      stroke: PAPER_LINE,
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.55,
    });
    switch (o.kind) {
      case 'single':
        body += el('circle', { cx: 160, cy: y, r: 10, fill: '#ffffff', stroke: ink, 'stroke-width': 3 });
        if (marks[0] === i) body += cross(160, y, 1);
        break;
      case 'ranked':
        body += el('rect', {
          x: 148,
          y: y - 11,
          width: 24,
          height: 22,
          rx: 4,
          fill: '#ffffff',
          stroke: ink,
          'stroke-width': 3,
        });
        if ((marks[i] ?? 0) > 0) body += digitPath(marks[i], 160, y, 14, '#1d4e6b');
        break;
      case 'approval':
        body += el('rect', {
          x: 149,
          y: y - 10,
          width: 22,
          height: 20,
          rx: 4,
          fill: '#ffffff',
          stroke: ink,
          'stroke-width': 3,
        });
        if (marks[i] === 1) body += tick(160, y, 1);
        break;
      case 'grades':
        // Five boxes from worst to best; their size grows, so the scale reads without colour.
        for (let g = 0; g < 5; g++) {
          const gx = 90 + g * 19;
          const r = 4 + g * 0.9;
          const on = marks[i] === g;
          body += el('rect', {
            x: gx - r,
            y: y - r,
            width: r * 2,
            height: r * 2,
            rx: 2,
            fill: on ? '#1d4e6b' : '#ffffff',
            stroke: ink,
            'stroke-width': 2,
          });
        }
        break;
    }
  }
  const size = o.size ?? 200;
  return svgDoc({ width: 200, height: 260, pixelWidth: size, pixelHeight: (size * 260) / 200, body });
}

/** A folded ballot (the flying one): paper folded in two, one corner lifted. */
export function foldedBallotSvg(size = 120): string {
  const ink = UI.ink;
  const body =
    el('path', {
      d: 'M14 30 L104 22 L110 92 L20 100 Z',
      fill: UI.ink,
      'fill-opacity': 0.12,
      transform: 'translate(4 6)',
    }) +
    el('path', {
      d: 'M14 30 L104 22 L110 92 L20 100 Z',
      fill: '#fffdf7',
      stroke: ink,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
    }) +
    el('path', { d: 'M17 65 L107 57', stroke: PAPER_LINE, 'stroke-width': 3, 'stroke-dasharray': '6 5' }) +
    el('path', {
      d: 'M84 24 L104 22 L106 44 Z',
      fill: '#efe6d4',
      stroke: ink,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
    }) +
    scallop(60, 82, 0.5, UI.gold);
  return svgDoc({ width: 120, height: 120, pixelWidth: size, pixelHeight: size, body });
}

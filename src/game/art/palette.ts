/**
 * Colour-blind-safe colours for the options of a vote (candidates, places, dishes...).
 *
 * The colours are the Okabe–Ito set (Okabe & Ito, "Color Universal Design", 2008), which stays
 * distinguishable under the common colour-vision deficiencies. Colour alone is still never
 * enough (projectors wash colours out, some players see none): each colour is paired with a
 * marker shape and a fill pattern, so a bar, a dot or a seat can be told apart in greyscale.
 */
import { el, fmt, luminance, svgDoc } from './svg.ts';
import { MARKER_SHAPES, markerOutline, type MarkerShape } from '../../present/markers.ts';

export { MARKER_SHAPES, type MarkerShape };

export const PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'vertical',
  'checker',
  'backslash',
] as const;
export type PatternName = (typeof PATTERNS)[number];

export interface CandidateStyle {
  /** Stable id, also used in texture keys. */
  readonly id: string;
  readonly colour: string;
  /** Dark or light ink for text or icons drawn on the colour (WCAG contrast). */
  readonly ink: string;
  readonly shape: MarkerShape;
  readonly pattern: PatternName;
}

/** Ink and paper of the interface: one warm dark, one warm light, used by every piece. */
export const UI = {
  ink: '#2b1d2e',
  inkSoft: '#5b4a5e',
  paper: '#fff8ec',
  paperShade: '#f1e3c8',
  sand: '#f3dfb5',
  sea: '#2a7f9e',
  deepSea: '#1d4e6b',
  coral: '#e4572e',
  gold: '#f2b63d',
  kelp: '#4f8a4b',
  /** Focus ring: thick, high contrast against both the paper and the sea. */
  focus: '#ffbf3c',
} as const;

const DARK_INK = UI.ink;
/** Label inks: near-black rather than the warm ink, so even vermillion reaches 4.5:1 (WCAG AA). */
const LABEL_DARK = '#140c10';
const LABEL_LIGHT = '#ffffff';

/** WCAG contrast ratio between two colours (1 to 21). */
export function luminanceContrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Okabe–Ito colours (black replaced by its grey, so an outline stays visible around it). */
const BASE = [
  ['orange', '#E69F00'],
  ['sky-blue', '#56B4E9'],
  ['bluish-green', '#009E73'],
  ['yellow', '#F0E442'],
  ['blue', '#0072B2'],
  ['vermillion', '#D55E00'],
  ['reddish-purple', '#CC79A7'],
  ['grey', '#999999'],
] as const;

function inkFor(colour: string): string {
  // Whichever of the two inks contrasts more with the colour.
  return luminanceContrast(colour, LABEL_LIGHT) > luminanceContrast(colour, LABEL_DARK) ? LABEL_LIGHT : LABEL_DARK;
}

export const CANDIDATE_STYLES: readonly CandidateStyle[] = BASE.map(([id, colour], i) => ({
  id,
  colour,
  ink: inkFor(colour),
  shape: MARKER_SHAPES[i],
  pattern: PATTERNS[i],
}));

/**
 * The style of the i-th option. Beyond eight options the colours repeat but the shape shifts, so
 * every (colour, shape) pair stays unique for up to 64 options.
 */
export function candidateStyle(index: number): CandidateStyle {
  const n = CANDIDATE_STYLES.length;
  const i = ((Math.floor(index) % 64) + 64) % 64;
  const base = CANDIDATE_STYLES[i % n];
  if (i < n) return base;
  const round = Math.floor(i / n);
  const shape = MARKER_SHAPES[(i + round * 3) % n];
  return { ...base, id: `${base.id}-${shape}`, shape, pattern: PATTERNS[(i + round * 5) % n] };
}

export interface MarkerPaint {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

/**
 * A marker shape as an SVG element centred on (cx, cy), fitting a circle of radius r. The shapes
 * were chosen to differ in outline, not only in size: round, square, pointed up, pointed on four
 * sides, spiky, six-sided, plus-shaped and hollow.
 */
export function markerShape(shape: MarkerShape, cx: number, cy: number, r: number, paint: MarkerPaint): string {
  const p = {
    fill: paint.fill,
    stroke: paint.stroke ?? DARK_INK,
    'stroke-width': paint.strokeWidth ?? Math.max(1, r * 0.16),
    'stroke-linejoin': 'round',
  };
  const outline = markerOutline(shape, r);
  if (outline.kind === 'round') {
    const [o, i] = outline.radii;
    if (i === undefined) return el('circle', { cx, cy, r: o, ...p });
    // Even-odd path: a real hole, so the ring reads as hollow on any background.
    const circle = (c: number) =>
      `M${fmt(cx - c)} ${fmt(cy)}a${fmt(c)} ${fmt(c)} 0 1 0 ${fmt(2 * c)} 0a${fmt(c)} ${fmt(c)} 0 1 0 ${fmt(-2 * c)} 0Z`;
    return el('path', { d: circle(o) + circle(i), 'fill-rule': 'evenodd', ...p });
  }
  if (shape === 'square') {
    // Drawn as a rectangle for its rounded corners.
    const [{ x, y }, { x: right }] = outline.points;
    return el('rect', { x: cx + x, y: cy + y, width: right - x, height: right - x, rx: r * 0.12, ...p });
  }
  return el('polygon', { points: outline.points.map((q) => `${fmt(cx + q.x)},${fmt(cy + q.y)}`).join(' '), ...p });
}

/** The marker of the i-th option, in its colour, as an SVG snippet (for charts and ballots). */
export function candidateMarker(index: number, cx: number, cy: number, r: number): string {
  const s = candidateStyle(index);
  return markerShape(s.shape, cx, cy, r, { fill: s.colour });
}

/** A stand-alone marker document (a texture for legends, seats and dots). */
export function candidateMarkerSvg(index: number, size = 64): string {
  return svgDoc({
    width: 64,
    height: 64,
    pixelWidth: size,
    pixelHeight: size,
    body: candidateMarker(index, 32, 32, 27),
  });
}

/**
 * A <pattern> element (put it in <defs>) filling with the option's colour and its texture, so
 * that two bars side by side differ even in greyscale. Use it as fill="url(#id)".
 */
export function candidatePattern(index: number, id: string): string {
  const s = candidateStyle(index);
  const line = { stroke: s.ink, 'stroke-opacity': '0.45', 'stroke-width': 3, 'stroke-linecap': 'square' };
  const dot = { fill: s.ink, 'fill-opacity': '0.45' };
  const marks: Record<PatternName, string> = {
    solid: '',
    diagonal: el('path', { d: 'M-4 4L4 -4M0 16L16 0M12 20L20 12', ...line }),
    dots: el('circle', { cx: 4, cy: 4, r: 2.2, ...dot }) + el('circle', { cx: 12, cy: 12, r: 2.2, ...dot }),
    horizontal: el('path', { d: 'M0 4H16M0 12H16', ...line }),
    crosshatch: el('path', { d: 'M0 0L16 16M16 0L0 16', ...line, 'stroke-width': 2 }),
    vertical: el('path', { d: 'M4 0V16M12 0V16', ...line }),
    checker:
      el('rect', { x: 0, y: 0, width: 8, height: 8, ...dot }) + el('rect', { x: 8, y: 8, width: 8, height: 8, ...dot }),
    backslash: el('path', { d: 'M-4 12L4 20M0 0L16 16M12 -4L20 4', ...line }),
  };
  return el(
    'pattern',
    { id, width: 16, height: 16, patternUnits: 'userSpaceOnUse' },
    el('rect', { width: 16, height: 16, fill: s.colour }) + marks[s.pattern],
  );
}

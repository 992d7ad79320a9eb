/**
 * The cove's ballot box: a great conch lying on the sand with a slot cut in its top (chapter 1:
 * « une grande conque, polie par mille marées, avec une fente sur le dessus »), and the flat
 * pebble each voter engraves. Drawn by our code; the full conch shows pebbles at its mouth.
 */
import { UI } from '../palette.ts';
import { el, fmt, svgDoc } from '../svg.ts';

const SHELL = '#f3d9c6';
const SHELL_DARK = '#d9a98f';
const MOUTH = '#ef9f97';
const MOUTH_DEEP = '#c4646a';
const PEBBLE = '#b9b2a6';
const PEBBLE_LIGHT = '#d8d2c6';

/** One flat pebble as SVG elements, centred on (cx, cy), w wide, a name's mark engraved on it. */
function pebbleShape(cx: number, cy: number, w: number, tilt = 0): string {
  const h = w * 0.62;
  return el(
    'g',
    { transform: `translate(${fmt(cx)} ${fmt(cy)}) rotate(${fmt(tilt)})` },
    el('ellipse', { cx: 2, cy: h * 0.12, rx: w / 2, ry: h / 2, fill: UI.ink, 'fill-opacity': 0.18 }) +
      el('ellipse', { cx: 0, cy: 0, rx: w / 2, ry: h / 2, fill: PEBBLE, stroke: UI.ink, 'stroke-width': w * 0.06 }) +
      el('ellipse', { cx: -w * 0.12, cy: -h * 0.16, rx: w * 0.26, ry: h * 0.2, fill: PEBBLE_LIGHT }) +
      el('path', {
        d: `M${fmt(-w * 0.22)} ${fmt(h * 0.08)} q${fmt(w * 0.1)} ${fmt(-h * 0.2)} ${fmt(w * 0.2)} 0 t${fmt(w * 0.2)} 0`,
        fill: 'none',
        stroke: UI.ink,
        'stroke-opacity': 0.55,
        'stroke-width': w * 0.045,
        'stroke-linecap': 'round',
      }),
  );
}

export function pebbleSvg(size = 120): string {
  return svgDoc({ width: 120, height: 120, pixelWidth: size, pixelHeight: size, body: pebbleShape(60, 62, 92, -8) });
}

export function conchSvg(o: { full?: boolean; size?: number } = {}): string {
  const ink = UI.ink;
  const size = o.size ?? 256;
  // The spire to the left, the body swelling to the right, the mouth open towards the viewer.
  const body =
    el('ellipse', { cx: 132, cy: 214, rx: 108, ry: 16, fill: ink, 'fill-opacity': 0.18 }) +
    el('path', {
      d: 'M22 150 C40 120 70 84 120 72 C170 60 222 80 236 128 C246 166 222 206 176 212 C120 220 60 204 34 178 C26 170 20 160 22 150 Z',
      fill: SHELL,
      stroke: ink,
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    }) +
    // The spire's turns.
    [0, 1, 2]
      .map((i) =>
        el('path', {
          d: `M${fmt(30 + i * 22)} ${fmt(150 - i * 14)} C${fmt(40 + i * 22)} ${fmt(176 - i * 8)} ${fmt(62 + i * 24)} ${fmt(178 - i * 6)} ${fmt(74 + i * 24)} ${fmt(150 - i * 16)}`,
          fill: 'none',
          stroke: SHELL_DARK,
          'stroke-width': 4,
          'stroke-linecap': 'round',
        }),
      )
      .join('') +
    // Knobs along the shoulder.
    [96, 128, 160, 192]
      .map((x, i) =>
        el('circle', { cx: x, cy: 78 + Math.abs(i - 1.5) * 6, r: 7, fill: SHELL_DARK, stroke: ink, 'stroke-width': 3 }),
      )
      .join('') +
    // The mouth.
    el('path', {
      d: 'M150 108 C196 96 230 124 226 160 C222 192 190 204 160 198 C176 170 172 132 150 108 Z',
      fill: MOUTH,
      stroke: ink,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
    }) +
    el('path', {
      d: 'M162 122 C196 120 214 146 206 172 C200 186 186 192 172 190 C182 166 180 140 162 122 Z',
      fill: MOUTH_DEEP,
    }) +
    (o.full ? pebbleShape(190, 176, 30, 12) + pebbleShape(204, 156, 26, -20) + pebbleShape(178, 150, 24, 30) : '') +
    // The slot cut in its top, where the pebbles go in.
    el('rect', { x: 104, y: 86, width: 46, height: 10, rx: 5, fill: ink, transform: 'rotate(-8 127 91)' });
  return svgDoc({ width: 256, height: 256, pixelWidth: size, pixelHeight: size, body });
}

/**
 * Small helpers for writing SVG markup as strings. Every art module builds on these, so that
 * numbers are printed the same way everywhere (deterministic output, short files) and every
 * attribute value is escaped (a colour or a title coming from a scenario can never inject
 * markup into a texture).
 */

export type Attrs = Record<string, string | number | undefined>;

/** Round to two decimals and drop trailing zeros: same input, byte-identical output. */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${escapeXml(typeof v === 'number' ? fmt(v) : v)}"`;
  }
  return out;
}

/** An element; self-closing when it has no children. */
export function el(tag: string, a: Attrs = {}, children = ''): string {
  return children === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

/** A polyline as path data, "M x y L x y ...". */
function polyline(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`).join(' ');
}

/** A smooth path through points (Catmull-Rom turned into cubic Béziers): soft, hand-drawn limbs. */
export function smooth(points: ReadonlyArray<readonly [number, number]>, closed = false): string {
  const n = points.length;
  if (n < 3) return polyline(points);
  const at = (i: number) => (closed ? points[(i + n) % n] : points[Math.max(0, Math.min(n - 1, i))]);
  let out = `M${fmt(points[0][0])} ${fmt(points[0][1])}`;
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    out += ` C${fmt(c1x)} ${fmt(c1y)} ${fmt(c2x)} ${fmt(c2y)} ${fmt(p2[0])} ${fmt(p2[1])}`;
  }
  return closed ? out + ' Z' : out;
}

interface SvgDocOptions {
  width: number;
  height: number;
  /** Rendered size; defaults to the viewBox size. */
  pixelWidth?: number;
  pixelHeight?: number;
  /** Spoken by screen readers when the SVG is shown inline in the DOM layer. */
  title?: string;
  defs?: string;
  body: string;
}

export function svgDoc(o: SvgDocOptions): string {
  const title = o.title ? `<title>${escapeXml(o.title)}</title>` : '';
  const defs = o.defs ? `<defs>${o.defs}</defs>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fmt(o.width)} ${fmt(o.height)}"` +
    ` width="${fmt(o.pixelWidth ?? o.width)}" height="${fmt(o.pixelHeight ?? o.height)}"${o.title ? ' role="img"' : ''}>` +
    `${title}${defs}${o.body}</svg>`
  );
}

/** The way the Preload scene hands an SVG string to Phaser's loader (see index.ts). */
export function svgDataUrl(svg: string): string {
  return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}

// ---------------------------------------------------------------- colours

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isHex(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(r: number, g2: number, b: number): string {
  const c = (v: number) =>
    Math.round(Math.max(0, Math.min(255, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g2)}${c(b)}`;
}

/** Linear mix of two #rrggbb colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  return hex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

export const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);
/** Darken towards a warm deep plum rather than black: outlines stay friendly, never harsh. */
export const darken = (c: string, t: number): string => mix(c, '#2a1422', t);

/** Relative luminance (WCAG), to choose dark or light ink on a colour. */
export function luminance(c: string): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g2, b] = rgb(c);
  return 0.2126 * lin(r) + 0.7152 * lin(g2) + 0.0722 * lin(b);
}

// ---------------------------------------------------------------- shading and randomness

/** A soft radial shade, lit from the upper left: the one shading recipe of the whole cast. */
export function radialShade(id: string, colour: string, strength = 1): string {
  return el(
    'radialGradient',
    { id, cx: '0.35', cy: '0.3', r: '0.8', fx: '0.3', fy: '0.25' },
    el('stop', { offset: '0', 'stop-color': lighten(colour, 0.28 * strength) }) +
      el('stop', { offset: '0.55', 'stop-color': colour }) +
      el('stop', { offset: '1', 'stop-color': darken(colour, 0.16 * strength) }),
  );
}

export function linearGradient(id: string, stops: ReadonlyArray<readonly [number, string]>, vertical = true): string {
  return el(
    'linearGradient',
    { id, x1: '0', y1: '0', x2: vertical ? '0' : '1', y2: vertical ? '1' : '0' },
    stops.map(([o, c]) => el('stop', { offset: fmt(o), 'stop-color': c })).join(''),
  );
}

/** Seeded generator (mulberry32): scattered pebbles and bubbles land in the same place every time. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

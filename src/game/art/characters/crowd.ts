/**
 * The crowd token: a small huddle of voters standing for a group ("7 crabs"). It must read at
 * 32-48 px, so it keeps only what survives that size: a body shape per build, eyes on stalks,
 * two tiny claws, and an optional badge with the marker of the option the group prefers.
 */
import { candidateMarker } from '../palette.ts';
import { darken, el, fmt, svgDoc } from '../svg.ts';
import { resolveColours } from './character.ts';
import type { Species } from './types.ts';

type Build = 'wide' | 'tall' | 'cone' | 'round';

const BUILD: Record<Species, Build> = {
  crab: 'wide',
  'hermit-crab': 'round',
  'spider-crab': 'wide',
  'fiddler-crab': 'wide',
  'coconut-crab': 'wide',
  'porcelain-crab': 'wide',
  lobster: 'tall',
  langoustine: 'tall',
  crayfish: 'tall',
  'slipper-lobster': 'tall',
  shrimp: 'tall',
  prawn: 'tall',
  krill: 'tall',
  'mantis-shrimp': 'tall',
  barnacle: 'cone',
  isopod: 'round',
  copepod: 'round',
  amphipod: 'round',
};

interface CrowdOptions {
  species?: Species;
  palette?: string | readonly string[];
  /** How many heads to draw, 2 to 5 (it is a token, not a count). */
  count?: number;
  /** Show the marker of option i in a badge. */
  badge?: number;
  size?: number;
}

/** A round claw with its notch: a circle with a wedge cut out, opening upwards and outwards. */
function pincer(x: number, y: number, r: number, side: number, fill: string, edge: string): string {
  const a1 = ((side < 0 ? -125 : -55) - 24) * (Math.PI / 180);
  const a2 = ((side < 0 ? -125 : -55) + 24) * (Math.PI / 180);
  const p1 = `${fmt(x + Math.cos(a1) * r)} ${fmt(y + Math.sin(a1) * r)}`;
  const p2 = `${fmt(x + Math.cos(a2) * r)} ${fmt(y + Math.sin(a2) * r)}`;
  return el('path', {
    d: `M${fmt(x)} ${fmt(y)} L${p2} A${fmt(r)} ${fmt(r)} 0 1 1 ${p1} Z`,
    fill,
    stroke: edge,
    'stroke-width': fmt(3),
    'stroke-linejoin': 'round',
  });
}

function voter(x: number, y: number, s: number, build: Build, fill: string, edge: string): string {
  const o = { fill, stroke: edge, 'stroke-width': fmt(3.2), 'stroke-linejoin': 'round' };
  let out = '';
  // Stalked eyes, raised claws, a body and a smile: "a little crustacean" at any size.
  for (const side of [-1, 1]) {
    out += el('path', {
      d: `M${fmt(x + side * 5 * s)} ${fmt(y - 8 * s)} L${fmt(x + side * 9 * s)} ${fmt(y - 24 * s)}`,
      stroke: edge,
      'stroke-width': fmt(3.4 * s),
      'stroke-linecap': 'round',
    });
    out += el('path', {
      d: `M${fmt(x + side * 12 * s)} ${fmt(y - 2 * s)} L${fmt(x + side * 20 * s)} ${fmt(y - 12 * s)}`,
      stroke: edge,
      'stroke-width': fmt(3.4 * s),
      'stroke-linecap': 'round',
    });
    out += pincer(x + side * 21 * s, y - 15 * s, 7.5 * s, side, fill, edge);
  }
  if (build === 'wide') out += el('ellipse', { cx: x, cy: y, rx: 19 * s, ry: 13 * s, ...o });
  else if (build === 'tall') out += el('ellipse', { cx: x, cy: y - 1 * s, rx: 13 * s, ry: 16 * s, ...o });
  else if (build === 'cone')
    out += el('path', {
      d: `M${fmt(x - 16 * s)} ${fmt(y + 12 * s)} L${fmt(x - 9 * s)} ${fmt(y - 13 * s)} L${fmt(x + 9 * s)} ${fmt(y - 13 * s)} L${fmt(x + 16 * s)} ${fmt(y + 12 * s)} Z`,
      ...o,
    });
  else out += el('circle', { cx: x, cy: y, r: 15 * s, ...o });
  for (const side of [-1, 1]) {
    out += el('circle', {
      cx: x + side * 9 * s,
      cy: y - 27 * s,
      r: 6.5 * s,
      fill: '#ffffff',
      stroke: edge,
      'stroke-width': fmt(2.4),
    });
    out += el('circle', { cx: x + side * 9 * s, cy: y - 26.5 * s, r: 3.4 * s, fill: '#2b1d2e' });
  }
  out += el('path', {
    d: `M${fmt(x - 5 * s)} ${fmt(y + 1 * s)} Q${fmt(x)} ${fmt(y + 6 * s)} ${fmt(x + 5 * s)} ${fmt(y + 1 * s)}`,
    fill: 'none',
    stroke: edge,
    'stroke-width': fmt(2.6 * s),
    'stroke-linecap': 'round',
  });
  out += el('ellipse', { cx: x - 6 * s, cy: y - 6 * s, rx: 5 * s, ry: 2.5 * s, fill: '#ffffff', 'fill-opacity': 0.45 });
  return out;
}

export function crowdSvg(o: CrowdOptions = {}): string {
  const species = o.species ?? 'crab';
  const [shell, light] = resolveColours(species, o.palette);
  const edge = darken(shell, 0.68);
  const count = Math.max(2, Math.min(5, Math.floor(o.count ?? 3)));
  const build = BUILD[species] ?? 'round';
  // Back row first (smaller, paler), then the front row.
  const spots: Array<[number, number, number, string]> = [
    [38, 62, 1.05, light],
    [90, 62, 1.05, light],
    [64, 98, 1.3, shell],
    [34, 100, 1.1, shell],
    [94, 100, 1.1, shell],
  ];
  const chosen =
    count === 2
      ? [spots[0], spots[2]]
      : count === 3
        ? [spots[0], spots[1], spots[2]]
        : count === 4
          ? [spots[0], spots[1], spots[3], spots[4]]
          : spots;
  const order = [...chosen].sort((a, b) => a[1] - b[1]);
  let body = el('ellipse', { cx: 64, cy: 118, rx: 58, ry: 8, fill: '#2b1d2e', 'fill-opacity': 0.15 });
  for (const [x, y, s, fill] of order) body += voter(x, y, s, build, fill, edge);
  if (o.badge !== undefined) {
    body += el('circle', { cx: 106, cy: 22, r: 19, fill: '#ffffff', stroke: '#2b1d2e', 'stroke-width': 3 });
    body += candidateMarker(o.badge, 106, 22, 13);
  }
  const size = o.size ?? 128;
  return svgDoc({ width: 128, height: 128, pixelWidth: size, pixelHeight: size, body });
}

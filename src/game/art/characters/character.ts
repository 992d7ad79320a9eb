/**
 * crustaceanSvg: one character as an SVG string, from its species, colours, mood and accessory.
 * Layers, back to front: shadow, backpack, legs and tails, eye stalks, body, face, accessories.
 */
import { darken, el, isHex, lighten, radialShade, svgDoc } from '../svg.ts';
import { accessoryLayers } from './accessories.ts';
import { crab, fiddlerCrab, spiderCrab } from './crabs.ts';
import { coconutCrab, hermitCrab, porcelainCrab } from './crabs-more.ts';
import { eyeStalks, faceFeatures } from './face.ts';
import { crayfish, lobster, langoustine, slipperLobster } from './lobsters.ts';
import { amphipod, barnacle, copepod, isopod } from './small-folk.ts';
import { krill, mantisShrimp, prawn, shrimp } from './shrimps.ts';
import { type Accessory, CHARACTER_BOX, type Expression, type Paint, type Species, type SpeciesArt } from './types.ts';

const SPECIES_ART: Record<Species, SpeciesArt> = {
  crab,
  lobster,
  langoustine,
  shrimp,
  crayfish,
  'hermit-crab': hermitCrab,
  'spider-crab': spiderCrab,
  barnacle,
  prawn,
  krill,
  'fiddler-crab': fiddlerCrab,
  'mantis-shrimp': mantisShrimp,
  isopod,
  'coconut-crab': coconutCrab,
  'porcelain-crab': porcelainCrab,
  copepod,
  amphipod,
  'slipper-lobster': slipperLobster,
};

export interface CrustaceanOptions {
  species: Species;
  /**
   * A named variant of the species (see paletteNames), or the 1 to 3 "#rrggbb" colours of a
   * scenario character's look: [shell, light, accent]. Anything else falls back to the default.
   */
  palette?: string | readonly string[];
  expression?: Expression;
  accessory?: Accessory;
  /** Rendered size in pixels (the drawing is square); default 256. */
  size?: number;
  /** Accessible name, when the SVG is shown inline in the DOM layer. */
  title?: string;
}

export function paletteNames(species: Species): string[] {
  return Object.keys(SPECIES_ART[species].palettes);
}

/** The three base colours of a character; scenario colours are validated so they cannot inject markup. */
export function resolveColours(species: Species, palette?: string | readonly string[]): [string, string, string] {
  const variants = SPECIES_ART[species].palettes;
  const fallback = Object.values(variants)[0];
  if (typeof palette === 'string') {
    if (Object.hasOwn(variants, palette)) return [...variants[palette]];
    return isHex(palette) ? [palette, lighten(palette, 0.72), fallback[2]] : [...fallback];
  }
  if (palette && palette.length > 0 && isHex(palette[0])) {
    const shell = palette[0];
    const light = isHex(palette[1]) ? palette[1] : lighten(shell, 0.72);
    const accent = isHex(palette[2]) ? palette[2] : fallback[2];
    return [shell, light, accent];
  }
  return [...fallback];
}

/** Short stable hash (FNV-1a) for gradient ids: inline copies of different looks never clash. */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return 'c' + (h >>> 0).toString(36);
}

function makePaint(colours: readonly [string, string, string], id: string): { paint: Paint; defs: string } {
  const [shell, light, accent] = colours;
  const paint: Paint = {
    shell,
    light,
    accent,
    outline: darken(shell, 0.68),
    fill: { shell: `url(#${id}-s)`, light: `url(#${id}-l)`, accent: `url(#${id}-a)` },
    sw: 5,
  };
  const defs = radialShade(`${id}-s`, shell) + radialShade(`${id}-l`, light, 0.6) + radialShade(`${id}-a`, accent);
  return { paint, defs };
}

export function crustaceanSvg(o: CrustaceanOptions): string {
  const art = SPECIES_ART[o.species];
  if (!art) throw new Error(`Unknown species: ${String(o.species)}`);
  const expression = o.expression ?? 'neutral';
  const accessory = o.accessory ?? 'none';
  const colours = resolveColours(o.species, o.palette);
  const id = hashId(`${o.species}|${colours.join('')}|${expression}|${accessory}`);
  const { paint, defs } = makePaint(colours, id);
  const drawing = art.draw(paint);
  const acc = accessoryLayers(accessory, drawing.anchors, drawing.face, paint);
  const shadow = el('ellipse', { cx: 128, cy: 238, rx: 88, ry: 11, fill: '#2b1d2e', 'fill-opacity': 0.16 });
  const body =
    shadow +
    acc.back +
    drawing.back +
    eyeStalks(paint, drawing.face) +
    drawing.body +
    acc.mid +
    faceFeatures(paint, drawing.face, expression) +
    (drawing.front ?? '') +
    acc.front;
  const size = o.size ?? CHARACTER_BOX;
  return svgDoc({
    width: CHARACTER_BOX,
    height: CHARACTER_BOX,
    pixelWidth: size,
    pixelHeight: size,
    title: o.title,
    defs,
    body,
  });
}

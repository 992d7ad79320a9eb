/**
 * The art catalogue: every original asset of the game as an SVG string made by our code, with
 * the texture key and size the Preload scene needs. Nothing here imports Phaser or touches the
 * DOM, so it all runs (and is tested) in Node.
 *
 * How the Preload scene turns the catalogue into textures:
 *
 *   import { artCatalogue, characterTexture, svgDataUrl } from '../art/index.ts';
 *
 *   for (const a of artCatalogue()) {
 *     this.load.svg(a.key, svgDataUrl(a.svg()), { width: a.width, height: a.height });
 *   }
 *   // A scenario's cast, in the moods its chapter uses (generated on demand, not preloaded in
 *   // bulk: 18 species × 10 moods × looks would be too much texture memory):
 *   const t = characterTexture({ species: 'lobster', palette: look.colours, expression: 'happy', accessory: look.accessory }, 512);
 *   if (!this.textures.exists(t.key)) this.load.svg(t.key, svgDataUrl(t.svg()), { width: t.width, height: t.height });
 *
 * The width and height given to load.svg are the raster size: pass a larger size (× the device
 * pixel ratio) for crisp art on high-DPI screens; SVG scales without loss. svgDataUrl builds
 * 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg): no request leaves the origin.
 * Buttons, bubbles and panels are drawn with corners that can stay fixed while the middle stretches (ui/frames.ts).
 */
import { BACKGROUND_SIZE, BACKGROUNDS, type BackgroundName, backgroundSvg } from './backgrounds/index.ts';
import { type CrustaceanOptions, crustaceanSvg, resolveColours } from './characters/character.ts';
import { crowdSvg } from './characters/crowd.ts';
import { type Accessory, type Expression, SPECIES, type Species } from './characters/types.ts';
import { candidateMarkerSvg } from './palette.ts';
import { BALLOT_KINDS, type BallotKind, ballotBoxSvg, ballotPaperSvg, foldedBallotSvg } from './ui/ballots.ts';
import { conchSvg, pebbleSvg } from './ui/conch.ts';
import {
  BUBBLE_SIZE,
  BUTTON_SIZE,
  BUTTON_STATES,
  type ButtonState,
  buttonSvg,
  panelSvg,
  speechBubbleSvg,
} from './ui/frames.ts';
import { METHOD_FAMILIES, type MethodFamily, methodIconSvg, podiumSvg, seatSvg } from './ui/icons.ts';

export { svgDataUrl } from './svg.ts';
export { crustaceanSvg, paletteNames, resolveColours } from './characters/character.ts';
export { crowdSvg } from './characters/crowd.ts';
export { ACCESSORIES, EXPRESSIONS, SPECIES, type Expression, type Species } from './characters/types.ts';
export { BACKGROUNDS, BACKGROUND_SIZE, backgroundSvg, type BackgroundName } from './backgrounds/index.ts';
export * from './palette.ts';
export { BALLOT_KINDS, ballotBoxSvg, ballotPaperSvg, digitPath, foldedBallotSvg } from './ui/ballots.ts';
export { conchSvg, pebbleSvg } from './ui/conch.ts';
export { METHOD_FAMILIES, methodIconSvg, type MethodFamily } from './ui/icons.ts';

/** `{ name: 'prefix-name' }` with literal types, so a key typo is a compile error. */
function keysOf<const T extends readonly string[], const P extends string>(
  list: T,
  prefix: P,
): { readonly [K in T[number]]: `${P}-${K}` } {
  return Object.freeze(Object.fromEntries(list.map((n) => [n, `${prefix}-${n}`]))) as {
    readonly [K in T[number]]: `${P}-${K}`;
  };
}

const MARKER_INDEXES = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;

/** Texture keys of every catalogued asset. */
export const ArtKey = {
  background: keysOf(BACKGROUNDS, 'bg'),
  /** A neutral portrait of each species in its default colours (for groups, menus, the sandbox). */
  species: keysOf(SPECIES, 'species'),
  crowd: keysOf(SPECIES, 'crowd'),
  method: keysOf(METHOD_FAMILIES, 'method'),
  button: keysOf(BUTTON_STATES, 'button'),
  ballot: keysOf(BALLOT_KINDS, 'ballot'),
  /** Marker of the option at index i (colour + shape), and its council seat. */
  marker: keysOf(MARKER_INDEXES, 'marker'),
  seat: keysOf(MARKER_INDEXES, 'seat'),
  ui: {
    ballotBox: 'ui-ballot-box',
    ballotBoxFull: 'ui-ballot-box-full',
    ballotFolded: 'ui-ballot-folded',
    conch: 'ui-conch',
    conchFull: 'ui-conch-full',
    pebble: 'ui-pebble',
    podium: 'ui-podium',
    seatEmpty: 'ui-seat-empty',
    bubbleLeft: 'ui-bubble-left',
    bubbleRight: 'ui-bubble-right',
    bubblePlain: 'ui-bubble-plain',
    thoughtLeft: 'ui-thought-left',
    thoughtRight: 'ui-thought-right',
    panel: 'ui-panel',
    panelSea: 'ui-panel-sea',
  },
} as const;

type ArtGroup = 'background' | 'species' | 'crowd' | 'ui' | 'method' | 'marker';

interface ArtEntry {
  key: string;
  group: ArtGroup;
  /** Raster size to load at (scale up for high-DPI). */
  width: number;
  height: number;
  /** Built on demand: the catalogue itself is cheap to list. */
  svg: () => string;
}

const entry = (key: string, group: ArtGroup, width: number, height: number, svg: () => string): ArtEntry => ({
  key,
  group,
  width,
  height,
  svg,
});

/** Every static asset, in a stable order. */
export function artCatalogue(): ArtEntry[] {
  const out: ArtEntry[] = [];
  for (const b of BACKGROUNDS)
    out.push(
      entry(ArtKey.background[b], 'background', BACKGROUND_SIZE.width, BACKGROUND_SIZE.height, () =>
        backgroundSvg(b as BackgroundName),
      ),
    );
  for (const s of SPECIES) out.push(entry(ArtKey.species[s], 'species', 256, 256, () => crustaceanSvg({ species: s })));
  for (const s of SPECIES) out.push(entry(ArtKey.crowd[s], 'crowd', 128, 128, () => crowdSvg({ species: s })));
  for (const m of METHOD_FAMILIES)
    out.push(entry(ArtKey.method[m], 'method', 128, 128, () => methodIconSvg(m as MethodFamily)));
  for (const st of BUTTON_STATES)
    out.push(entry(ArtKey.button[st], 'ui', BUTTON_SIZE.width, BUTTON_SIZE.height, () => buttonSvg(st as ButtonState)));
  for (const k of BALLOT_KINDS)
    out.push(entry(ArtKey.ballot[k], 'ui', 200, 260, () => ballotPaperSvg({ kind: k as BallotKind })));
  MARKER_INDEXES.forEach((i) => {
    out.push(entry(ArtKey.marker[i], 'marker', 64, 64, () => candidateMarkerSvg(Number(i))));
    out.push(entry(ArtKey.seat[i], 'marker', 64, 64, () => seatSvg(Number(i))));
  });
  const ui = ArtKey.ui;
  const bw = BUBBLE_SIZE.width;
  const bh = BUBBLE_SIZE.height;
  out.push(
    entry(ui.ballotBox, 'ui', 256, 256, () => ballotBoxSvg()),
    entry(ui.ballotBoxFull, 'ui', 256, 256, () => ballotBoxSvg({ fill: 1 })),
    entry(ui.ballotFolded, 'ui', 120, 120, () => foldedBallotSvg()),
    entry(ui.conch, 'ui', 256, 256, () => conchSvg()),
    entry(ui.conchFull, 'ui', 256, 256, () => conchSvg({ full: true })),
    entry(ui.pebble, 'ui', 120, 120, () => pebbleSvg()),
    entry(ui.podium, 'ui', 256, 256, () => podiumSvg()),
    entry(ui.seatEmpty, 'ui', 64, 64, () => seatSvg()),
    entry(ui.bubbleLeft, 'ui', bw, bh, () => speechBubbleSvg({ tail: 'left' })),
    entry(ui.bubbleRight, 'ui', bw, bh, () => speechBubbleSvg({ tail: 'right' })),
    entry(ui.bubblePlain, 'ui', bw, bh, () => speechBubbleSvg({ tail: 'none' })),
    entry(ui.thoughtLeft, 'ui', bw, bh, () => speechBubbleSvg({ tail: 'left', kind: 'thought' })),
    entry(ui.thoughtRight, 'ui', bw, bh, () => speechBubbleSvg({ tail: 'right', kind: 'thought' })),
    entry(ui.panel, 'ui', 320, 220, () => panelSvg('paper')),
    entry(ui.panelSea, 'ui', 320, 220, () => panelSvg('sea')),
  );
  return out;
}

interface CharacterLook {
  species: Species;
  /** A palette name of the species, or a scenario look's colours. */
  palette?: string | readonly string[];
  expression?: Expression;
  accessory?: Accessory;
}

/**
 * A texture for one character in one mood, with a key derived from everything that changes the
 * drawing: the same look always gets the same key, so a scene can check textures.exists(key).
 */
export function characterTexture(look: CharacterLook, size = 256): ArtEntry {
  const colours = resolveColours(look.species, look.palette)
    .map((c) => c.slice(1).toLowerCase())
    .join('');
  const expression = look.expression ?? 'neutral';
  const accessory = look.accessory ?? 'none';
  const key = `chr-${look.species}-${colours}-${expression}-${accessory}-${size}`;
  const options: CrustaceanOptions = { species: look.species, palette: look.palette, expression, accessory, size };
  return entry(key, 'species', size, size, () => crustaceanSvg(options));
}

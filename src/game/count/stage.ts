/**
 * What the count scenes share on screen: the pen (text size), the art they need as textures,
 * the option legend, and the marks they leave on <body> for tests and the bench.
 */
import type Phaser from 'phaser';
import {
  ArtKey,
  characterTexture,
  crowdSvg,
  crustaceanSvg,
  ballotBoxSvg,
  foldedBallotSvg,
  backgroundSvg,
  type BackgroundName,
  type Species,
} from '../art/index.ts';
import { loadArt, type SvgArt } from '../ui/art-loader.ts';
import { display, reducedMotion } from '../ui/display.ts';
import type { ScenarioWords, VoterLook } from '../../scenario/words.ts';
import { drawMarker, write, type Pen } from './draw/kit.ts';

/**
 * Probe names (src/probe.ts): which count screen is ready, when every ballot is cast, the count's
 * step, and the step whose picture is whole (its animation over).
 */
export const CountBody = {
  ready: 'countReady',
  cast: 'cast',
  /** How the election screen opened its box: a vote `cast` ballot by ballot, or a `recount` of ballots already in it. */
  box: 'electionBox',
  step: 'countStep',
  drawn: 'countDrawn',
} as const;

export function penFor(scene: Phaser.Scene): Pen {
  return { scene, textSize: display().textSize };
}

export function animated(): boolean {
  return !reducedMotion();
}

export const BACKDROP: BackgroundName = 'reef-council';

export function backdropArt(): SvgArt {
  return { key: ArtKey.background[BACKDROP], width: 1280, height: 720, svg: () => backgroundSvg(BACKDROP) };
}

/** A voter takes this share of its grid cell (the rest is the gap between voters). */
export const VOTER_SHARE = 0.86;

/** The largest square cell (150 at most) that `n` voters could take in a w × h area. */
export function largestCell(w: number, h: number, n: number): number {
  return Math.min(150, Math.sqrt((w * h) / Math.max(1, n)));
}

/**
 * The raster size of the voters' textures for a crowd of `tokens` on the Election screen: about
 * their size on screen (a grid in roughly 860×500), never below: a big crowd's pictures decode
 * faster and take less memory than 128-pixel ones shrunk to 30.
 */
export function voterTextureSize(tokens: number): number {
  const onScreen = VOTER_SHARE * largestCell(860, 500, tokens);
  return [32, 48, 64, 96].find((px) => px >= onScreen) ?? 128;
}

/** The texture of a voter: a cast member in their own look, a group's crowd, or a lone voter. */
export function voterArt(look: VoterLook, count: number, size = 128): SvgArt {
  if (look.character) {
    const t = characterTexture(
      { species: look.species, palette: look.colours, accessory: look.accessory as never },
      size,
    );
    return { key: t.key, width: size, height: size, svg: t.svg };
  }
  const at = size === 128 ? '' : `@${size}`;
  if (count > 1)
    return {
      key: ArtKey.crowd[look.species] + at,
      width: size,
      height: size,
      svg: () => crowdSvg({ species: look.species }),
    };
  return {
    key: ArtKey.species[look.species as Species] + at,
    width: size,
    height: size,
    svg: () => crustaceanSvg({ species: look.species }),
  };
}

export const BOX_ART: readonly SvgArt[] = [
  { key: ArtKey.ui.ballotBox, width: 256, height: 256, svg: () => ballotBoxSvg() },
  { key: ArtKey.ui.ballotBoxFull, width: 256, height: 256, svg: () => ballotBoxSvg({ fill: 1 }) },
  { key: ArtKey.ui.ballotFolded, width: 120, height: 120, svg: () => foldedBallotSvg() },
];

export function loadCountArt(scene: Phaser.Scene, art: readonly SvgArt[]): Promise<void> {
  return loadArt(scene, art);
}

/** The options of the election in a row: marker (colour + shape) and name. */
export function drawLegend(
  pen: Pen,
  words: ScenarioWords,
  x: number,
  y: number,
  width: number,
  colour: string,
): number {
  const g = pen.scene.add.graphics();
  const n = words.candidates.length;
  const perRow = Math.min(n, width < 800 ? 2 : 4);
  const colW = width / Math.max(1, perRow);
  // A row is as tall as its tallest name: a name wrapped on two lines (large text, a phone held
  // sideways) pushes the next row down instead of running into the line above.
  let rowTop = y;
  for (let first = 0; first < n; first += perRow) {
    let rowH = 34;
    words.candidates.slice(first, first + perRow).forEach((c, k) => {
      const cx = x + k * colW;
      drawMarker(g, words.styleIndex(c), cx + 12, rowTop + 14, 12);
      const name = write(pen, cx + 32, rowTop, words.option(c), { size: 19, bold: true, colour, width: colW - 40 });
      // The first line is centred on the marker, as a single line always was.
      const lineH = name.height / Math.max(1, name.getWrappedText().length);
      name.setY(rowTop + 14 - lineH / 2);
      rowH = Math.max(rowH, 14 - lineH / 2 + name.height + 6);
    });
    rowTop += Math.ceil(rowH);
  }
  return rowTop - y;
}

/**
 * Work started before Phaser boots, so that it overlaps with parsing and starting the engine:
 * the fonts begin to download and the title's background begins to decode. The Preload scene
 * waits for both (and shows their progress) instead of starting them itself.
 */
import { backgroundSvg } from '../art/backgrounds/index.ts';
import { svgBase64Url } from '../ui/art-loader.ts';
import { FontFaces } from '../ui/theme.ts';

export interface EarlyLoads {
  /** Resolves when each font face is ready (or failed: a missing font falls back, never blocks). */
  readonly fonts: readonly Promise<unknown>[];
  /** The title background, decoded. */
  readonly titleImage: Promise<HTMLImageElement | undefined>;
}

let started: EarlyLoads | undefined;

export function startEarlyLoads(): EarlyLoads {
  if (started) return started;
  const fonts = FontFaces.map((face) => document.fonts.load(face).catch(() => undefined));
  const image = new Image();
  image.src = svgBase64Url(backgroundSvg('title'));
  const titleImage = image.decode().then(
    () => image,
    () => undefined,
  );
  started = { fonts, titleImage };
  return started;
}

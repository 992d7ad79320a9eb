/**
 * Work started before Phaser boots, so that it overlaps with parsing and starting the engine:
 * the fonts begin to download and the title's background begins to decode. The Preload scene
 * waits for both (and shows their progress) instead of starting them itself.
 */
import { backgroundSvg } from '../art/backgrounds/index.ts';
import { svgBase64Url } from '../ui/art-loader.ts';
import { FontFaces } from '../ui/theme.ts';

interface EarlyLoads {
  /** Resolves when each font face is ready (or failed: a missing font falls back, never blocks). */
  readonly fonts: readonly Promise<unknown>[];
  /** The title background, decoded. */
  readonly titleImage: Promise<HTMLImageElement | undefined>;
}

let started: EarlyLoads | undefined;

/** As wide as the screen shows it (1280 at most at 1×, 1920 on a dense screen): decoding and uploading less is faster. */
function titleRasterWidth(): number {
  const ratio = Math.min(1.5, Math.max(1, window.devicePixelRatio || 1));
  return Math.round(1280 * ratio);
}

/** The SVG's own pixel size (its viewBox keeps the drawing), so that the image decodes at that size. */
function rasterSize(svg: string, width: number): string {
  return svg.replace(/^(<svg[^>]*?)\swidth="([\d.]+)"\s+height="([\d.]+)"/, (_, head: string, w: string, h: string) => {
    const height = Math.round((width * Number(h)) / Number(w));
    return `${head} width="${width}" height="${height}"`;
  });
}

export function startEarlyLoads(): EarlyLoads {
  if (started) return started;
  const fonts = FontFaces.map((face) => document.fonts.load(face).catch(() => undefined));
  const image = new Image();
  image.src = svgBase64Url(rasterSize(backgroundSvg('title'), titleRasterWidth()));
  const titleImage = image.decode().then(
    () => image,
    () => undefined,
  );
  started = { fonts, titleImage };
  return started;
}

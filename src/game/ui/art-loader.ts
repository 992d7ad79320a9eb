/**
 * Turns SVG art (strings made by our code) into textures, on demand: a scene asks for what it is
 * about to show and waits for it. Data URLs: nothing is requested from the network. The raster
 * size follows the screen's pixel density (capped at 2×), so art stays crisp when scaled.
 */
import Phaser from 'phaser';

export interface SvgArt {
  readonly key: string;
  /** Raster size at 1× (multiplied by the pixel density). */
  readonly width: number;
  readonly height: number;
  readonly svg: () => string;
}

function artDensity(): number {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.min(2, Math.max(1, ratio));
}

/**
 * A base64 data URL: Phaser's loader decodes data URLs with atob and hands the result on as
 * text, so the art catalogue's percent-encoded URLs would not load. Characters beyond ASCII
 * (an accented title) become XML character references, which survive that trip unchanged.
 */
export function svgBase64Url(svg: string): string {
  const ascii = svg.replace(/[^\t\n\r\x20-\x7e]/gu, (c) => `&#${c.codePointAt(0)};`);
  return `data:image/svg+xml;base64,${btoa(ascii)}`;
}

/**
 * The Canvas renderer draws a texture with drawImage, and an SVG image is drawn from its vectors
 * each time: 300 voters cost 70 ms a frame. Drawn once into a canvas, they cost a blit each.
 * (WebGL uploads the picture once anyway.)
 */
export function rasterise(scene: Phaser.Scene, key: string): void {
  if (scene.sys.renderer.type !== Phaser.CANVAS || !scene.textures.exists(key)) return;
  const image = scene.textures.get(key).getSourceImage();
  if (!(image instanceof HTMLImageElement)) return;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth || image.width;
  canvas.height = image.naturalHeight || image.height;
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  scene.textures.remove(key);
  scene.textures.addCanvas(key, canvas);
}

const queues = new WeakMap<Phaser.Scene, Promise<void>>();

/** Loads the textures that do not exist yet; resolves once all of them can be drawn. */
export function loadArt(
  scene: Phaser.Scene,
  art: readonly SvgArt[],
  onProgress?: (share: number) => void,
): Promise<void> {
  const run = async (): Promise<void> => {
    const seen = new Set<string>();
    const missing = art.filter((a) => !scene.textures.exists(a.key) && !seen.has(a.key) && seen.add(a.key));
    if (missing.length === 0) return;
    const density = artDensity();
    await new Promise<void>((resolve) => {
      const load = scene.load;
      for (const a of missing) {
        load.svg(a.key, svgBase64Url(a.svg()), {
          width: Math.round(a.width * density),
          height: Math.round(a.height * density),
        });
      }
      if (onProgress) load.on('progress', onProgress);
      load.once('complete', () => {
        if (onProgress) load.off('progress', onProgress);
        for (const a of missing) rasterise(scene, a.key);
        resolve();
      });
      load.start();
    });
  };
  // One batch at a time per scene: Phaser's loader runs one queue.
  const next = (queues.get(scene) ?? Promise.resolve()).then(run, run);
  queues.set(scene, next);
  return next;
}

/** Shows an image at a given display size, whatever density its texture was rasterised at. */
export function sizeImage(image: Phaser.GameObjects.Image, width: number, height?: number): Phaser.GameObjects.Image {
  return image.setDisplaySize(width, height ?? (width * image.height) / image.width);
}

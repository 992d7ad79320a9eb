/**
 * The board as a PNG at the screen's own resolution: the 1280 × 720 frame is only what the game
 * lays out, and a projector shows it at 1920 × 1080 (or more). The board is drawn again, full
 * frame and off screen, with texts rendered at the larger density, into a render texture that
 * size; the screen's board is left as it is.
 */
import Phaser from 'phaser';
import { frame } from '../ui/layout.ts';
import type { BoardArea } from './board.ts';

/** Never beyond what every GPU holds in one texture. */
const MAX_SIDE = 4096;
const OFF_SCREEN = -100_000;

/** How many image pixels per frame pixel: the screen's pixels (at least the canvas's), never fewer than one. */
function imageScale(frameWidth: number, frameHeight: number): number {
  const dpr = window.devicePixelRatio || 1;
  const landscape = frameWidth >= frameHeight;
  const screenSide =
    (landscape
      ? Math.max(window.screen.width, window.screen.height)
      : Math.min(window.screen.width, window.screen.height)) * dpr;
  const canvasSide = (document.querySelector('#game canvas')?.getBoundingClientRect().width ?? frameWidth) * dpr;
  const k = Math.max(1, screenSide / frameWidth, canvasSide / frameWidth);
  return Math.min(k, MAX_SIDE / Math.max(frameWidth, frameHeight));
}

/** Draws the board (`draw` returns its objects) into an image k times the frame, then hands over the PNG. */
export function boardImage(
  scene: Phaser.Scene,
  draw: (area: BoardArea, resolution: number) => Phaser.GameObjects.GameObject[],
  done: (png: Blob) => void,
): void {
  const f = frame(scene);
  const k = imageScale(f.width, f.height);
  const width = Math.round(f.width * k);
  const height = Math.round(f.height * k);
  const objects = draw({ x: 0, y: 0, w: f.width, h: f.height }, k * (window.devicePixelRatio || 1));
  const holder = scene.add.container(OFF_SCREEN, 0, objects).setScale(k);
  const texture = scene.add.renderTexture(OFF_SCREEN, 0, width, height).setOrigin(0);
  texture.draw(holder, 0, 0);
  texture.render();
  const finish = () => {
    holder.destroy(true);
    texture.destroy();
  };
  // The Canvas renderer's snapshot is cut to the game canvas's size: its texture's own canvas
  // already holds the whole picture. WebGL reads the texture's framebuffer, at its full size.
  const own = (texture.texture as unknown as { canvas: HTMLCanvasElement | null }).canvas;
  if (own) {
    own.toBlob((blob) => {
      finish();
      if (blob) done(blob);
    }, 'image/png');
    return;
  }
  texture.snapshot((image) => {
    finish();
    if (!(image instanceof HTMLImageElement)) return;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')?.drawImage(image, 0, 0);
    canvas.toBlob((blob) => {
      if (blob) done(blob);
    }, 'image/png');
  });
}

/**
 * The game's logical size. Landscape screens get 1280 × 720 (16:9, scaled to fit: 1920 × 1080
 * is exactly 1.5×); a phone held upright gets a 720 × 1280 portrait frame, and each scene lays
 * itself out from `frame()`, never from fixed numbers.
 */
import type Phaser from 'phaser';
import type { Frame } from '../../present/frame.ts';

export const LANDSCAPE = { width: 1280, height: 720 } as const;
export const PORTRAIT = { width: 720, height: 1280 } as const;

/**
 * Chosen once, when the game starts. A portrait frame is 720 wide and as tall as the screen's
 * shape asks (9:16 to 9:20), so that tall phones are filled instead of letterboxed.
 */
export function gameSize(): { width: number; height: number } {
  if (typeof window === 'undefined') return LANDSCAPE;
  const { innerWidth: w, innerHeight: h } = window;
  if (h <= w * 1.15) return LANDSCAPE;
  return {
    width: PORTRAIT.width,
    height: Math.round(Math.min(1600, Math.max(PORTRAIT.height, (PORTRAIT.width * h) / w))),
  };
}

export type { Frame } from '../../present/frame.ts';

export function frame(scene: Phaser.Scene): Frame {
  const { width, height } = scene.scale;
  return { width, height, cx: width / 2, cy: height / 2, portrait: height > width };
}

import type Phaser from 'phaser';

/** Graphics takes Vector2 points but only reads their x and y: plain points will do. */
export function asPoints(points: readonly { x: number; y: number }[]): Phaser.Math.Vector2[] {
  return points as Phaser.Math.Vector2[];
}

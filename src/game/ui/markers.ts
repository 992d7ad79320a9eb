/**
 * The option markers of the palette (colour AND shape, src/game/art/palette.ts) drawn with
 * Graphics: for small legends that are not worth a texture. Shapes tell options apart even in
 * greyscale or on a washed-out projector.
 */
import type Phaser from 'phaser';
import { candidateStyle, type MarkerShape } from '../art/palette.ts';
import { asPoints } from './points.ts';
import { Colours } from './theme.ts';

function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}

function polygon(cx: number, cy: number, r: number, sides: number, rotation: number): { x: number; y: number }[] {
  return Array.from({ length: sides }, (_, k) => ({
    x: cx + r * Math.cos(rotation + (k * 2 * Math.PI) / sides),
    y: cy + r * Math.sin(rotation + (k * 2 * Math.PI) / sides),
  }));
}

function star(cx: number, cy: number, r: number): { x: number; y: number }[] {
  return Array.from({ length: 10 }, (_, k) => {
    const rr = k % 2 === 0 ? r : r * 0.46;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return { x: cx + rr * Math.cos(a), y: cy + rr * Math.sin(a) };
  });
}

function shapePoints(shape: MarkerShape, cx: number, cy: number, r: number): { x: number; y: number }[] | undefined {
  switch (shape) {
    case 'square':
      return polygon(cx, cy, r * 1.05, 4, Math.PI / 4);
    case 'triangle':
      return polygon(cx, cy + r * 0.14, r * 1.02, 3, -Math.PI / 2);
    case 'diamond':
      return [
        { x: cx, y: cy - r },
        { x: cx + r * 0.78, y: cy },
        { x: cx, y: cy + r },
        { x: cx - r * 0.78, y: cy },
      ];
    case 'star':
      return star(cx, cy + r * 0.06, r);
    case 'hexagon':
      return polygon(cx, cy, r * 0.92, 6, 0);
    case 'cross': {
      const a = r * 0.3;
      const b = r * 0.88;
      return [
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ].map(([x, y]) => ({ x: cx + x, y: cy + y }));
    }
    default:
      return undefined;
  }
}

/** The i-th option's marker centred on (cx, cy), fitting a circle of radius r. */
export function drawMarker(g: Phaser.GameObjects.Graphics, index: number, cx: number, cy: number, r: number): void {
  const style = candidateStyle(index);
  g.fillStyle(hex(style.colour), 1);
  g.lineStyle(Math.max(1.5, r * 0.16), Colours.ink, 1);
  if (style.shape === 'circle' || style.shape === 'ring') {
    g.fillCircle(cx, cy, r * 0.86);
    g.strokeCircle(cx, cy, r * 0.86);
    if (style.shape === 'ring') {
      g.fillStyle(Colours.panel, 1);
      g.fillCircle(cx, cy, r * 0.46);
      g.strokeCircle(cx, cy, r * 0.46);
    }
    return;
  }
  const points = shapePoints(style.shape, cx, cy, r) ?? [];
  g.fillPoints(asPoints(points), true);
  g.strokePoints(asPoints(points), true);
}

/**
 * The option markers of the palette (colour AND shape, src/game/art/palette.ts) drawn with
 * Graphics: for small legends that are not worth a texture. Shapes tell options apart even in
 * greyscale or on a washed-out projector. Their geometry is src/present/markers.ts.
 */
import type Phaser from 'phaser';
import { candidateStyle } from '../art/palette.ts';
import { markerOutline } from '../../present/markers.ts';
import { asPoints } from './points.ts';
import { Colours } from './theme.ts';

function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}

/** The i-th option's marker centred on (cx, cy), fitting a circle of radius r. */
export function drawMarker(g: Phaser.GameObjects.Graphics, index: number, cx: number, cy: number, r: number): void {
  const style = candidateStyle(index);
  g.fillStyle(hex(style.colour), 1);
  g.lineStyle(Math.max(1.5, r * 0.16), Colours.ink, 1);
  const outline = markerOutline(style.shape, r);
  if (outline.kind === 'round') {
    const [o, hole] = outline.radii;
    g.fillCircle(cx, cy, o);
    g.strokeCircle(cx, cy, o);
    if (hole !== undefined) {
      // The ring's hole in the panel's colour (a legend always sits on a panel).
      g.fillStyle(Colours.panel, 1);
      g.fillCircle(cx, cy, hole);
      g.strokeCircle(cx, cy, hole);
    }
    return;
  }
  const points = asPoints(outline.points.map((p) => ({ x: cx + p.x, y: cy + p.y })));
  g.fillPoints(points, true);
  g.strokePoints(points, true);
}

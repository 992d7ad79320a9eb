/**
 * Drawing helpers shared by the count charts: crisp text (resolution = devicePixelRatio, the
 * player's text size), and each option's marker shape drawn on a Graphics in its colour, so
 * that a chart never tells options apart by colour alone.
 */
import Phaser from 'phaser';
import { candidateStyle, UI, type MarkerShape } from '../../art/index.ts';
import { markerOutline, type MarkerPoint } from '../../../present/markers.ts';
import { Fonts, TextScale, type TextSize } from '../../ui/theme.ts';
import { pictogramCount, pictogramRadius } from './pictograms.ts';

export const hex = (colour: string): number => Number.parseInt(colour.replace('#', ''), 16);

export const Ink = {
  ink: hex(UI.ink),
  soft: hex(UI.inkSoft),
  paper: hex(UI.paper),
  shade: hex(UI.paperShade),
  sea: hex(UI.sea),
  deep: hex(UI.deepSea),
  gold: hex(UI.gold),
  kelp: hex(UI.kelp),
  coral: hex(UI.coral),
  focus: hex(UI.focus),
} as const;

export interface Pen {
  readonly scene: Phaser.Scene;
  readonly textSize: TextSize;
  /**
   * A further factor on every size, 1 unless said: the count screen on a phone held upright
   * draws its 720-wide frame at about half size, so its type is drawn larger (PORTRAIT_TYPE).
   */
  readonly scale?: number;
}

/** How much larger than its nominal size this pen draws type (text setting × screen). */
export function typeScale(pen: Pen): number {
  return TextScale[pen.textSize] * (pen.scale ?? 1);
}

export interface TextOptions {
  readonly size?: number;
  readonly colour?: string;
  readonly bold?: boolean;
  readonly width?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly title?: boolean;
}

/** A text object that stays sharp on high-DPI screens and follows the text-size setting. */
export function write(pen: Pen, x: number, y: number, text: string, o: TextOptions = {}): Phaser.GameObjects.Text {
  return pen.scene.add.text(x, y, text, {
    fontFamily: o.title ? Fonts.title : Fonts.text,
    fontSize: `${Math.round((o.size ?? 20) * typeScale(pen))}px`,
    fontStyle: o.bold ? 'bold' : 'normal',
    color: o.colour ?? UI.ink,
    align: o.align ?? 'left',
    resolution: Math.max(1, Math.min(3, window.devicePixelRatio || 1)),
    ...(o.width ? { wordWrap: { width: o.width, useAdvancedWrap: true } } : {}),
  });
}

function polygon(g: Phaser.GameObjects.Graphics, cx: number, cy: number, points: readonly MarkerPoint[]): void {
  const at = points.map((p) => new Phaser.Math.Vector2(cx + p.x, cy + p.y));
  g.fillPoints(at, true);
  g.strokePoints(at, true);
}

/** One marker shape, filled and outlined, fitting a circle of radius r (src/present/markers.ts). */
export function drawShape(
  g: Phaser.GameObjects.Graphics,
  shape: MarkerShape,
  cx: number,
  cy: number,
  r: number,
  fill: number,
  outline: number = Ink.ink,
): void {
  g.fillStyle(fill, 1);
  g.lineStyle(Math.max(1.5, r * 0.16), outline, 1);
  const drawn = markerOutline(shape, r);
  if (drawn.kind === 'polygon') return polygon(g, cx, cy, drawn.points);
  const [o, i] = drawn.radii;
  if (i === undefined) {
    g.fillCircle(cx, cy, o).strokeCircle(cx, cy, o);
    return;
  }
  // The ring: its band painted as one thick stroke, so that the hole shows what lies beneath.
  g.lineStyle(o - i, fill, 1).strokeCircle(cx, cy, (o + i) / 2);
  g.lineStyle(Math.max(1.5, r * 0.12), outline, 1)
    .strokeCircle(cx, cy, o)
    .strokeCircle(cx, cy, i);
}

/** The marker of option i (its colour and its shape). */
export function drawMarker(g: Phaser.GameObjects.Graphics, index: number, cx: number, cy: number, r: number): void {
  const s = candidateStyle(index);
  drawShape(g, s.shape, cx, cy, r, hex(s.colour));
}

export function optionColour(index: number): number {
  return hex(candidateStyle(index).colour);
}

/** A paper panel with a soft shadow, the frame of every chart. */
export function panel(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  fill: number = Ink.paper,
): void {
  g.fillStyle(0x000000, 0.22).fillRoundedRect(x + 4, y + 6, w, h, 18);
  g.fillStyle(fill, 1).fillRoundedRect(x, y, w, h, 18);
  g.lineStyle(3, Ink.soft, 1).strokeRoundedRect(x, y, w, h, 18);
}

/**
 * A bar in an option's colour. `units`: the bar counts that many ballots, and carries one
 * shape of the option per ballot when they fit (pictogramCount); returns how many it drew.
 */
export function drawBar(
  g: Phaser.GameObjects.Graphics,
  index: number,
  x: number,
  y: number,
  w: number,
  h: number,
  faded = false,
  units?: number,
): number {
  if (w < 1) return 0; // an empty bar draws nothing, not a stray outline
  const s = candidateStyle(index);
  const alpha = faded ? 0.35 : 1;
  g.fillStyle(hex(s.colour), alpha).fillRoundedRect(x, y, Math.max(w, 0.01), h, Math.min(8, h / 3, Math.max(w, 1) / 2));
  g.lineStyle(2, Ink.ink, alpha).strokeRoundedRect(x, y, Math.max(w, 0.01), h, Math.min(8, h / 3, Math.max(w, 1) / 2));
  // The shape inside the bar survives greyscale and projectors; one stands for one ballot.
  const shapes = pictogramCount(units, w, h);
  if (shapes === 0) return 0;
  const r = pictogramRadius(h);
  const step = (w - 6 - 2 * r) / Math.max(1, shapes - 1);
  const inkColour = hex(s.ink);
  for (let k = 0; k < shapes; k++)
    drawShape(
      g,
      s.shape,
      x + 3 + r + (shapes === 1 ? 0 : k * Math.min(step, 3.2 * r)),
      y + h / 2,
      r,
      inkColour,
      inkColour,
    );
  return shapes;
}

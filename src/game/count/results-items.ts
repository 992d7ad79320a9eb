/**
 * The comparison screen's pieces, each measured at a column's width before it is placed
 * (flow-pages.ts places them): a group's header, a row of method chips, a fact or a reason.
 * Sizes are in the frame's pixels before the text-size setting: 17 is 25.5 px on a 1920 × 1080
 * projector (the 1280 × 720 frame drawn 1.5×), above the 24 px a room reads from its seats.
 */
import type Phaser from 'phaser';
import { Button } from '../ui/button.ts';
import type { BoxRect } from '../ui/text-boxes.ts';
import { drawMarker, Ink, write, type Pen } from './draw/kit.ts';
import { Fonts, px } from '../ui/theme.ts';

interface Drawn {
  readonly objects: Phaser.GameObjects.GameObject[];
  readonly buttons: readonly { readonly method: string; readonly button: Button }[];
}

export interface ComparisonItem {
  readonly keepWithNext?: boolean;
  /** A heading's "(continued)" line, drawn atop a column or page its section runs on into. */
  readonly continued?: ComparisonItem;
  /** Methods whose chips this item draws (to open the page that holds one). */
  readonly methods?: readonly string[];
  /** Its height at width w, gap below included. */
  measure(w: number): number;
  draw(x: number, y: number, w: number, within: BoxRect): Drawn;
}

/** The type sizes: a phone held upright shows the 720-wide frame at about half size. */
export function typeSizes(portrait: boolean): { body: number; heading: number; header: number; chip: number } {
  const k = portrait ? 1.5 : 1;
  return { body: 17 * k, heading: 21 * k, header: 19 * k, chip: 17 * k };
}

const GAP = 8;

/** Measures a text as it would be drawn, then takes it away. */
function probe(pen: Pen, text: string, size: number, width: number, bold = false): number {
  const t = write(pen, 0, 0, text, { size, width, bold });
  const h = t.height;
  t.destroy();
  return h;
}

/** A line of text a pupil reads (a fact, a reason, a heading), on a shaded band when `shade`. */
export function textItem(
  pen: Pen,
  text: string,
  o: { size: number; bold?: boolean; shade?: boolean; keepWithNext?: boolean; colour?: string },
): ComparisonItem {
  return {
    keepWithNext: o.keepWithNext,
    measure: (w) => probe(pen, text, o.size, w, o.bold) + GAP,
    draw: (x, y, w, within) => {
      const objects: Phaser.GameObjects.GameObject[] = [];
      const t = write(pen, x, y, text, {
        size: o.size,
        bold: o.bold,
        width: w,
        ...(o.colour ? { colour: o.colour } : {}),
      })
        .setName('pupil')
        .setData('within', within);
      if (o.shade) {
        const g = pen.scene.add.graphics();
        g.fillStyle(Ink.shade, 1).fillRect(within.x - 8, y - GAP / 2, within.w + 16, t.height + GAP);
        t.setDepth(1);
        objects.push(g);
      }
      objects.push(t);
      return { objects, buttons: [] };
    },
  };
}

/** A group's header: the winners' markers (three at most, else the names alone) and its label. */
export function headerItem(
  pen: Pen,
  label: string,
  markers: readonly number[],
  size: number,
  rule: boolean,
): ComparisonItem {
  const shown = markers.length <= 3 ? markers : [];
  const r = Math.round(size * 0.62);
  const markersW = shown.length * (2 * r + 6) + (shown.length > 0 ? 6 : 0);
  return {
    keepWithNext: true,
    measure: (w) => Math.max(2 * r, probe(pen, label, size, w - markersW, true)) + GAP + (rule ? 8 : 0),
    draw: (x, y, w, within) => {
      const g = pen.scene.add.graphics();
      const top = rule ? y + 8 : y;
      // The rule parts two groups in one column; a group at a column's top needs none.
      if (rule && y > within.y + 1) g.lineStyle(2, Ink.shade, 1).lineBetween(x, y + 2, x + w, y + 2);
      shown.forEach((index, i) => drawMarker(g, index, x + r + i * (2 * r + 6), top + size * 0.7, r));
      const t = write(pen, x + markersW, top, label, { size, bold: true, width: w - markersW })
        .setName('pupil')
        .setData('within', within);
      return { objects: [g, t], buttons: [] };
    },
  };
}

export interface Chip {
  readonly method: string;
  readonly label: string;
  readonly ariaLabel: string;
  readonly winners: string;
  readonly onActivate: () => void;
}

/**
 * A row of method chips (buttons), as tall as their longest label wrapped at the chip's width:
 * the button never has to shrink its caption below the size given.
 */
export function chipRow(pen: Pen, chips: readonly Chip[], cols: number, size: number): ComparisonItem {
  const chipW = (w: number) => (w - (cols - 1) * 10) / cols;
  const height = (w: number) => {
    const textW = chipW(w) - 40;
    // The button wraps between words only, at its own width less its margins.
    const tallest = Math.max(...chips.map((c) => probeCaption(pen, c.label, size, textW)));
    return Math.max(48, tallest + 22);
  };
  return {
    methods: chips.map((c) => c.method),
    measure: (w) => height(w) + GAP,
    draw: (x, y, w) => {
      const h = height(w);
      const cw = chipW(w);
      const buttons = chips.map((c, i) => {
        const button = new Button(pen.scene, {
          x: x + i * (cw + 10) + cw / 2,
          y: y + h / 2,
          width: cw,
          height: h,
          fontSize: size,
          textSize: pen.textSize,
          label: c.label,
          ariaLabel: c.ariaLabel,
          onActivate: c.onActivate,
          id: `results.method.${c.method}`,
        });
        button.control.element.dataset.winners = c.winners;
        button.control.element.dataset.method = c.method;
        return { method: c.method, button };
      });
      return { objects: buttons.map((b) => b.button), buttons };
    },
  };
}

/** A button caption's height (word wrap without breaking words, as Button draws it). */
function probeCaption(pen: Pen, label: string, size: number, width: number): number {
  const t = pen.scene.add.text(0, 0, label, {
    fontFamily: Fonts.text,
    fontSize: px(size, pen.textSize),
    wordWrap: { width, useAdvancedWrap: false },
  });
  const h = t.height;
  t.destroy();
  return h;
}

/**
 * Texts on the canvas: our fonts, the player's text size, drawn at the screen's pixel density.
 * Scenario and message texts are set as plain text: Phaser's Text never interprets markup.
 */
import { largestFitting } from './give-way.ts';
import type Phaser from 'phaser';
import { display } from './display.ts';
import { Colours, Fonts, px, textResolution } from './theme.ts';

interface TextOptions {
  /** Size in pixels at the normal text size. */
  readonly size?: number;
  readonly font?: keyof typeof Fonts;
  readonly color?: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  /** Wrap width in pixels. */
  readonly wrap?: number;
  readonly origin?: readonly [number, number];
  readonly shadow?: boolean;
  readonly lineSpacing?: number;
  /** A logo or a number on a fixed-size shape: does not follow the text-size setting. */
  readonly fixedSize?: boolean;
}

export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  options: TextOptions = {},
): Phaser.GameObjects.Text {
  const object = scene.add.text(x, y, text, {
    fontFamily: Fonts[options.font ?? 'text'],
    fontSize: px(options.size ?? 24, options.fixedSize ? 'normal' : display().textSize),
    fontStyle: options.bold ? 'bold' : '',
    color: options.color ?? Colours.text,
    align: options.align ?? 'left',
    resolution: textResolution(),
    ...(options.wrap ? { wordWrap: { width: options.wrap, useAdvancedWrap: true } } : {}),
  });
  if (options.lineSpacing !== undefined) object.setLineSpacing(options.lineSpacing);
  if (options.origin) object.setOrigin(options.origin[0], options.origin[1]);
  if (options.shadow) object.setShadow(0, 2, 'rgba(0,0,0,0.45)', 4, false, true);
  return object;
}

/** Shrinks a text's font until it fits the given height (long translations, large text size). */
export function fitHeight(text: Phaser.GameObjects.Text, maxHeight: number, minSize = 14): void {
  const size = parseInt(String(text.style.fontSize), 10);
  if (text.height <= maxHeight || size <= minSize) return;
  text.setFontSize(largestFitting(size - 1, minSize, (s) => text.setFontSize(s).height <= maxHeight));
}

/**
 * A list of choices: numbered buttons (the number is drawn, so a choice is never told by colour),
 * reachable by Tab, the arrow keys, the digit keys 1–9, a click or a touch. The list's a11y scope
 * goes on top while it is shown, so that the keyboard stays in it.
 */
import { digitOf, gameKey } from '../../present/keys.ts';
import type Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { Button } from './button.ts';
import { touchHitSize } from './touch.ts';
import { display } from './display.ts';
import { Colours, Fonts, TextScale, textResolution } from './theme.ts';

interface ChoiceListOptions {
  readonly x: number;
  /** The bottom of the list: it grows upwards from there. */
  readonly bottom: number;
  /** The highest the list may reach: a long list gets shorter rows (and smaller text) to fit. */
  readonly top?: number;
  readonly width: number;
  readonly choices: readonly string[];
  readonly onPick: (index: number) => void;
  /** An extra last choice (give up, back): picked with index -1. */
  readonly extra?: string;
  readonly scope: string;
  readonly onEscape?: () => void;
  /** Prefix of the DOM twins' ids: `choice.1`, `choice.2`… and `choice.extra`. */
  readonly idPrefix?: string;
}

export class ChoiceList {
  readonly buttons: Button[] = [];
  private readonly keyListener: (event: KeyboardEvent) => void;
  private picked = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: ChoiceListOptions,
  ) {
    const prefix = options.idPrefix ?? 'choice';
    const labels = [...options.choices, ...(options.extra !== undefined ? [options.extra] : [])];
    const size = display().textSize;
    const gap = labels.length > 5 ? 8 : 12;
    const room = options.bottom - (options.top ?? -Infinity) + gap;
    const height = Math.max(
      40,
      Math.min(size === 'normal' ? 58 : size === 'large' ? 66 : 76, room / labels.length - gap),
    );
    // On a touch screen the rows stand a finger's size apart, so their hit areas never meet.
    const pitch = Math.max(height + gap, touchHitSize(scene.scale));
    const top = options.bottom - labels.length * pitch + (pitch - height);
    labels.forEach((label, i) => {
      const extra = options.extra !== undefined && i === labels.length - 1;
      const number = extra ? '' : `${i + 1}`;
      this.buttons.push(
        new Button(scene, {
          x: options.x,
          y: top + i * pitch + height / 2,
          width: options.width,
          height,
          label,
          align: 'left',
          fontSize: 24,
          scope: options.scope,
          id: extra ? `${prefix}.extra` : `${prefix}.${i + 1}`,
          ariaLabel: extra ? label : `${number}. ${label}`,
          icon: (g, x, y) => drawNumberBadge(scene, g, x, y, number),
          onActivate: () => this.pick(extra ? -1 : i),
        }),
      );
    });
    a11y().enter(options.scope, { arrows: true, onEscape: options.onEscape, deliberate: true });
    this.keyListener = (event) => {
      const n = digitOf(gameKey(event.key));
      if (n !== undefined && n <= options.choices.length && a11y().top === options.scope && !a11y().heldOver(event)) {
        event.preventDefault();
        this.pick(n - 1);
      }
    };
    window.addEventListener('keydown', this.keyListener);
    this.buttons[0]?.focus();
  }

  private pick(index: number): void {
    if (this.picked) return;
    this.picked = true;
    this.options.onPick(index);
  }

  get top(): number {
    return this.buttons.length === 0 ? this.options.bottom : this.buttons[0].y - this.buttons[0].height / 2;
  }

  destroy(): void {
    window.removeEventListener('keydown', this.keyListener);
    for (const b of this.buttons) b.destroy();
    this.buttons.length = 0;
    a11y().clear(this.options.scope);
  }
}

/** A round badge with the choice's number (or an arrow for the extra choice). */
function drawNumberBadge(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  number: string,
): void {
  // The number follows the text size (a phone's floor raises it), and the badge grows around it,
  // up to the icon's room in the button (48 px).
  const fontSize = Math.round(20 * TextScale[display().textSize]);
  const radius = Math.min(22, Math.max(17, Math.round(fontSize * 0.72)));
  g.fillStyle(Colours.sea, 1);
  g.fillCircle(x, y, radius);
  g.lineStyle(2, Colours.ink, 1);
  g.strokeCircle(x, y, radius);
  if (number === '') {
    g.lineStyle(4, Colours.foam, 1);
    g.beginPath();
    g.moveTo(x + 6, y - 8);
    g.lineTo(x - 4, y);
    g.lineTo(x + 6, y + 8);
    g.strokePath();
    return;
  }
  const label = scene.add
    .text(x, y, number, {
      fontFamily: Fonts.text,
      fontSize: `${fontSize}px`,
      fontStyle: 'bold',
      color: Colours.textOnDark,
      resolution: textResolution(),
    })
    .setOrigin(0.5);
  // The badge text belongs to the button's container, drawn above the badge.
  g.parentContainer?.add(label);
  g.once('destroy', () => label.destroy());
}

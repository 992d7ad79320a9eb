import Phaser from 'phaser';
import { largestFitting } from './give-way.ts';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { display } from './display.ts';
import { touchHitSize } from './touch.ts';
import { Colours, Fonts, px, textResolution, type TextSize } from './theme.ts';

interface ButtonOptions {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly onActivate: () => void;
  readonly width?: number;
  readonly height?: number;
  readonly textSize?: TextSize;
  /** Font size at the normal text size. */
  readonly fontSize?: number;
  /** Stable id for tests (`data-control` on the DOM twin). */
  readonly id?: string;
  /** An icon or shape drawn at the left of the label (colour is never the only cue). */
  readonly icon?: (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;
  /** A toggle: drawn pressed, and `aria-pressed` on the DOM twin. */
  readonly pressed?: boolean;
  /** The a11y scope of the DOM twin; the scene's key by default. */
  readonly scope?: string;
  /** A longer label for screen readers (the canvas shows `label`). */
  readonly ariaLabel?: string;
  readonly align?: 'center' | 'left';
  readonly tone?: 'paper' | 'sea';
}

/**
 * A canvas button with a DOM twin in the a11y layer: pointer, touch, keyboard (Tab, Enter,
 * Space) and screen readers all reach the same action. The focus ring is drawn on the canvas
 * when the DOM twin has the focus.
 */
export class Button extends Phaser.GameObjects.Container {
  readonly control: A11yControl;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly boxWidth: number;
  private readonly boxHeight: number;
  private readonly tone: 'paper' | 'sea';
  private focused = false;
  private hovered = false;
  private pressed: boolean | undefined;
  private disabled = false;

  constructor(scene: Phaser.Scene, options: ButtonOptions) {
    super(scene, options.x, options.y);
    this.boxWidth = options.width ?? 360;
    this.boxHeight = options.height ?? 64;
    this.tone = options.tone ?? 'paper';
    this.pressed = options.pressed;
    this.frame = scene.add.graphics();
    const left = options.align === 'left';
    const iconSpace = options.icon ? 48 : 0;
    // A toggle keeps room at the right for its tick.
    const tickSpace = options.pressed !== undefined ? 36 : 0;
    const x = left ? -this.boxWidth / 2 + 20 + iconSpace : (iconSpace - tickSpace) / 2;
    this.caption = scene.add
      .text(x, 0, options.label, {
        fontFamily: Fonts.text,
        fontSize: px(options.fontSize ?? 26, options.textSize ?? display().textSize),
        color: this.tone === 'sea' ? Colours.textOnDark : Colours.text,
        align: left ? 'left' : 'center',
        resolution: textResolution(),
        // Lines break between words only; a word too long for the button shrinks the text instead.
        wordWrap: { width: this.boxWidth - 32 - iconSpace - tickSpace, useAdvancedWrap: false },
      })
      .setOrigin(left ? 0 : 0.5, 0.5);
    // A long translation or a large text size must still fit the button.
    const size = parseInt(String(this.caption.style.fontSize), 10);
    const fits = () =>
      this.caption.height <= this.boxHeight - 8 && this.caption.width <= this.boxWidth - 24 - iconSpace - tickSpace;
    if (!fits() && size > 14)
      this.caption.setFontSize(largestFitting(size - 1, 14, (s) => (this.caption.setFontSize(s), fits())));
    this.add([this.frame, this.caption]);
    if (options.icon) {
      const icon = scene.add.graphics();
      this.add(icon); // first, so that an icon may add its own texts to the button
      options.icon(icon, -this.boxWidth / 2 + 34, 0);
    }
    this.setSize(this.boxWidth, this.boxHeight);
    // On a touch screen the hit area reaches a finger's size around a smaller drawn shape; it is
    // held from the box's top-left corner, hence the offsets.
    const reach = touchHitSize(scene.scale);
    const hitW = Math.max(this.boxWidth, reach);
    const hitH = Math.max(this.boxHeight, reach);
    this.setInteractive({
      useHandCursor: true,
      hitArea: new Phaser.Geom.Rectangle((this.boxWidth - hitW) / 2, (this.boxHeight - hitH) / 2, hitW, hitH),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
    });
    this.on('pointerover', () => this.setHover(true));
    this.on('pointerout', () => this.setHover(false));
    this.on('pointerup', () => {
      if (!this.disabled) options.onActivate();
    });
    this.control = a11y().addControl({
      label: options.ariaLabel ?? options.label,
      id: options.id,
      pressed: options.pressed,
      scope: options.scope ?? scene.scene.key,
      onActivate: () => {
        if (!this.disabled) options.onActivate();
      },
      onFocus: () => this.setFocus(true),
      onBlur: () => this.setFocus(false),
    });
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.control.remove());
    this.draw();
    scene.add.existing(this);
  }

  setLabel(label: string): this {
    this.caption.setText(label);
    this.control.setLabel(label);
    return this;
  }

  setPressed(pressed: boolean): this {
    this.pressed = pressed;
    this.control.setPressed(pressed);
    this.draw();
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    this.control.setDisabled(disabled);
    this.setAlpha(disabled ? 0.5 : 1);
    return this;
  }

  focus(): this {
    this.control.focus();
    return this;
  }

  private setHover(value: boolean): void {
    this.hovered = value;
    this.draw();
  }

  private setFocus(value: boolean): void {
    this.focused = value;
    this.draw();
  }

  private draw(): void {
    const g = this.frame;
    const w = this.boxWidth;
    const h = this.boxHeight;
    const lit = this.hovered || this.focused;
    g.clear();
    if (this.focused) {
      g.lineStyle(6, Colours.focus, 1);
      g.strokeRoundedRect(-w / 2 - 7, -h / 2 - 7, w + 14, h + 14, 20);
    }
    g.fillStyle(0x000000, 0.25);
    g.fillRoundedRect(-w / 2 + 3, -h / 2 + 5, w, h, 16);
    const fill = this.tone === 'sea' ? (lit ? Colours.seaLight : Colours.sea) : lit ? 0xffffff : Colours.panel;
    g.fillStyle(this.pressed ? Colours.sand : fill, 1);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 16);
    g.lineStyle(this.pressed ? 5 : 3, this.pressed ? Colours.ink : Colours.panelEdge, 1);
    g.strokeRoundedRect(-w / 2, -h / 2, w, h, 16);
    if (this.pressed) {
      // A tick at the right: the chosen toggle is not shown by colour alone.
      const x = w / 2 - 26;
      g.lineStyle(5, Colours.ink, 1);
      g.beginPath();
      g.moveTo(x - 9, 0);
      g.lineTo(x - 2, 8);
      g.lineTo(x + 10, -9);
      g.strokePath();
    }
  }
}

/**
 * A chapter's sign on the coast: a wooden board on a post with the chapter's number, a tick
 * when the chapter is finished (a shape, not a colour), and a DOM twin that says which chapter
 * it opens. Focused by Tab or by walking up to it; Enter, a click or a touch goes in.
 */
import Phaser from 'phaser';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { addText } from './text.ts';
import { Colours } from './theme.ts';
import { touchHitSize } from './touch.ts';

interface SignOptions {
  readonly x: number;
  readonly y: number;
  /** The chapter's number, or a mark for a chapter without one (a teacher's file). */
  readonly number: number | string;
  readonly done: boolean;
  readonly label: string;
  readonly id: string;
  readonly onActivate: () => void;
  /** The sign took the keyboard's focus (Tab): the coast walks the crab to it. */
  readonly onFocus?: () => void;
}

export class Sign extends Phaser.GameObjects.Container {
  readonly control: A11yControl;
  private readonly board: Phaser.GameObjects.Graphics;
  private focused = false;

  constructor(
    scene: Phaser.Scene,
    private readonly options: SignOptions,
  ) {
    super(scene, options.x, options.y);
    this.board = scene.add.graphics();
    const number = addText(scene, 0, -34, String(options.number), {
      size: 24,
      bold: true,
      color: Colours.textOnDark,
      origin: [0.5, 0.5],
      // The board has a fixed size: the number does not follow the text-size setting. At 24 px it
      // still reads at 12 CSS px on a phone held sideways (the surface shown at half size).
      fixedSize: true,
    });
    this.add([this.board, number]);
    this.setSize(44, 70);
    // The board and its post span x −22…22, y −56…14 around the container's place; the hit area is
    // held from the container's top-left corner (−22, −35), and grows to a finger's size on touch.
    const reach = touchHitSize(scene.scale);
    const w = Math.max(44, reach);
    const h = Math.max(70, reach);
    this.setInteractive({
      useHandCursor: true,
      hitArea: new Phaser.Geom.Rectangle(22 - w / 2, 14 - h / 2, w, h),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
    });
    this.on('pointerup', () => options.onActivate());
    this.control = a11y().addControl({
      label: options.label,
      id: options.id,
      scope: scene.scene.key,
      onActivate: options.onActivate,
      onFocus: () => {
        this.setFocus(true);
        options.onFocus?.();
      },
      onBlur: () => this.setFocus(false),
    });
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.control.remove());
    this.draw();
    scene.add.existing(this);
  }

  focus(): void {
    this.control.focus();
  }

  private setFocus(value: boolean): void {
    this.focused = value;
    this.draw();
  }

  private draw(): void {
    const g = this.board;
    g.clear();
    if (this.focused) {
      g.lineStyle(5, Colours.focus, 1);
      g.strokeRoundedRect(-30, -60, 60, 76, 12);
    }
    g.fillStyle(0x5c3a1c, 1);
    g.fillRect(-3, -20, 6, 30);
    g.fillStyle(Colours.panelEdge, 1);
    g.fillRoundedRect(-20, -52, 40, 36, 6);
    g.lineStyle(3, 0x3d2a16, 1);
    g.strokeRoundedRect(-20, -52, 40, 36, 6);
    if (this.options.done) {
      // A tick in a white disc at the board's corner: finished.
      g.fillStyle(Colours.foam, 1);
      g.fillCircle(18, -52, 10);
      g.lineStyle(3, Colours.ink, 1);
      g.strokeCircle(18, -52, 10);
      g.beginPath();
      g.moveTo(13, -52);
      g.lineTo(17, -47);
      g.lineTo(24, -57);
      g.strokePath();
    }
  }
}

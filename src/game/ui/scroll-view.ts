/**
 * A screen taller than its frame (the settings on a phone, where each row is a finger's height and
 * the text is raised): the scene's camera scrolls over it by touch drag, the mouse wheel, and the
 * keyboard, whose focused control is always brought into view. A thin bar at the right says how
 * much lies above and below. A press that ended a drag is not a press.
 */
import type Phaser from 'phaser';
import { Colours } from './theme.ts';

/** How far a finger moves before a press becomes a drag, in game px. */
const DRAG_START = 14;
/** The room kept around a focused control brought into view. */
const MARGIN = 24;

export class ScrollView {
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  private readonly bar: Phaser.GameObjects.Graphics | undefined;
  private readonly most: number;
  private dragged = false;
  private held = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly contentHeight: number,
  ) {
    this.camera = scene.cameras.main;
    const { width, height } = scene.scale;
    this.most = Math.max(0, Math.ceil(contentHeight - height));
    if (this.most === 0) return;
    this.camera.setBounds(0, 0, width, contentHeight);
    let down: { y: number; scroll: number } | undefined;
    scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      down = { y: p.y, scroll: this.camera.scrollY };
      this.dragged = false;
    });
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (!down || !p.isDown || this.held) return;
      if (Math.abs(p.y - down.y) > DRAG_START) this.dragged = true;
      if (this.dragged) this.scrollTo(down.scroll - (p.y - down.y));
    });
    scene.input.on('pointerup', () => {
      down = undefined;
      // The buttons hear the same release first; forget the drag only after them.
      scene.time.delayedCall(0, () => (this.dragged = false));
    });
    scene.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) => {
      if (!this.held) this.scrollTo(this.camera.scrollY + dy);
    });
    this.bar = scene.add.graphics().setScrollFactor(0).setDepth(800);
    this.drawBar();
  }

  /** Whether the content is taller than the frame. */
  get scrolls(): boolean {
    return this.most > 0;
  }

  /** Whether the press being released ended a drag (then it presses nothing). */
  get dragging(): boolean {
    return this.dragged;
  }

  /**
   * Scrolls back to the top and stops following the finger and the wheel, while a card drawn on
   * the frame lies over the rows; returns what lets them scroll again, where they were.
   */
  hold(): () => void {
    const was = this.camera.scrollY;
    this.held = true;
    this.scrollTo(0);
    return () => {
      this.held = false;
      this.scrollTo(was);
    };
  }

  /** Brings the band from `top` to `bottom` (world px) into view, moving as little as possible. */
  show(top: number, bottom: number): void {
    if (this.held) return;
    const view = this.scene.scale.height;
    const y = this.camera.scrollY;
    if (top - MARGIN < y) this.scrollTo(top - MARGIN);
    else if (bottom + MARGIN > y + view) this.scrollTo(Math.min(top - MARGIN, bottom + MARGIN - view));
  }

  /** Keeps a control in view whenever its DOM twin takes the keyboard's focus. */
  follow(element: HTMLElement, top: number, bottom: number): void {
    if (!this.scrolls) return;
    element.addEventListener('focus', () => this.show(top, bottom));
  }

  private scrollTo(y: number): void {
    this.camera.setScroll(0, Math.max(0, Math.min(this.most, Math.round(y))));
    this.drawBar();
  }

  private drawBar(): void {
    const g = this.bar;
    if (!g) return;
    const { width, height } = this.scene.scale;
    const track = height - 40;
    const thumb = Math.max(60, (track * height) / this.contentHeight);
    const at = 20 + ((track - thumb) * this.camera.scrollY) / this.most;
    g.clear();
    g.fillStyle(Colours.ink, 0.18);
    g.fillRoundedRect(width - 14, 20, 8, track, 4);
    g.fillStyle(Colours.ink, 0.7);
    g.fillRoundedRect(width - 14, at, 8, thumb, 4);
  }
}

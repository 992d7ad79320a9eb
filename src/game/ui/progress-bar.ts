/** A progress bar (loading, a chapter's progress) with its value also given as text. */
import type Phaser from 'phaser';
import { Colours } from './theme.ts';

export class ProgressBar {
  private readonly g: Phaser.GameObjects.Graphics;
  private value = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    private readonly height = 28,
  ) {
    this.g = scene.add.graphics();
    this.draw();
  }

  get object(): Phaser.GameObjects.Graphics {
    return this.g;
  }

  /** 0 to 1. */
  set(value: number): void {
    this.value = Math.max(0, Math.min(1, value));
    this.draw();
  }

  private draw(): void {
    const { g, x, y, width: w, height: h } = this;
    const r = h / 2;
    g.clear();
    g.fillStyle(Colours.seaDeep, 1);
    g.fillRoundedRect(x - w / 2, y - h / 2, w, h, r);
    if (this.value > 0) {
      g.fillStyle(Colours.sand, 1);
      g.fillRoundedRect(x - w / 2 + 4, y - h / 2 + 4, Math.max(h - 8, (w - 8) * this.value), h - 8, r - 4);
    }
    g.lineStyle(3, Colours.foam, 0.9);
    g.strokeRoundedRect(x - w / 2, y - h / 2, w, h, r);
  }

  destroy(): void {
    this.g.destroy();
  }
}

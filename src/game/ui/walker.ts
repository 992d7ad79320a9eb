/**
 * The player's hermit crab on the map: walks with the arrow keys or WASD (ZQSD on a French
 * keyboard: the keys are read by position), towards a clicked or touched point, or along a
 * tween to a place when the story moves. With reduced motion it arrives at once.
 */
import Phaser from 'phaser';
import { motion } from './display.ts';

const SPEED = 280; // pixels per second

export class Walker {
  readonly sprite: Phaser.GameObjects.Container;
  private target: { x: number; y: number } | undefined;
  private readonly keys:
    Record<'up' | 'down' | 'left' | 'right' | 'w' | 's' | 'a' | 'd', Phaser.Input.Keyboard.Key> | undefined;
  private tween: Phaser.Tweens.Tween | undefined;
  private bob = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly bounds: Phaser.Geom.Rectangle,
  ) {
    this.sprite = scene.add.container(x, y);
    const kb = scene.input.keyboard;
    // Physical positions (event.code): W A S D on QWERTY are Z Q S D on AZERTY.
    this.keys = kb
      ? {
          up: kb.addKey(Phaser.Input.Keyboard.KeyCodes.UP, false),
          down: kb.addKey(Phaser.Input.Keyboard.KeyCodes.DOWN, false),
          left: kb.addKey(Phaser.Input.Keyboard.KeyCodes.LEFT, false),
          right: kb.addKey(Phaser.Input.Keyboard.KeyCodes.RIGHT, false),
          w: kb.addKey(Phaser.Input.Keyboard.KeyCodes.W, false),
          s: kb.addKey(Phaser.Input.Keyboard.KeyCodes.S, false),
          a: kb.addKey(Phaser.Input.Keyboard.KeyCodes.A, false),
          d: kb.addKey(Phaser.Input.Keyboard.KeyCodes.D, false),
        }
      : undefined;
  }

  /** Adds the crab's picture (once its texture is ready). */
  dress(texture: string, size: number): void {
    const image = this.scene.add.image(0, 0, texture).setOrigin(0.5, 0.9);
    image.setDisplaySize(size, size);
    this.sprite.add(image);
  }

  walkTowards(x: number, y: number): void {
    this.tween?.stop();
    this.target = {
      x: Phaser.Math.Clamp(x, this.bounds.left, this.bounds.right),
      y: Phaser.Math.Clamp(y, this.bounds.top, this.bounds.bottom),
    };
  }

  /** Walks to a point along a tween; resolves on arrival. */
  walkTo(x: number, y: number): Promise<void> {
    this.target = undefined;
    this.tween?.stop();
    const distance = Phaser.Math.Distance.Between(this.sprite.x, this.sprite.y, x, y);
    const duration = motion(Math.min(1400, (distance / SPEED) * 1000));
    if (duration === 0 || distance < 2) {
      this.sprite.setPosition(x, y);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.tween = this.scene.tweens.add({
        targets: this.sprite,
        x,
        y,
        duration,
        ease: 'Sine.easeInOut',
        onComplete: () => resolve(),
        onStop: () => resolve(),
      });
    });
  }

  /** Moves by the keys held and towards the clicked target; returns true when it moved. */
  update(deltaMs: number): boolean {
    const k = this.keys;
    let dx = 0;
    let dy = 0;
    if (k) {
      dx = (k.right.isDown || k.d.isDown ? 1 : 0) - (k.left.isDown || k.a.isDown ? 1 : 0);
      dy = (k.down.isDown || k.s.isDown ? 1 : 0) - (k.up.isDown || k.w.isDown ? 1 : 0);
    }
    if (dx !== 0 || dy !== 0) this.target = undefined;
    else if (this.target) {
      const tx = this.target.x - this.sprite.x;
      const ty = this.target.y - this.sprite.y;
      const d = Math.hypot(tx, ty);
      if (d < 4) this.target = undefined;
      else {
        dx = tx / d;
        dy = ty / d;
      }
    }
    if (dx === 0 && dy === 0) return false;
    const length = Math.hypot(dx, dy);
    const step = (SPEED * deltaMs) / 1000;
    const b = this.bounds;
    this.sprite.x = Phaser.Math.Clamp(this.sprite.x + (dx / length) * step, b.left, b.right);
    this.sprite.y = Phaser.Math.Clamp(this.sprite.y + (dy / length) * step, b.top, b.bottom);
    this.sprite.setScale(dx < 0 ? -1 : dx > 0 ? 1 : this.sprite.scaleX, 1);
    this.bob += deltaMs;
    if (motion(1) > 0) this.sprite.angle = Math.sin(this.bob / 60) * 4;
    return true;
  }
}

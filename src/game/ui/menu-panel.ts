/**
 * A modal menu: a veil, a card with a title and a column of buttons, its own a11y scope on top
 * (Tab stays inside; Escape closes it). Used for the pause menu, confirmations and notices.
 */
import type Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { Button } from './button.ts';
import { touchHitSize } from './touch.ts';
import { frame } from './layout.ts';
import { addPanel, addVeil } from './panel.ts';
import { addText } from './text.ts';

interface MenuItem {
  readonly label: string;
  readonly id?: string;
  readonly onActivate: () => void;
}

interface MenuPanelOptions {
  readonly title: string;
  readonly body?: string;
  /** A list in the body (problems in a file) reads better from the left, in a smaller size. */
  readonly bodyAlign?: 'center' | 'left';
  readonly bodySize?: number;
  readonly items: readonly MenuItem[];
  /** Escape: usually the same as the "back" item. */
  readonly onEscape?: () => void;
  readonly scope: string;
}

export class MenuPanel {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly scope: string;

  constructor(scene: Phaser.Scene, options: MenuPanelOptions) {
    this.scope = options.scope;
    const f = frame(scene);
    const width = Math.min(f.width - 60, 640);
    this.objects.push(addVeil(scene).setDepth(900));
    const title = addText(scene, f.cx, 0, options.title, {
      size: 34,
      font: 'title',
      bold: true,
      align: 'center',
      wrap: width - 60,
      origin: [0.5, 0],
    });
    const left = options.bodyAlign === 'left';
    const body = options.body
      ? addText(scene, left ? f.cx - width / 2 + 30 : f.cx, 0, options.body, {
          size: options.bodySize ?? 24,
          align: left ? 'left' : 'center',
          wrap: width - 60,
          origin: [left ? 0 : 0.5, 0],
        })
      : undefined;
    const itemHeight = 62;
    // On a touch screen the buttons stand a finger's size apart, so that their hit areas never meet.
    const gap = Math.max(16, touchHitSize(scene.scale) - itemHeight);
    const height =
      48 + title.height + (body ? body.height + 20 : 0) + 28 + options.items.length * (itemHeight + gap) + 24;
    const top = f.cy - height / 2;
    const card = addPanel(scene, f.cx, f.cy, width, height);
    title.setY(top + 36);
    body?.setY(title.y + title.height + 20);
    let y = (body ? body.y + body.height : title.y + title.height) + 28 + itemHeight / 2;
    this.objects.push(card, title, ...(body ? [body] : []));
    for (const item of options.items) {
      this.objects.push(
        new Button(scene, {
          x: f.cx,
          y,
          width: width - 120,
          height: itemHeight,
          label: item.label,
          id: item.id,
          scope: options.scope,
          onActivate: item.onActivate,
        }),
      );
      y += itemHeight + gap;
    }
    // Above the scene, in this order: the veil, the card, its texts and buttons.
    this.objects.forEach((o, i) =>
      (o as unknown as Phaser.GameObjects.Components.Depth).setDepth?.(i === 0 ? 900 : o === card ? 901 : 902),
    );
    a11y().enter(options.scope, { arrows: true, onEscape: options.onEscape });
    a11y().announce([options.title, ...(options.body ? [options.body] : [])]);
    a11y().focusFirst(options.scope);
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.objects.length = 0;
    a11y().clear(this.scope);
  }
}

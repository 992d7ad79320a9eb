/**
 * A block of buttons laid out in rows inside a rectangle (each one a canvas button with its
 * DOM twin, src/game/ui/button.ts). The scene relabels and disables them as the state changes.
 */
import type Phaser from 'phaser';
import { Button } from '../ui/button.ts';
import type { Rect } from '../../present/sandbox/layout.ts';

interface ToolSpec {
  readonly id: string;
  readonly label: string;
  readonly onActivate: () => void;
  readonly pressed?: boolean;
  /** Columns the button takes (long labels). */
  readonly span?: number;
}

export class Toolbar {
  readonly buttons = new Map<string, Button>();

  constructor(scene: Phaser.Scene, rect: Rect, specs: readonly ToolSpec[], perRow: number) {
    const gap = 8;
    // Rows of `perRow` columns; a button with a span takes several.
    const rows: ToolSpec[][] = [[]];
    let used = 0;
    for (const spec of specs) {
      const span = spec.span ?? 1;
      if (used + span > perRow) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1].push(spec);
      used += span;
    }
    const height = Math.min(48, (rect.h - gap * (rows.length - 1)) / rows.length);
    rows.forEach((row, r) => {
      const columns = row.reduce((n, s) => n + (s.span ?? 1), 0);
      const unit = (rect.w - gap * (columns - 1)) / columns;
      let x = rect.x;
      for (const spec of row) {
        const width = unit * (spec.span ?? 1) + gap * ((spec.span ?? 1) - 1);
        const button = new Button(scene, {
          x: x + width / 2,
          y: rect.y + r * (height + gap) + height / 2,
          width,
          height,
          fontSize: 15,
          label: spec.label,
          id: spec.id,
          onActivate: spec.onActivate,
          ...(spec.pressed !== undefined ? { pressed: spec.pressed } : {}),
        });
        this.buttons.set(spec.id, button);
        x += width + gap;
      }
    });
  }

  label(id: string, label: string): void {
    const button = this.buttons.get(id);
    if (button && button.control.element.textContent !== label) button.setLabel(label);
  }

  enable(id: string, enabled: boolean): void {
    const button = this.buttons.get(id);
    if (button && button.control.element.disabled === enabled) button.setDisabled(!enabled);
  }

  pressed(id: string, pressed: boolean): void {
    this.buttons.get(id)?.setPressed(pressed);
  }
}

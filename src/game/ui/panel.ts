/** Panels: the paper card that holds menus, dialogue and notices, and a dimming veil. */
import type Phaser from 'phaser';
import { Colours } from './theme.ts';

interface PanelOptions {
  readonly tone?: 'paper' | 'sea';
  readonly radius?: number;
  readonly alpha?: number;
}

/** A rounded card with a soft shadow, drawn centred on (x, y). */
export function drawPanel(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  width: number,
  height: number,
  options: PanelOptions = {},
): Phaser.GameObjects.Graphics {
  const r = options.radius ?? 22;
  const left = x - width / 2;
  const top = y - height / 2;
  g.fillStyle(Colours.shade, 0.28);
  g.fillRoundedRect(left + 4, top + 8, width, height, r);
  g.fillStyle(options.tone === 'sea' ? Colours.sea : Colours.panel, options.alpha ?? 1);
  g.fillRoundedRect(left, top, width, height, r);
  g.lineStyle(4, options.tone === 'sea' ? Colours.seaLight : Colours.panelEdge, 1);
  g.strokeRoundedRect(left, top, width, height, r);
  return g;
}

export function addPanel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  options: PanelOptions = {},
): Phaser.GameObjects.Graphics {
  return drawPanel(scene.add.graphics(), x, y, width, height, options);
}

/** A full-screen veil that also swallows clicks meant for what lies under an overlay. */
export function addVeil(scene: Phaser.Scene, alpha = 0.55): Phaser.GameObjects.Rectangle {
  const { width, height } = scene.scale;
  return scene.add.rectangle(width / 2, height / 2, width, height, Colours.seaDeep, alpha).setInteractive();
}

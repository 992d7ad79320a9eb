/**
 * The opinion plane on the canvas: its grid and named axes, each crowd as a disc (its spread)
 * with its members as dots and a portrait at its centre, each flag as a pole with a flag in its
 * colour AND its marker shape, and a focus ring on the selected item. It only draws: the scene
 * owns the state and turns pointer positions into moves.
 */
import Phaser from 'phaser';
import { ArtKey } from '../art/index.ts';
import { drawMarker, Ink, optionColour } from '../count/draw/kit.ts';
import { sizeImage } from '../ui/art-loader.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { crowdPoints } from '../../sandbox/crowd.ts';
import type { Lang } from '../../i18n/format.ts';
import type { ItemRef, SandboxCrowd, SandboxState } from '../../sandbox/model.ts';
import { toScreen, unit, type PlaneBox } from '../../present/sandbox/layout.ts';
import { itemKey } from '../../present/sandbox/items.ts';
import { t } from '../../i18n/index.ts';

export const Depth = { ground: 0, yee: 1, lattice: 2, crowds: 3, portraits: 4, flags: 5, labels: 6, focus: 7 } as const;

export function crowdArt(crowd: Pick<SandboxCrowd, 'species' | 'size'>): string {
  return crowd.size === 1 ? ArtKey.species[crowd.species] : ArtKey.crowd[crowd.species];
}

export class PlaneView {
  private readonly ground: Phaser.GameObjects.Graphics;
  private readonly items: Phaser.GameObjects.Graphics;
  private readonly flagsLayer: Phaser.GameObjects.Graphics;
  private readonly focus: Phaser.GameObjects.Graphics;
  private readonly axisTexts: Phaser.GameObjects.Text[] = [];
  private readonly portraits = new Map<string, Phaser.GameObjects.Image>();
  private readonly labels = new Map<string, Phaser.GameObjects.Text>();

  constructor(
    private readonly scene: Phaser.Scene,
    readonly box: PlaneBox,
  ) {
    this.ground = scene.add.graphics().setDepth(Depth.ground);
    this.items = scene.add.graphics().setDepth(Depth.crowds);
    this.flagsLayer = scene.add.graphics().setDepth(Depth.flags);
    this.focus = scene.add.graphics().setDepth(Depth.focus);
  }

  /** The paper, the grid every 10 units and the axis names. */
  drawGround(axes: readonly string[]): void {
    const { x, y, w, h, dimensions } = this.box;
    const g = this.ground.clear();
    g.fillStyle(0x000000, 0.25).fillRoundedRect(x - 10, y - 6, w + 24, h + 20, 14);
    g.fillStyle(Colours.panel, 1).fillRoundedRect(x - 12, y - 10, w + 24, h + 20, 14);
    g.lineStyle(1, Colours.sandDark, 0.8);
    for (let k = 0; k <= 10; k++) {
      const gx = x + (k * w) / 10;
      g.lineBetween(gx, y, gx, y + h);
      if (dimensions === 2) g.lineBetween(x, y + (k * h) / 10, x + w, y + (k * h) / 10);
    }
    g.lineStyle(3, Colours.ink, 1);
    if (dimensions === 2) g.strokeRect(x, y, w, h);
    else g.lineBetween(x, y + h / 2, x + w, y + h / 2);
    for (const t of this.axisTexts.splice(0)) t.destroy();
    this.axisTexts.push(
      addText(this.scene, x + w / 2, y + h + 8, `→ ${axes[0] ?? ''}`, {
        size: 16,
        color: Colours.textOnDark,
        origin: [0.5, 0],
        bold: true,
      }),
    );
    if (dimensions === 2) {
      this.axisTexts.push(
        addText(this.scene, x - 26, y + h / 2, `→ ${axes[1] ?? ''}`, {
          size: 16,
          color: Colours.textOnDark,
          origin: [0.5, 0.5],
          bold: true,
        }).setAngle(-90),
      );
    }
  }

  draw(state: SandboxState, selected: string | undefined, yeeFlag: string | undefined, language: Lang): void {
    const box = this.box;
    const u = unit(box);
    const g = this.items.clear();
    const seen = new Set<string>();
    for (const crowd of state.crowds) {
      const at = toScreen(box, crowd.centre);
      const key = itemKey({ kind: 'crowd', id: crowd.id });
      seen.add(key);
      if (crowd.spread > 0) {
        g.fillStyle(Colours.seaLight, 0.16).lineStyle(2, Colours.seaLight, 0.9);
        if (box.dimensions === 2) g.fillCircle(at.x, at.y, crowd.spread * u).strokeCircle(at.x, at.y, crowd.spread * u);
        else
          g.fillRect(at.x - crowd.spread * u, at.y - 26, 2 * crowd.spread * u, 52).strokeRect(
            at.x - crowd.spread * u,
            at.y - 26,
            2 * crowd.spread * u,
            52,
          );
      }
      g.fillStyle(Colours.ink, 0.75);
      for (const p of crowdPoints(crowd, box.dimensions)) {
        const d = toScreen(box, p.position);
        g.fillCircle(d.x, d.y, Math.min(7, 1.6 + Math.sqrt(p.count) * 0.9));
      }
      this.portrait(key, crowd, at.x, at.y);
      // A declared strategy is shown where it acts, when strategies are on.
      const strategy = state.strategies && crowd.strategy ? t(`sandbox.strategy.${crowd.strategy}`, {}, language) : '';
      const label = [crowd.size === 1 ? '' : `×${crowd.size}`, strategy].filter(Boolean).join(' · ');
      this.label(key, label, at.x, at.y + 22, Colours.text, 14, 0.5);
    }
    const f = this.flagsLayer.clear();
    state.flags.forEach((flag, i) => {
      const at = toScreen(box, flag.position);
      const key = itemKey({ kind: 'flag', id: flag.id });
      seen.add(key);
      const moving = flag.id === yeeFlag;
      // The pole stands on the flag's exact position: its foot is the point that counts.
      f.lineStyle(3, Ink.ink, 1).lineBetween(at.x, at.y, at.x, at.y - 40);
      f.fillStyle(optionColour(i), 1).lineStyle(2, Ink.ink, 1);
      f.fillRect(at.x, at.y - 40, 34, 22).strokeRect(at.x, at.y - 40, 34, 22);
      drawMarker(f, i, at.x + 17, at.y - 29, 8);
      f.fillStyle(Ink.ink, 1).fillCircle(at.x, at.y, moving ? 6 : 4);
      // Near the right edge the name goes to the left of the pole, inside the plane.
      const right = at.x < box.x + box.w * 0.66;
      this.label(key, flag.name[language], right ? at.x + 38 : at.x - 6, at.y - 40, Colours.text, 15, right ? 0 : 1);
    });
    this.separateFlagLabels(state);
    for (const [key, image] of this.portraits) {
      if (seen.has(key)) continue;
      image.destroy();
      this.portraits.delete(key);
    }
    for (const [key, text] of this.labels) {
      if (seen.has(key)) continue;
      text.destroy();
      this.labels.delete(key);
    }
    this.drawFocus(state, selected);
  }

  private portrait(key: string, crowd: SandboxCrowd, x: number, y: number): void {
    const texture = crowdArt(crowd);
    let image = this.portraits.get(key);
    if (image && image.texture.key !== texture) {
      image.destroy();
      image = undefined;
    }
    if (!image) {
      if (!this.scene.textures.exists(texture)) return;
      image = sizeImage(this.scene.add.image(x, y, texture), crowd.size === 1 ? 40 : 46).setDepth(Depth.portraits);
      this.portraits.set(key, image);
    }
    image.setPosition(x, y);
  }

  private label(key: string, text: string, x: number, y: number, colour: string, size: number, anchor: number): void {
    let label = this.labels.get(key);
    if (!label) {
      label = addText(this.scene, x, y, text, { size, color: colour, bold: true }).setDepth(Depth.labels);
      label.setBackgroundColor('rgba(255,246,230,0.85)').setPadding(3, 1, 3, 1);
      this.labels.set(key, label);
    }
    if (label.text !== text) label.setText(text);
    label.setVisible(label.text !== '');
    label.setPosition(x - label.width * anchor, y);
  }

  /** Flags close together would print their names over each other: later ones move up a line. */
  private separateFlagLabels(state: SandboxState): void {
    const placed: { x: number; y: number; w: number; h: number }[] = [];
    const box = (t: Phaser.GameObjects.Text) => ({ x: t.x, y: t.y, w: t.width, h: t.height });
    const overlaps = (a: { x: number; y: number; w: number; h: number }) =>
      placed.some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h);
    for (const flag of state.flags) {
      const label = this.labels.get(itemKey({ kind: 'flag', id: flag.id }));
      if (!label) continue;
      for (let tries = 0; tries < 4 && overlaps(box(label)); tries++) label.setY(label.y - 22);
      placed.push(box(label));
    }
  }

  private drawFocus(state: SandboxState, selected: string | undefined): void {
    const g = this.focus.clear();
    if (!selected) return;
    const [kind, id] = selected.split(':') as ['flag' | 'crowd', string];
    const where =
      kind === 'flag' ? state.flags.find((f) => f.id === id)?.position : state.crowds.find((c) => c.id === id)?.centre;
    if (!where) return;
    const at = toScreen(this.box, where);
    g.lineStyle(5, Colours.focus, 1);
    if (kind === 'flag') g.strokeRoundedRect(at.x - 12, at.y - 50, 60, 62, 10);
    else g.strokeCircle(at.x, at.y, 32);
  }

  /** The item under a screen point: flags first (they are small), then the nearest crowd centre. */
  hit(state: SandboxState, x: number, y: number): ItemRef | undefined {
    let best: { ref: ItemRef; d: number } | undefined;
    for (const flag of state.flags) {
      const at = toScreen(this.box, flag.position);
      const inFlag = x >= at.x - 12 && x <= at.x + 40 && y >= at.y - 46 && y <= at.y + 10;
      const d = Math.hypot(x - at.x, y - at.y);
      if ((inFlag || d < 22) && (!best || d < best.d)) best = { ref: { kind: 'flag', id: flag.id }, d };
    }
    if (best) return best.ref;
    for (const crowd of state.crowds) {
      const at = toScreen(this.box, crowd.centre);
      const d = Math.hypot(x - at.x, y - at.y);
      if (d < 30 && (!best || d < best.d)) best = { ref: { kind: 'crowd', id: crowd.id }, d };
    }
    return best?.ref;
  }

  contains(x: number, y: number): boolean {
    const { x: bx, y: by, w, h } = this.box;
    return x >= bx - 20 && x <= bx + w + 40 && y >= by - 50 && y <= by + h + 20;
  }

  destroy(): void {
    for (const o of [
      this.ground,
      this.items,
      this.flagsLayer,
      this.focus,
      ...this.axisTexts,
      ...this.portraits.values(),
      ...this.labels.values(),
    ])
      o.destroy();
    this.portraits.clear();
    this.labels.clear();
  }
}

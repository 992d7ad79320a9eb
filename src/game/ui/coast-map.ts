/**
 * The map of L'Anse-aux-Pinces, drawn by our code: the sea and the breakers, the shore, the
 * dune and its lagoon, the rock pools, the harbour with its wreck, the kelp forest offshore and
 * the Council Rocks on their islet. Flat shapes only, so it draws the same in WebGL and Canvas.
 */
import type Phaser from 'phaser';
import { PATHS, PLACE_AT, type CoastPlace, type MapPoint } from '../../present/flow/world.ts';
import { asPoints } from './points.ts';
import { Colours } from './theme.ts';

const SHORE: readonly MapPoint[] = [
  { x: 0, y: 0.46 },
  { x: 0.1, y: 0.49 },
  { x: 0.25, y: 0.52 },
  { x: 0.36, y: 0.5 },
  { x: 0.46, y: 0.47 },
  { x: 0.56, y: 0.45 },
  { x: 0.64, y: 0.42 },
  { x: 0.71, y: 0.35 },
  { x: 0.76, y: 0.22 },
  { x: 0.79, y: 0.1 },
  { x: 0.8, y: 0 },
];

export class CoastMap {
  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  /** Map units (0–1) to pixels. */
  at(p: MapPoint): { x: number; y: number } {
    return { x: p.x * this.width, y: p.y * this.height };
  }

  place(id: CoastPlace): { x: number; y: number } {
    return this.at(PLACE_AT[id]);
  }

  /** Pixels back to map units (for clicks and touches). */
  toMap(x: number, y: number): MapPoint {
    return { x: x / this.width, y: y / this.height };
  }

  draw(g: Phaser.GameObjects.Graphics): void {
    const { width: w, height: h } = this;
    const s = Math.min(w, h) / 720;
    // Sea, darker offshore: bands instead of a gradient (gradients are WebGL-only).
    const bands = [0x1d4e6b, 0x215a78, 0x256685, 0x2a7290];
    bands.forEach((c, i) => {
      g.fillStyle(c, 1);
      g.fillRect(0, (i * h * 0.5) / bands.length, w, h);
    });
    this.waves(g, s);
    // Shallows along the shore, then the land.
    g.fillStyle(0x57a7b8, 1);
    g.fillPoints(this.shape(SHORE.map((p) => ({ x: p.x - 0.02, y: p.y - 0.035 }))), true);
    g.fillStyle(Colours.sand, 1);
    g.fillPoints(this.shape(SHORE), true);
    g.lineStyle(6 * s, Colours.foam, 0.85);
    g.strokePoints(asPoints(SHORE.map((p) => this.at(p))), false);
    this.dune(g, s);
    this.lagoon(g, s);
    this.rockPools(g, s);
    this.harbour(g, s);
    this.councilRocks(g, s);
    this.kelp(g, s);
    this.paths(g, s);
  }

  private shape(shore: readonly MapPoint[]): Phaser.Math.Vector2[] {
    return asPoints([...shore, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 1 }].map((p) => this.at(p)));
  }

  private waves(g: Phaser.GameObjects.Graphics, s: number): void {
    g.lineStyle(3 * s, Colours.foam, 0.35);
    for (let i = 0; i < 14; i++) {
      const x = ((i * 0.37) % 0.7) * this.width + 20;
      const y = ((i * 0.23) % 0.38) * this.height + 16;
      g.beginPath();
      g.arc(x, y, 14 * s, Math.PI * 1.15, Math.PI * 1.85);
      g.strokePath();
    }
  }

  private dune(g: Phaser.GameObjects.Graphics, s: number): void {
    const c = this.place('dune');
    g.fillStyle(Colours.sandDark, 1);
    g.fillEllipse(c.x - 40 * s, c.y + 10 * s, 200 * s, 80 * s);
    g.fillEllipse(c.x + 70 * s, c.y + 24 * s, 160 * s, 60 * s);
    g.fillStyle(0xe7cf98, 1);
    g.fillEllipse(c.x - 50 * s, c.y, 120 * s, 36 * s);
    g.lineStyle(3 * s, Colours.kelp, 1);
    for (const [dx, dy] of [
      [-110, -8],
      [-96, -2],
      [40, 10],
      [110, 18],
      [124, 12],
    ]) {
      g.lineBetween(c.x + dx * s, c.y + dy * s, c.x + (dx + 6) * s, c.y + (dy - 18) * s);
    }
  }

  private lagoon(g: Phaser.GameObjects.Graphics, s: number): void {
    const c = this.place('lagoon');
    g.fillStyle(0x6cc3c9, 1);
    g.fillEllipse(c.x + 10 * s, c.y, 230 * s, 110 * s);
    g.lineStyle(4 * s, 0x3f8f95, 1);
    g.strokeEllipse(c.x + 10 * s, c.y, 230 * s, 110 * s);
    g.lineStyle(3 * s, Colours.kelp, 1);
    for (const dx of [-100, -90, 108, 118, 96])
      g.lineBetween(c.x + dx * s, c.y - 20 * s, c.x + (dx + 4) * s, c.y - 48 * s);
  }

  private rockPools(g: Phaser.GameObjects.Graphics, s: number): void {
    const c = this.place('rock-pool');
    g.fillStyle(Colours.rock, 1);
    for (const [dx, dy, rx, ry] of [
      [-70, -10, 70, 44],
      [40, -30, 90, 52],
      [60, 40, 80, 46],
      [-40, 44, 70, 40],
    ])
      g.fillEllipse(c.x + dx * s, c.y + dy * s, rx * s, ry * s);
    g.fillStyle(0x4fb3c8, 1);
    g.fillEllipse(c.x - 4 * s, c.y + 8 * s, 70 * s, 34 * s);
    g.fillEllipse(c.x + 52 * s, c.y - 30 * s, 40 * s, 20 * s);
    g.fillStyle(Colours.coral, 1);
    g.fillCircle(c.x - 20 * s, c.y + 6 * s, 5 * s);
    g.fillStyle(Colours.focus, 1);
    g.fillCircle(c.x + 16 * s, c.y + 12 * s, 4 * s);
  }

  private harbour(g: Phaser.GameObjects.Graphics, s: number): void {
    const c = this.place('harbour');
    // The pier runs out into the sea; the café stands on the quay; the wreck lies offshore.
    g.fillStyle(0x8a5a2b, 1);
    g.fillRect(c.x - 150 * s, c.y - 10 * s, 150 * s, 22 * s);
    g.lineStyle(2 * s, 0x5c3a1c, 1);
    for (let i = 0; i < 8; i++)
      g.lineBetween(c.x - (150 - i * 20) * s, c.y - 10 * s, c.x - (150 - i * 20) * s, c.y + 12 * s);
    g.fillStyle(0xf6efe2, 1);
    g.fillRect(c.x + 14 * s, c.y - 40 * s, 64 * s, 44 * s);
    g.fillStyle(Colours.coral, 1);
    g.fillTriangle(c.x + 6 * s, c.y - 40 * s, c.x + 86 * s, c.y - 40 * s, c.x + 46 * s, c.y - 70 * s);
    const wx = c.x - 110 * s;
    const wy = c.y - 90 * s;
    g.fillStyle(0x6b4a2a, 1);
    g.fillPoints(
      asPoints([
        { x: wx - 60 * s, y: wy },
        { x: wx + 50 * s, y: wy - 18 * s },
        { x: wx + 40 * s, y: wy + 22 * s },
        { x: wx - 44 * s, y: wy + 30 * s },
      ]),
      true,
    );
    g.lineStyle(4 * s, 0x3d2a16, 1);
    g.lineBetween(wx - 4 * s, wy + 4 * s, wx + 10 * s, wy - 56 * s);
  }

  private councilRocks(g: Phaser.GameObjects.Graphics, s: number): void {
    const c = this.place('reef-council');
    g.fillStyle(0xe7cf98, 1);
    g.fillEllipse(c.x, c.y + 6 * s, 190 * s, 96 * s);
    g.fillStyle(Colours.rock, 1);
    for (let i = 0; i < 9; i++) {
      const a = Math.PI * (0.9 + (i / 8) * 1.2);
      g.fillEllipse(c.x + Math.cos(a) * 70 * s, c.y + Math.sin(a) * 30 * s, 34 * s, 24 * s);
    }
    g.fillStyle(0x6e6473, 1);
    g.fillEllipse(c.x, c.y + 8 * s, 40 * s, 20 * s);
  }

  private kelp(g: Phaser.GameObjects.Graphics, s: number): void {
    const c = this.place('kelp-forest');
    for (let i = 0; i < 16; i++) {
      const x = c.x + (((i * 53) % 260) - 130) * s;
      const y = c.y + (((i * 31) % 120) - 60) * s;
      g.lineStyle(6 * s, i % 2 ? 0x2f6b3a : Colours.kelp, 0.9);
      g.beginPath();
      g.moveTo(x, y + 26 * s);
      g.lineTo(x + 8 * s, y + 8 * s);
      g.lineTo(x - 6 * s, y - 10 * s);
      g.lineTo(x + 4 * s, y - 28 * s);
      g.strokePath();
    }
  }

  private paths(g: Phaser.GameObjects.Graphics, s: number): void {
    g.fillStyle(0x8a5a2b, 0.55);
    for (const [from, to] of PATHS) {
      const a = this.place(from);
      const b = this.place(to);
      const steps = Math.max(2, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / (22 * s)));
      for (let i = 1; i < steps; i++)
        g.fillCircle(a.x + ((b.x - a.x) * i) / steps, a.y + ((b.y - a.y) * i) / steps, 3.5 * s);
    }
  }
}

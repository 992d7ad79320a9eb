/**
 * The light of a scene over its background (src/present/flow/scene-set.ts decides which): a
 * sunset sky with the sun on the horizon and its path on the sea, a night with stars and a moon,
 * and the festival's lanterns on a string. Drawn with Phaser graphics over the background, so
 * every place gets its evening without a second set of backgrounds.
 */
import type Phaser from 'phaser';
import type { SceneSet } from '../../present/flow/scene-set.ts';
import type { Frame } from './layout.ts';

/** Where the sea meets the sky in the backgrounds, as a share of their height. */
const HORIZON = 0.42;

/** Stars at fixed places (a small linear congruential sequence): the same sky at every redraw. */
function stars(count: number): [number, number, number][] {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => [next(), next() * HORIZON * 0.9, 1 + next() * 2]);
}
const STARS = stars(46);

/** A vertical blend from `top` to `bottom` (colour, alpha) in flat bands. */
function bands(
  g: Phaser.GameObjects.Graphics,
  y: number,
  height: number,
  w: number,
  top: readonly [number, number],
  bottom: readonly [number, number],
): void {
  const n = 16;
  const mix = (a: number, b: number, k: number, shift: number): number =>
    Math.round(((a >> shift) & 0xff) * (1 - k) + ((b >> shift) & 0xff) * k) << shift;
  for (let i = 0; i < n; i++) {
    const k = i / (n - 1);
    const colour = mix(top[0], bottom[0], k, 16) | mix(top[0], bottom[0], k, 8) | mix(top[0], bottom[0], k, 0);
    g.fillStyle(colour, top[1] * (1 - k) + bottom[1] * k);
    const y0 = Math.round(y + (i * height) / n);
    g.fillRect(0, y0, w, Math.round(y + ((i + 1) * height) / n) - y0);
  }
}

export function drawSceneLight(g: Phaser.GameObjects.Graphics, f: Frame, set: SceneSet): void {
  g.clear();
  const { width: w, height: h } = f;
  const horizon = h * HORIZON;
  if (set.time === 'sunset') {
    // A warm sky fading into the sea, and a purple dusk on the shore: bands of flat colour (a
    // gradient fill is WebGL only; the canvas renderer would paint it opaque).
    bands(g, 0, horizon, w, [0xff6f5e, 0.5], [0xffc46b, 0.32]);
    bands(g, horizon, h - horizon, w, [0xff9a5c, 0.28], [0x5b2a5e, 0.38]);
    const sunX = w * 0.7;
    const r = Math.max(34, h * 0.08);
    for (const [k, a] of [
      [2.2, 0.12],
      [1.5, 0.2],
    ] as const) {
      g.fillStyle(0xffe08a, a);
      g.fillCircle(sunX, horizon, r * k);
    }
    // The sun half sunk: its lower half is hidden by a band of sea.
    g.fillStyle(0xffd166, 1);
    g.slice(sunX, horizon, r, Math.PI, 0, false);
    g.fillPath();
    // Its path on the water: broken stripes narrowing towards the shore.
    g.fillStyle(0xffd98a, 0.7);
    for (let i = 0; i < 6; i++) {
      const half = r * (1 - i * 0.12);
      g.fillRect(sunX - half + (i % 2) * 8, horizon + 10 + i * 16, half * 2 - 16, 5);
    }
  } else if (set.time === 'night') {
    g.fillStyle(0x0b1a3a, 0.58);
    g.fillRect(0, 0, w, h);
    g.fillStyle(0xfff6d8, 0.9);
    for (const [x, y, r] of STARS) g.fillCircle(x * w, y * h, r);
    g.fillStyle(0xf4f1de, 0.95);
    g.fillCircle(w * 0.8, h * 0.12, Math.max(22, h * 0.045));
    g.fillStyle(0x0b1a3a, 0.5);
    g.fillCircle(w * 0.8 + 12, h * 0.12 - 6, Math.max(20, h * 0.04));
  }
  if (set.props.includes('lanterns')) {
    // A string of paper lanterns across the top, each with its glow.
    const y0 = h * 0.1;
    const sag = h * 0.05;
    const count = Math.max(5, Math.round(w / 140));
    const at = (x: number): number => y0 + sag * Math.sin((Math.PI * x) / w);
    g.lineStyle(3, 0x3b2f2a, 0.9);
    g.beginPath();
    g.moveTo(0, y0);
    for (let x = 0; x <= w; x += 20) g.lineTo(x, at(x));
    g.strokePath();
    const colours = [0xff7b54, 0xffd166, 0x06d6a0, 0xef476f];
    for (let i = 0; i < count; i++) {
      const x = ((i + 0.5) * w) / count;
      const y = at(x) + 6;
      g.fillStyle(0xffe3a3, 0.28);
      g.fillCircle(x, y + 16, 30);
      g.fillStyle(colours[i % colours.length]!, 1);
      g.fillRoundedRect(x - 13, y, 26, 34, 9);
      g.lineStyle(2, 0x3b2f2a, 1);
      g.strokeRoundedRect(x - 13, y, 26, 34, 9);
    }
  }
}

import { describe, expect, it } from 'vitest';
import { MARKER_SHAPES, markerOutline, markerPoints, type MarkerPoint, type MarkerShape } from './markers.ts';

const R = 20;
const CORNERS: Record<MarkerShape, number> = {
  circle: 0,
  ring: 0,
  square: 4,
  triangle: 3,
  diamond: 4,
  star: 10,
  hexagon: 6,
  cross: 12,
};
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
/** The point set is its own mirror image across the vertical axis (x → −x). */
const mirrored = (points: readonly MarkerPoint[]) =>
  points.every((p) => points.some((q) => close(q.x, -p.x) && close(q.y, p.y)));

describe('the markers’ one geometry', () => {
  it('gives each shape its number of corners', () => {
    for (const shape of MARKER_SHAPES) expect(markerPoints(shape, R).length, shape).toBe(CORNERS[shape]);
  });

  it('draws every shape symmetric left to right, and the square, diamond, hexagon and cross top to bottom too', () => {
    for (const shape of MARKER_SHAPES) expect(mirrored(markerPoints(shape, R)), shape).toBe(true);
    for (const shape of ['square', 'diamond', 'hexagon', 'cross'] as const) {
      const flipped = markerPoints(shape, R).map((p) => ({ x: p.y, y: p.x }));
      expect(mirrored(flipped), shape).toBe(true);
    }
    // The triangle and the star point up: their top corner is on the axis, above the centre.
    for (const shape of ['triangle', 'star'] as const) {
      const [top] = markerPoints(shape, R);
      expect(close(top.x, 0) && top.y < -0.8 * R, shape).toBe(true);
    }
  });

  it('keeps every shape within 1.1 r of its centre, and none smaller than 3/4 r', () => {
    for (const shape of MARKER_SHAPES) {
      const outline = markerOutline(shape, R);
      const reach = outline.kind === 'round' ? [...outline.radii] : outline.points.map((p) => Math.hypot(p.x, p.y));
      expect(Math.max(...reach), shape).toBeLessThanOrEqual(1.1 * R);
      expect(Math.max(...reach), shape).toBeGreaterThanOrEqual(0.75 * R);
    }
  });

  it('has a hollow ring (its hole about half its size) and a solid circle', () => {
    expect(markerOutline('circle', R)).toEqual({ kind: 'round', radii: [0.86 * R] });
    const ring = markerOutline('ring', R);
    expect(ring.kind).toBe('round');
    const [outer, hole] = ring.kind === 'round' ? ring.radii : [];
    expect(hole! / outer!).toBeGreaterThan(0.4);
    expect(hole! / outer!).toBeLessThan(0.6);
  });

  it('scales with r', () => {
    for (const shape of MARKER_SHAPES) {
      const big = markerPoints(shape, 3 * R);
      markerPoints(shape, R).forEach((p, i) => expect(close(big[i].x, 3 * p.x) && close(big[i].y, 3 * p.y)).toBe(true));
    }
  });

  it('makes the shapes tell apart: no two share their outline', () => {
    const outlines = MARKER_SHAPES.map((shape) => JSON.stringify(markerOutline(shape, R)));
    expect(new Set(outlines).size).toBe(MARKER_SHAPES.length);
  });
});

import { describe, expect, it } from 'vitest';
import { pictogramCount, pictogramRadius } from './pictograms.ts';

describe('bar pictograms', () => {
  it('stand one for one for ballots, or are not there', () => {
    // 11 ballots on a wide bar: 11 shapes.
    expect(pictogramCount(11, 600, 44)).toBe(11);
    // 11 ballots on a bar with room for about 8: none, never 8.
    const r = pictogramRadius(44);
    const room = Math.floor(8.5 * (2 * r + 3) + 6);
    expect(pictogramCount(11, room, 44)).toBe(0);
    expect(pictogramCount(8, room, 44)).toBe(8);
    // Not a count of ballots, or not whole: none.
    expect(pictogramCount(undefined, 600, 44)).toBe(0);
    expect(pictogramCount(2.5, 600, 44)).toBe(0);
    expect(pictogramCount(0, 600, 44)).toBe(0);
    // Too thin a bar to draw readable shapes: none.
    expect(pictogramCount(3, 600, 10)).toBe(0);
    for (let units = 1; units <= 60; units++)
      for (const w of [50, 200, 400, 800]) expect([0, units]).toContain(pictogramCount(units, w, 40));
  });
});

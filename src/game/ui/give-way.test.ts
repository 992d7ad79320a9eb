import { describe, expect, it } from 'vitest';
import { firstFitting, givingWay, largestFitting } from './give-way.ts';

describe('type that gives way', () => {
  it('finds the largest size that fits in a few tries, or the least when none does', () => {
    const tried: number[] = [];
    const fitsUnder = (limit: number) => (size: number) => (tried.push(size), size <= limit);
    expect(largestFitting(33, 16, fitsUnder(21))).toBe(21);
    expect(tried.length).toBeLessThanOrEqual(6);
    expect(largestFitting(33, 16, fitsUnder(40))).toBe(33);
    expect(largestFitting(33, 16, fitsUnder(10))).toBe(16);
    expect(largestFitting(16, 16, fitsUnder(10))).toBe(16);
    // Every answer between the bounds, as the one-point-at-a-time loop found it.
    for (let limit = 16; limit <= 33; limit++) expect(largestFitting(33, 16, (s) => s <= limit)).toBe(limit);
  });

  it('lets the larger of two sizes give way first, down to the least', () => {
    expect(givingWay(24, 22, 20)).toEqual([
      [24, 22],
      [23, 22],
      [22, 22],
      [21, 22],
      [21, 21],
      [20, 21],
      [20, 20],
    ]);
    expect(givingWay(16, 16, 16)).toEqual([[16, 16]]);
  });

  it('takes the first state that fits, as a step-by-step search would', () => {
    const states = givingWay(33, 24, 16);
    for (const [i] of states.entries()) {
      const fits = (s: readonly [number, number]) => states.indexOf(s) >= i;
      expect(firstFitting(states, fits)).toBe(states[i]);
    }
    expect(firstFitting(states, () => false)).toBeUndefined();
    expect(firstFitting([], () => true)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { walkArea } from './walk-area.ts';

describe('where the crab may walk', () => {
  it('keeps the whole picture on the screen and above the hint band', () => {
    const size = 96;
    for (const [w, h, band] of [
      [1280, 720, 44],
      [720, 1280, 92],
      [390, 844, 130],
    ]) {
      const a = walkArea(w, h, size, band);
      // The picture spans x ± size/2 and from y − 0.9 size to y + 0.1 size.
      expect(a.left - size / 2).toBeGreaterThanOrEqual(0);
      expect(a.right + size / 2).toBeLessThanOrEqual(w);
      expect(a.top - size * 0.9).toBeGreaterThanOrEqual(0);
      expect(a.bottom + size * 0.1).toBeLessThanOrEqual(h - band);
      expect(a.right).toBeGreaterThan(a.left);
      expect(a.bottom).toBeGreaterThan(a.top);
    }
  });

  it('shrinks to a point rather than turning inside out on a tiny screen', () => {
    const a = walkArea(60, 60, 96, 40);
    expect(a.right).toBe(a.left);
    expect(a.bottom).toBe(a.top);
  });
});

import { describe, expect, it } from 'vitest';
import { badgeBound, badgeCorner, droppedBallot, overlaps } from './voter-marks.ts';

describe('the marks around a voter on the election screen', () => {
  it('never puts the dropped ballot over the count badge, whatever the cell and the count', () => {
    let drawn = 0;
    for (let size = 10; size <= 150; size++)
      for (const count of [2, 3, 9, 12, 99, 355, 4314]) {
        const b = droppedBallot(400, 300, size, count);
        if (!b) continue;
        drawn++;
        const ballot = { x: b.x - b.width / 2, y: b.y - b.width / 2, w: b.width, h: b.width };
        expect(overlaps(ballot, badgeBound(400, 300, size, count)), `size ${size}, ×${count}`).toBe(false);
      }
    // Only the smallest cells go without a ballot beside the voter.
    expect(drawn).toBeGreaterThan(0.7 * 141 * 7);
  });

  it('draws the ballot beside every voter of a crowd the size of chapter 1’s, and beside a lone voter always', () => {
    for (let size = 42; size <= 150; size++) expect(droppedBallot(0, 0, size, 3), `size ${size}`).toBeDefined();
    for (let size = 10; size <= 150; size++) expect(droppedBallot(0, 0, size, 1)).toBeDefined();
  });

  it('keeps the badge in the voter’s bottom-right corner and the ballot in its top-left', () => {
    const corner = badgeCorner(100, 100, 80);
    expect(corner).toEqual({ x: 136, y: 136 });
    const b = droppedBallot(100, 100, 80, 3)!;
    expect(b.x).toBeLessThan(100);
    expect(b.y).toBeLessThan(100);
  });

  it('tells overlapping boxes from boxes that only touch', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
  });
});

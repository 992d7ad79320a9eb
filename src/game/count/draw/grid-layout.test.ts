import { describe, expect, it } from 'vitest';
import { flowItems, HEAD_MARKS, matrixGrid, MIN_HEAD } from './grid-layout.ts';

const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a): boolean =>
  a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

describe('the pairwise matrix’s grid', () => {
  // The count's chart areas: landscape (850 × 530 panel), upright phone (688 wide, normal and larger text).
  const areas = [
    { x: 40, y: 112, w: 802, h: 490 },
    { x: 40, y: 230, w: 640, h: 640 },
    { x: 40, y: 300, w: 640, h: 520 },
  ];
  it('starts under its legend, however many lines the legend takes, and keeps inside the chart', () => {
    for (const area of areas)
      for (let n = 2; n <= 10; n++)
        for (const legendH of [22, 48, 75, 110]) {
          const grid = matrixGrid(area, n, legendH);
          const label = `${n} options, legend ${legendH} tall, area ${area.w}×${area.h}`;
          // The column heads' markers stand between the legend and the first row.
          expect(grid.y0 - HEAD_MARKS, label).toBeGreaterThanOrEqual(area.y + legendH + 6);
          expect(grid.y0 + n * grid.cellH, label).toBeLessThanOrEqual(area.y + area.h + 0.01);
          expect(grid.x0 + n * grid.cellW, label).toBeLessThanOrEqual(area.x + area.w + 0.01);
          expect(grid.head, label).toBeGreaterThanOrEqual(MIN_HEAD);
          expect(grid.cellH, label).toBeGreaterThan(0);
        }
  });

  it('keeps the old place at normal text (a one-line legend): the grid moves only when the legend grows', () => {
    const area = areas[0];
    expect(matrixGrid(area, 4, 22).y0).toBe(area.y + 70);
    expect(matrixGrid(area, 4, 75).y0).toBe(area.y + 75 + 6 + HEAD_MARKS);
    expect(matrixGrid(area, 4, 75).cellH).toBeLessThan(matrixGrid(area, 4, 22).cellH);
  });
});

describe('the merit key’s items', () => {
  it('wrap within the width, each line under the tallest item of the one before', () => {
    // Grade names at a larger text: some take two lines (taller than the 28 a line used to be).
    const sizes = [
      { w: 120, h: 30 },
      { w: 160, h: 62 },
      { w: 140, h: 30 },
      { w: 90, h: 30 },
      { w: 200, h: 62 },
      { w: 130, h: 30 },
      { w: 170, h: 30 },
    ];
    const { at, height } = flowItems(sizes, 10, 100, 400, 12);
    const boxes = sizes.map((s, i) => ({ ...at[i], ...s }));
    boxes.forEach((a, i) => {
      expect(a.x + a.w, `item ${i} inside the width`).toBeLessThanOrEqual(410);
      for (const b of boxes.slice(i + 1)) expect(apart(a, b), `items ${i} and ${boxes.indexOf(b)}`).toBe(true);
    });
    // More than one line, and the height said is the one used.
    expect(new Set(at.map((p) => p.y)).size).toBeGreaterThan(1);
    expect(height).toBe(Math.max(...boxes.map((b) => b.y + b.h)) - 100);
  });

  it('puts an item wider than the whole width on a line of its own rather than nowhere', () => {
    const { at } = flowItems(
      [
        { w: 50, h: 20 },
        { w: 500, h: 20 },
        { w: 50, h: 20 },
      ],
      0,
      0,
      300,
      10,
    );
    expect(at.map((p) => p.x)).toEqual([0, 0, 0]);
    expect(at[1].y).toBeGreaterThan(at[0].y);
    expect(at[2].y).toBeGreaterThan(at[1].y);
  });

  it('takes no room when there is nothing to key', () => {
    expect(flowItems([], 0, 0, 300, 10)).toEqual({ at: [], height: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { continuedHeading, flowPages, pageOf, tallerThanColumn } from './flow-pages.ts';

const items = (...heights: number[]) => heights.map((height) => ({ height }));

describe('flowPages', () => {
  it('fills a column, then the next, then a new page, keeping every item once and in order', () => {
    const pages = flowPages(items(40, 40, 40, 40, 40, 40, 40), 100, 2);
    expect(pages).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
      [[4, 5], [6]],
    ]);
    expect(pages.flat(2)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps everything on one page when it fits', () => {
    expect(flowPages(items(30, 30, 30), 100, 2)).toEqual([[[0, 1, 2]]]);
  });

  it('never leaves a heading alone at the foot of a column', () => {
    const pages = flowPages([{ height: 60 }, { height: 20, keepWithNext: true }, { height: 30 }], 100, 1);
    expect(pages).toEqual([[[0]], [[1, 2]]]);
  });

  it('puts an item taller than a column alone in its own column, and names it', () => {
    const list = items(20, 150, 20);
    expect(flowPages(list, 100, 1)).toEqual([[[0]], [[1]], [[2]]]);
    expect(tallerThanColumn(list, 100)).toEqual([1]);
  });

  it('finds the page of an item', () => {
    const pages = flowPages(items(60, 60, 60), 100, 1);
    expect(pageOf(pages, 2)).toBe(2);
    expect(pageOf(pages, 9)).toBe(0);
  });
});

describe('continued sections', () => {
  // A heading (20, with a 15-high "(continued)" line), then reasons of 40.
  const section = [{ height: 20, keepWithNext: true, continuedHeight: 15 }, ...items(40, 40, 40)];

  it('keeps room for the "(continued)" heading atop the column a section runs on into', () => {
    // 20 + 40 + 40 fill the first column; in the next, 15 + 40 + 40 = 95 fit a 100-high column.
    const pages = flowPages([...section, { height: 40 }], 100, 1);
    expect(pages).toEqual([[[0, 1, 2]], [[3, 4]]]);
    // 15 + 40 + 50 no longer fits: the continued line's room is kept; without it, 40 + 50 would.
    expect(flowPages([...section, { height: 50 }], 100, 1)).toEqual([[[0, 1, 2]], [[3]], [[4]]]);
    expect(flowPages([{ height: 20, keepWithNext: true }, ...items(40, 40, 40, 50)], 100, 1)).toEqual([
      [[0, 1, 2]],
      [[3, 4]],
    ]);
  });

  it('names the heading a column continues, only for headings that ask for it', () => {
    const list = [{ height: 10 }, ...section, { height: 20, keepWithNext: true }, ...items(40, 40)];
    const pages = flowPages(list, 100, 2);
    const continued = pages.map((page) => page.map((column) => continuedHeading(list, column)));
    // Column 2 runs on in the first section (its heading is item 1); column 3 starts on a heading.
    expect(pages).toEqual([
      [
        [0, 1, 2],
        [3, 4],
      ],
      [[5, 6, 7]],
    ]);
    expect(continued).toEqual([[undefined, 1], [undefined]]);
    expect(continuedHeading(list, [5])).toBeUndefined();
    expect(continuedHeading(list, [7])).toBeUndefined();
    expect(continuedHeading(list, [])).toBeUndefined();
  });
});

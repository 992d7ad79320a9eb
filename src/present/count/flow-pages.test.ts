import { describe, expect, it } from 'vitest';
import { flowPages, pageOf, tallerThanColumn } from './flow-pages.ts';

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

/**
 * Where the pairwise matrix's cells and the merit key's items go, as plain numbers (no Phaser):
 * the drawers measure their texts, these functions place them so that no text box meets another
 * and none leaves its chart, whatever the text size and the screen (an upright phone at the
 * larger text setting wraps a legend over three lines and a grade's name over two).
 */
import type { Area } from './context.ts';

/** The narrowest cell: "▲ 16" at the smallest readable size. */
const MIN_CELL_W = 54;
/** The names' column keeps at least this much width. */
export const MIN_HEAD = 220;
/** The column heads' markers (radius 13) stand in this band above the first row. */
export const HEAD_MARKS = 32;

interface MatrixGrid {
  /** Left edge of the first column of cells. */
  readonly x0: number;
  /** Top of the first row of cells. */
  readonly y0: number;
  readonly cellW: number;
  readonly cellH: number;
  /** The names' column (markers and names), from area.x. */
  readonly head: number;
}

/**
 * The matrix of n options under a legend `legendH` tall: the column heads' markers just under
 * the legend, the rows as tall as the rest of the area allows (at most 110), the cells only as
 * wide as their figures need and the names the width left over.
 */
export function matrixGrid(area: Area, n: number, legendH: number): MatrixGrid {
  const y0 = area.y + Math.max(70, legendH + 6 + HEAD_MARKS);
  const cellH = Math.min(110, (area.y + area.h - y0) / Math.max(1, n + 0.2));
  const cellW = Math.min(110, Math.max(cellH, MIN_CELL_W), (area.w - MIN_HEAD) / Math.max(1, n));
  const head = Math.min(360, area.w - n * cellW);
  return { x0: area.x + head, y0, cellW, cellH, head };
}

interface Placed {
  readonly x: number;
  readonly y: number;
}

/**
 * Items of measured sizes laid left to right from `x0`, wrapping within `width`: each line as
 * tall as its tallest item plus `gap`, so that a taller item (two lines of a larger text)
 * never reaches the next line. Returns where each item's top-left corner goes and the height used.
 */
export function flowItems(
  sizes: readonly { w: number; h: number }[],
  x0: number,
  y0: number,
  width: number,
  gap: number,
): { at: Placed[]; height: number } {
  const at: Placed[] = [];
  let x = x0;
  let y = y0;
  let lineH = 0;
  for (const s of sizes) {
    if (x > x0 && x + s.w > x0 + width) {
      x = x0;
      y += lineH + gap;
      lineH = 0;
    }
    at.push({ x, y });
    x += s.w + gap;
    lineH = Math.max(lineH, s.h);
  }
  return { at, height: sizes.length === 0 ? 0 : y + lineH - y0 };
}

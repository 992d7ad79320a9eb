import { describe, expect, it } from 'vitest';
import { dashesAround, fitStackedRow, holesAt, THIN_BAR, type RowProbe } from './bar-fit.ts';

/** Sizes 19 down to 12, each line 1.25 × its size; names on `lines(size)` lines across, `narrow(size)` beside the figure. */
const probes = (lines: (s: number) => number, narrow: (s: number) => number): RowProbe[] =>
  Array.from({ length: 8 }, (_, k) => {
    const size = 19 - k;
    const line = size * 1.25;
    return { size, nameH: lines(size) * line, narrowH: narrow(size) * line, figureH: line };
  });

describe('a stacked row: name above, bar, figure', () => {
  it('keeps the figure beside its bar at the largest size where name, bar and figure fit', () => {
    // Two lines of name (2 × 1.25 × 17 = 42.5), the figure's line (21.25): 42.5 + 2 + 21.25 + 4 ≤ 70.
    const fit = fitStackedRow(
      probes(
        () => 2,
        () => 3,
      ),
      70,
      14,
    );
    expect(fit).toEqual({ size: 17, nameH: 42.5, figureOnName: false, fits: true, oneLine: false });
  });

  it('puts the figure on the name’s line, over a thin bar, when even the smallest size leaves no room beside the bar', () => {
    // Two lines of name + a figure's line never fit 48 px (at 12: 30 + 2 + 15 + 4 = 51); one
    // line beside the figure (from 17 down) does: 21.25 + 2 + 6 + 2 ≤ 48; at 18, two lines (45 + 10) do not.
    const fit = fitStackedRow(
      probes(
        () => 2,
        (s) => (s > 17 ? 2 : 1),
      ),
      48,
      14,
    );
    expect(fit).toEqual({ size: 17, nameH: 21.25, figureOnName: true, fits: true, oneLine: false });
    // What the row then holds stays inside it: the line, 2 px, the thin bar, 2 px.
    expect(fit.nameH + 2 + THIN_BAR + 2).toBeLessThanOrEqual(48);
  });

  it('shortens the name to one line at the smallest size when two lines do not fit, the figure on that line', () => {
    // Two lines beside the figure never fit 36 px (at 12: 30 + 2 + 6 + 2 = 40); one line does: 15 + 10 ≤ 36.
    const fit = fitStackedRow(
      probes(
        () => 4,
        () => 2,
      ),
      36,
      14,
    );
    expect(fit).toEqual({ size: 12, nameH: 15, figureOnName: true, fits: true, oneLine: true });
  });

  it('says when not even one line fits, with the smallest size, one line and the figure on it', () => {
    const fit = fitStackedRow(
      probes(
        () => 4,
        () => 4,
      ),
      20,
      14,
    );
    expect(fit).toEqual({ size: 12, nameH: 15, figureOnName: true, fits: false, oneLine: true });
  });

  it('never keeps the figure beside a bar its line would overflow into the next row', () => {
    for (const rowH of [30, 40, 50, 60, 80, 100]) {
      const fit = fitStackedRow(
        probes(
          (s) => (s > 15 ? 3 : 2),
          (s) => (s > 14 ? 2 : 1),
        ),
        rowH,
        14,
      );
      const line = fit.size * 1.25;
      const used = fit.figureOnName ? fit.nameH + 2 + THIN_BAR + 2 : fit.nameH + 2 + Math.max(14, line) + 4;
      if (fit.fits) expect(used, `row of ${rowH}`).toBeLessThanOrEqual(rowH);
    }
  });
});

describe('the quota’s or the majority’s dashes', () => {
  it('are 8 drawn and 6 left, from top to bottom, with nothing to go around', () => {
    expect(dashesAround(0, 40, [])).toEqual([
      [0, 8],
      [14, 22],
      [28, 36],
    ]);
  });

  it('stop short of a figure and resume after it', () => {
    // A figure from 5 to 30: the first dash is cut at 5, the second is hidden, the third starts at 30.
    expect(dashesAround(0, 40, [[5, 30]])).toEqual([
      [0, 5],
      [30, 36],
    ]);
    // Nothing left inside any hole.
    const holes = [
      [3, 9],
      [20, 47],
    ] as const;
    for (const [a, b] of dashesAround(0, 100, holes))
      for (const [s, e] of holes) expect(b <= s || a >= e, `${a}–${b} crosses ${s}–${e}`).toBe(true);
  });
});

describe('the texts the majority’s line gives way to', () => {
  // A name above its bar, across the chart (x 36–600, y 100–140), and a figure beside a bar (x 420–480, y 150–170).
  const name = { x: 36, y: 100, w: 564, h: 40 };
  const figure = { x: 420, y: 150, w: 60, h: 20 };

  it('are those the line passes through or near, each with 2 px over and under it', () => {
    expect(holesAt(300, [name, figure])).toEqual([[98, 142]]);
    expect(holesAt(450, [name, figure])).toEqual([
      [98, 142],
      [148, 172],
    ]);
    // 3 px right of the figure: still too near to read it; 5 px: clear of it.
    expect(holesAt(483, [figure])).toEqual([[148, 172]]);
    expect(holesAt(485, [figure])).toEqual([]);
    expect(holesAt(20, [name, figure])).toEqual([]);
  });

  it('leave no dash inside a name it would cross', () => {
    const texts = [name, { ...name, y: 180 }, figure];
    for (const [a, b] of dashesAround(80, 260, holesAt(450, texts)))
      for (const t of texts) expect(b <= t.y || a >= t.y + t.h, `${a}–${b} crosses ${t.y}–${t.y + t.h}`).toBe(true);
  });

  it('ignore an empty text (a figure not written yet)', () => {
    expect(holesAt(450, [{ x: 440, y: 10, w: 0, h: 20 }])).toEqual([]);
  });
});

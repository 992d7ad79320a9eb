/**
 * The names' column of a bar chart (also the merit profiles' and the duels'): how wide, at
 * which type size, and whether the names must go above their bars rather than beside them.
 */
import type Phaser from 'phaser';
import type { ChartContext } from './context.ts';
import { write } from './kit.ts';
import { TextScale } from '../../ui/theme.ts';
import { fitStackedRow, type RowProbe, type StackedRow } from './bar-fit.ts';

const NAME_WIDTH = 230;

/**
 * The names' column: its width and type size, the largest (19 down to 16, or lower at a larger
 * text setting, never under 16 frame px drawn) at which every name fits its row; `tall` is the
 * tallest name at that size (taller than the row: the names go above their bars, stackedNames).
 */
export function nameColumn(
  ctx: ChartContext,
  rows: readonly string[],
  rowH: number,
  chartW: number,
): { width: number; size: number; tall: number } {
  const widest = Math.max(NAME_WIDTH, Math.round(chartW * 0.5));
  let fit = { width: NAME_WIDTH, size: 19, tall: 0 };
  const smallest = smallestName(ctx);
  for (let size = 19; size >= smallest; size--) {
    const probe = rows.map((c) => write(ctx.pen, 0, 0, ctx.words.option(c), { size, bold: true, width: widest - 44 }));
    const need = Math.max(...probe.map((t) => t.width)) + 44;
    const tall = Math.max(...probe.map((t) => t.height));
    probe.forEach((t) => t.destroy());
    fit = { width: Math.max(NAME_WIDTH, Math.min(widest, Math.ceil(need))), size, tall };
    if (tall <= rowH - 4) return fit;
  }
  return fit;
}

/** At the larger text settings the type may give way further, never under 16 frame px drawn. */
export function smallestName(ctx: Pick<ChartContext, 'pen'>): number {
  return Math.min(16, Math.ceil(16 / TextScale[ctx.pen.textSize]));
}

/**
 * Names too tall for their row beside the bar (a phone held upright at a larger text setting):
 * each name goes on its own line across the chart, above its bar, at the largest size (19 down
 * to the smallest above) that leaves the bar `minBar` of the row and its figure beside it. Where
 * none does and `figureW` is given (the figures' column at a size), the figure goes at the end of
 * the name's first line, the name wraps in what is left and the bar stays thin (bar-fit.ts): a
 * figure is never taller than its bar's room, so it never reaches the next row's name.
 * Undefined: the names fit beside their bars.
 */
export function stackedNames(
  ctx: ChartContext,
  rows: readonly string[],
  rowH: number,
  width: number,
  beside: { tall: number },
  o: { minBar?: number; figureW?: (size: number) => number } = {},
): StackedRow | undefined {
  if (beside.tall <= rowH - 4) return undefined;
  const tallest = (size: number, w: number): number => {
    const probe = rows.map((c) => write(ctx.pen, 0, 0, ctx.words.option(c), { size, bold: true, width: w }));
    const h = Math.max(...probe.map((t) => t.height));
    probe.forEach((t) => t.destroy());
    return h;
  };
  const probes: RowProbe[] = [];
  for (let size = 19; size >= smallestName(ctx); size--) {
    // The bar holds one line at this size: the figure (or the median) written beside it.
    const line = write(ctx.pen, 0, 0, '0', { size, bold: true });
    const figureH = line.height;
    line.destroy();
    const nameH = tallest(size, width);
    const narrowH = o.figureW ? tallest(size, width - o.figureW(size)) : Infinity;
    probes.push({ size, nameH, narrowH, figureH });
  }
  const fit = fitStackedRow(probes, rowH, o.minBar ?? 14);
  if (fit.figureOnName && !o.figureW) {
    const last = probes[probes.length - 1];
    return { size: last.size, nameH: last.nameH, figureOnName: false, fits: false, oneLine: false };
  }
  return fit;
}

/**
 * A name written on one line no wider than `width`: cut at the longest start that fits, ended by
 * « … » (the last resort of stackedNames, rows shorter than two lines). The full name stays in
 * the step's words the screen reader says and in the text object's name, for the tests.
 */
export function shortenToWidth(text: Phaser.GameObjects.Text, full: string, width: number): void {
  text.setName(full);
  if (text.width <= width) return;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.setText(`${full.slice(0, mid).trimEnd()}…`);
    if (text.width <= width) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${full.slice(0, lo).trimEnd()}…`);
}

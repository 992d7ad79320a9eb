/**
 * The names' column of a bar chart (also the merit profiles' and the duels'): how wide, at
 * which type size, and whether the names must go above their bars rather than beside them.
 */
import type { ChartContext } from './context.ts';
import { write } from './kit.ts';
import { TextScale } from '../../ui/theme.ts';

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
 * to the smallest above) that leaves the bar `minBar` of the row. Undefined: they fit beside.
 */
export function stackedNames(
  ctx: ChartContext,
  rows: readonly string[],
  rowH: number,
  width: number,
  beside: { tall: number },
  minBar = 14,
): { size: number; nameH: number } | undefined {
  if (beside.tall <= rowH - 4) return undefined;
  let fit = { size: 19, nameH: rowH };
  for (let size = 19; size >= smallestName(ctx); size--) {
    const probe = rows.map((c) => write(ctx.pen, 0, 0, ctx.words.option(c), { size, bold: true, width }));
    const nameH = Math.max(...probe.map((t) => t.height));
    // The bar holds one line at this size: the figure (or the median) written beside it.
    const line = write(ctx.pen, 0, 0, '0', { size, bold: true });
    const barH = Math.max(minBar, line.height);
    line.destroy();
    probe.forEach((t) => t.destroy());
    fit = { size, nameH };
    if (nameH + 2 + barH + 4 <= rowH) return fit;
  }
  return fit;
}

/**
 * What a bar chart writes after each bar: the option's figure, what it just received, and its
 * word (« 29 +10 · élue »), and how wide their column is, beside the bars or on the names' line.
 */
import type { BarsView } from '../../../present/count/views.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { write } from './kit.ts';
import { hundredths } from './bar-flows.ts';

const VALUE_WIDTH = 150;

/** The figures' column: the widest final figure and its word at `size`, crown included. */
export function figuresWidth(ctx: ChartContext, view: BarsView, values: readonly number[], size: number): number {
  return Math.max(
    VALUE_WIDTH,
    ...ctx.candidates.map((c, i) => {
      const probe = write(ctx.pen, 0, 0, figureText(ctx, view, c, values[i], statusOf(ctx, view, c)), {
        size,
        bold: true,
      });
      const w = probe.width + 38 + 8;
      probe.destroy();
      return w;
    }),
  );
}

/** The word after an option's figure (« · éliminée »: it agrees with the option's name), or none. */
export function statusOf(ctx: ChartContext, view: BarsView, c: string): string {
  const { words } = ctx;
  if (view.out.includes(c)) return words.msg('count.chart.out', { name: words.option(c) });
  if (view.winners.includes(c)) return words.msg('count.chart.winner');
  if (view.elected.includes(c)) return words.msg('count.chart.elected', { name: words.option(c) });
  return '';
}

/** An option's figure as its bar says it: the number, what it just received, and its word. */
export function figureText(ctx: ChartContext, view: BarsView, c: string, v: number, status: string): string {
  const { words } = ctx;
  const shown = view.out.includes(c) && !(c in view.values) ? '—' : formatNumber(v, words.lang);
  // What a receiver just got from the eliminated, said in figures (also with reduced motion).
  const got = view.transfers?.flows[c];
  const gained = got ? ` ${words.msg('count.flow.received', { count: hundredths(got) })}` : '';
  return status ? `${shown}${gained} ${status}` : `${shown}${gained}`;
}

/**
 * The figures' column on the names' line: the widest final figure and its word at `size`, the
 * crown before it when an option won, and a gap from the name.
 */
export function figureColumn(ctx: ChartContext, view: BarsView, values: readonly number[], size: number): number {
  const crown = view.winners.length + view.elected.length > 0 ? 30 : 0;
  return (
    crown +
    12 +
    Math.max(
      ...ctx.candidates.map((c, i) => {
        const won = view.winners.includes(c) || view.elected.includes(c);
        const probe = write(ctx.pen, 0, 0, figureText(ctx, view, c, values[i], statusOf(ctx, view, c)), {
          size,
          bold: won,
        });
        const w = probe.width;
        probe.destroy();
        return w;
      }),
    )
  );
}

/**
 * Borda's points rank by rank, one line under each bar (« 6 × 1er = 12 points · 16 × 2e =
 * 16 points »). Never dropped for want of room: the line takes the names' smallest legible size
 * (16 frame px drawn, 12.5 CSS px on a phone held upright), wraps across the chart (under the
 * name too), the rows take all the chart's height, and the bars grow thinner to leave it room.
 */
import { rankParts } from '../../../present/count/chart-lines.ts';
import type { BarsView } from '../../../present/count/views.ts';
import { UI } from '../../art/index.ts';
import { smallestName } from './bar-names.ts';
import type { ChartContext } from './context.ts';
import { write } from './kit.ts';

interface RankLines {
  /** Per row, in the chart's order: the line ('' for an option on no ballot). */
  readonly texts: readonly string[];
  readonly size: number;
  /** The tallest line as wrapped to the chart's width, in frame px. */
  readonly height: number;
}

/** The rows' lines and the room they need when wrapped to `width`; undefined when the chart has none. */
export function rankLines(ctx: ChartContext, view: BarsView, width: number): RankLines | undefined {
  const ranks = view.ranks;
  if (!ranks) return undefined;
  const texts = ctx.candidates.map((c) => rankParts(ctx.words, ranks, c).join(' · '));
  const size = smallestName(ctx);
  let height = 0;
  for (const text of texts) {
    if (!text) continue;
    const probe = write(ctx.pen, 0, 0, text, { size, width });
    height = Math.max(height, probe.height);
    probe.destroy();
  }
  return { texts, size, height };
}

/**
 * The bar's height that leaves the line its room under the bar and under what is centred on it
 * (`beside`: the figure, a name), never thinner than 12.
 */
export function barBesideLines(barH: number, room: number, lines: RankLines | undefined, beside: number): number {
  if (!lines || lines.height === 0) return barH;
  // The line starts under max(bar, (bar + beside) / 2): solve for the bar that fits the room.
  const free = room - lines.height - 2;
  const bar = free >= beside ? free : 2 * free - beside;
  return Math.max(12, Math.min(barH, bar));
}

/** Writes row i's line under its bar, from the bar's start to the chart's right edge. */
export function writeRankLine(ctx: ChartContext, lines: RankLines, i: number, x: number, y: number): void {
  const text = lines.texts[i];
  if (!text) return;
  const line = write(ctx.pen, x, y, text, {
    size: lines.size,
    colour: UI.deepSea,
    width: ctx.area.x + ctx.area.w - x,
  });
  line.setName('borda-ranks');
  ctx.layer.add(line);
}

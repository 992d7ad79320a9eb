/**
 * Borda's points rank by rank, one line under each bar (« 6 × 1er = 12 points · 16 × 2e =
 * 16 points »). Never dropped for want of room: the line takes the names' smallest legible size
 * (16 frame px drawn, 12.5 CSS px on a phone held upright), wraps across the chart (under the
 * name too), the rows take all the chart's height, and the bars grow thinner to leave it room.
 * Where even that overlaps the next row (the clone vote upright at a large text setting,
 * Burlington's six candidates), each bar keeps one line of its first ranks, ended by « … », and
 * the whole lines are offered on demand (the scene's « Points par rang » card: rank-detail.ts).
 */
import { rankParts } from '../../../present/count/chart-lines.ts';
import type { BarsView } from '../../../present/count/views.ts';
import { UI } from '../../art/index.ts';
import { smallestName } from './bar-names.ts';
import type { ChartContext } from './context.ts';
import { write } from './kit.ts';

/** The thinnest bar worth drawing: below it, the lines go on demand. */
const THINNEST_BAR = 12;

interface RankLines {
  /** Per row, in the chart's order: the line ('' for an option on no ballot). */
  readonly texts: readonly string[];
  readonly size: number;
  /** The tallest line as wrapped to the chart's width, in frame px. */
  readonly height: number;
  /** Lines cut short to one line each: the whole lines are on demand. */
  readonly compact: boolean;
}

const SEPARATOR = ' · ';

/** The rows' whole lines and the room they need when wrapped to `width`; undefined when the chart has none. */
export function rankLines(ctx: ChartContext, view: BarsView, width: number): RankLines | undefined {
  const ranks = view.ranks;
  if (!ranks) return undefined;
  const texts = ctx.candidates.map((c) => rankParts(ctx.words, ranks, c).join(SEPARATOR));
  const size = smallestName(ctx);
  let height = 0;
  for (const text of texts) {
    if (!text) continue;
    const probe = write(ctx.pen, 0, 0, text, { size, width });
    height = Math.max(height, probe.height);
    probe.destroy();
  }
  return { texts, size, height, compact: false };
}

/**
 * Each row's first ranks that fit one line of `width`, ended by « … » when some are left out
 * (none when not even the first fits: the bar's figure says the total).
 */
function compactLines(ctx: ChartContext, view: BarsView, whole: RankLines, width: number): RankLines {
  const ranks = view.ranks!;
  const oneLine = (text: string): { w: number; h: number } => {
    const probe = write(ctx.pen, 0, 0, text, { size: whole.size });
    const box = { w: probe.width, h: probe.height };
    probe.destroy();
    return box;
  };
  let height = 0;
  const texts = ctx.candidates.map((c) => {
    const parts = rankParts(ctx.words, ranks, c);
    for (let k = parts.length; k > 0; k--) {
      const text = parts.slice(0, k).join(SEPARATOR) + (k < parts.length ? `${SEPARATOR}…` : '');
      const box = oneLine(text);
      if (box.w <= width) {
        height = Math.max(height, box.h);
        return text;
      }
    }
    return '';
  });
  return { texts, size: whole.size, height, compact: true };
}

/**
 * The bar that leaves `lines` their room under it, within `room` (the row, less the name above
 * the bar when names are stacked), or -Infinity when none does. What is centred on a bar
 * (`beside`: its figure, a name beside it) reaches above and below a thinner bar: up into the
 * name stacked above, or as far as the next row's name reaches up into this row. So the bar
 * must be at least as tall as it, and the line fits under the bar.
 */
function barFor(room: number, lines: RankLines, beside: number): number {
  const free = room - lines.height - 2;
  return free >= beside ? free : -Infinity;
}

/**
 * The lines written under the bars and the bars' height: the whole lines when the bar keeps
 * THINNEST_BAR beside them, else the compact ones, else none (the bars keep their height); in
 * the last two cases the whole lines are on demand (`compact`, or no lines at all).
 */
export function fitRankLines(
  ctx: ChartContext,
  view: BarsView,
  whole: RankLines | undefined,
  at: {
    readonly barH: number;
    readonly room: number;
    readonly beside: number;
    readonly width: number;
    /** The thinnest bar: with names stacked above, as tall as its figure (else it reaches into the name). */
    readonly least: number;
  },
): { readonly lines?: RankLines; readonly barH: number; readonly onDemand: boolean } {
  if (!whole || whole.height === 0) return { lines: whole, barH: at.barH, onDemand: false };
  const bar = barFor(at.room, whole, at.beside);
  const least = Math.max(THINNEST_BAR, at.least);
  if (bar >= least) return { lines: whole, barH: Math.min(Math.max(at.barH, least), bar), onDemand: false };
  const compact = compactLines(ctx, view, whole, at.width);
  const shortBar = barFor(at.room, compact, at.beside);
  if (compact.height > 0 && shortBar >= least)
    return { lines: compact, barH: Math.min(Math.max(at.barH, least), shortBar), onDemand: true };
  return { barH: at.barH, onDemand: true };
}

/** Writes row i's line under its bar, from the bar's start to the chart's right edge. */
export function writeRankLine(ctx: ChartContext, lines: RankLines, i: number, x: number, y: number): void {
  const text = lines.texts[i];
  if (!text) return;
  const line = write(ctx.pen, x, y, text, {
    size: lines.size,
    colour: UI.deepSea,
    ...(lines.compact ? {} : { width: ctx.area.x + ctx.area.w - x }),
  });
  // The browser tests tell a whole line from one cut short (its whole line is on demand).
  line.setName(lines.compact ? 'borda-ranks-short' : 'borda-ranks');
  ctx.layer.add(line);
}

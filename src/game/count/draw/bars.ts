/**
 * Bar charts: first choices, rounds of an elimination (bars grow and ballots travel from the
 * eliminated to the next choices), points, approvals, grade sums, STV stages with their quota.
 * One row per option in a fixed order; an option out of the count is struck through and says
 * so in words, an elected or winning one carries a crown mark and the word.
 */
import Phaser from 'phaser';
import { UI } from '../../art/index.ts';
import type { BarsView } from '../../../present/count/views.ts';
import type { ChartContext } from './context.ts';
import { drawBar, drawMarker, Ink, write } from './kit.ts';
import { probe } from '../../../probe.ts';
import { nameColumn, shortenToWidth, stackedNames } from './bar-names.ts';
import { fitRankLines, rankLines, writeRankLine } from './bar-ranks.ts';
import { bottomNotes, flyTransfers } from './bar-flows.ts';
import { figureColumn, figuresWidth, figureText, statusOf } from './bar-figures.ts';
import { dashesAround, holesAt, THIN_BAR } from './bar-fit.ts';

/** The least share of the chart's width the bars keep beside the names and figures. */
const MIN_BARS_SHARE = 0.15;

export function drawBars(ctx: ChartContext, view: BarsView): void {
  const { pen, words, area, layer } = ctx;
  const rows = ctx.candidates;
  const previous = ctx.previous?.kind === 'bars' && ctx.previous.unit === view.unit ? ctx.previous : undefined;
  const caption = [
    view.round !== undefined
      ? words.msg(view.roundWord === 'stage' ? 'count.chart.stage' : 'count.chart.round', { round: view.round })
      : '',
    words.msg(`count.chart.${view.unit}`),
  ]
    .filter(Boolean)
    .join(' · ');
  const captionText = write(pen, area.x, area.y, caption, { size: 22, bold: true, colour: UI.ink });
  layer.add(captionText);
  // The rows start under the caption, whose height grows with the text setting; a name is
  // centred on its bar and may be a little taller than it, so its top half clears the caption too.
  // The notes under the bars (the exhausted pile, where ballots went) may wrap to several lines
  // on a phone: the rows end above them.
  const bottom = Math.min(area.y + area.h - 26, bottomNotes(ctx, view) - 6);
  // The quota's or the majority's label stands over the rows, under the caption.
  const lineLabel = view.line ? lineLabelHeight(ctx) + 14 : 0;
  // Borda's rows hold a line of points under their bar: they take all the height there is.
  const tallest = view.ranks ? Infinity : 84;
  const rowsFrom = (top: number) => Math.min(tallest, (bottom - top) / Math.max(1, rows.length));
  let top = area.y + 44;
  let rowH = rowsFrom(top);
  let barH = Math.min(44, rowH * 0.62);
  const clear = area.y + captionText.height + 4 + Math.max(lineLabel, Math.max(0, (rowH - 4 - barH) / 2));
  if (clear > top) {
    top = clear;
    rowH = rowsFrom(top);
    barH = Math.min(44, rowH * 0.62);
  }

  // Long names (up to 40 characters) get a wider column, up to half the chart, and the type
  // gives way down to 16 (24 px on a 1920 × 1080 projector) so that each name keeps to its row.
  const beside = nameColumn(ctx, rows, rowH, area.w);
  const values = rows.map((c) => view.values[c] ?? 0);
  // Too tall beside their bars (upright phone, larger text), or leaving the bars under 15 % of
  // the chart beside the figures (Burlington's « 26 162,5 · gagne » upright): each name above its
  // bar, across the chart.
  const crowded = area.w - beside.width - figuresWidth(ctx, view, values, 19) < area.w * MIN_BARS_SHARE;
  // Borda's rank lines need the figure beside the bar (they go under both): not on the name's line.
  const onName = view.ranks ? undefined : (size: number) => figureColumn(ctx, view, values, size);
  const stacked = stackedNames(ctx, rows, rowH, area.w - 44, crowded ? { tall: Infinity } : beside, {
    figureW: onName,
  });
  const fit = stacked ? { width: 36, size: stacked.size } : beside;
  const lift = stacked ? stacked.nameH + 2 : 0;
  // The figure at the end of the name's line leaves the bar the rest of the row, however thin.
  const figureOnName = stacked?.figureOnName === true;
  if (stacked) barH = Math.min(44, figureOnName ? Math.max(THIN_BAR, rowH - lift - 2) : rowH - lift - 4);
  const nameLineW = figureOnName ? figureColumn(ctx, view, values, fit.size) : 0;
  // Beside its bar a figure is at 19, or at the names' size when rows are shorter than its line
  // (Burlington upright, steps 4–6: the notes under the bars leave six rows of about one line).
  const figureSize = stacked ? fit.size : besideFigureSize(ctx, rowH, fit.size);
  const x0 = area.x + fit.width;
  // Borda's points rank by rank, under each bar: the bars give up height for them, down to the
  // height of their figure written beside them.
  // The line runs across the chart, under the name too: fewer wrapped lines than under the bar alone.
  const ranksX = area.x + 36;
  const whole = rankLines(ctx, view, area.x + area.w - ranksX);
  // What is centred on the bar and may reach below it: the figure, and a name written beside it.
  let besideH = 0;
  let ranks = whole;
  if (whole) {
    const figure = write(pen, 0, 0, '0', { size: figureSize, bold: true });
    besideH = Math.max(figure.height, stacked ? 0 : beside.tall);
    figure.destroy();
    const room = {
      barH,
      room: rowH - lift - 2,
      beside: besideH,
      width: area.x + area.w - ranksX,
      least: stacked ? besideH : 0,
    };
    const fitted = fitRankLines(ctx, view, whole, room);
    ({ lines: ranks, barH } = fitted);
    // No room for the whole lines: the scene offers them on demand.
    if (fitted.onDemand) ctx.ranksOnDemand?.();
  }
  const before = rows.map((c) => previous?.values[c] ?? (ctx.animate ? 0 : (view.values[c] ?? 0)));
  const max = Math.max(1, ...values, ...before, view.line?.value ?? 0);
  // The figures' column is as wide as the widest final figure and its word (« 92 · gagne »), crown included.
  // On the name's line, the figures leave the bars the chart's whole width.
  const valueW = figureOnName ? 8 : figuresWidth(ctx, view, values, figureSize);
  const full = Math.max(1, area.w - fit.width - valueW);
  const scale = full / max;

  const g = pen.scene.add.graphics();
  const marks = pen.scene.add.graphics();
  layer.add([g, marks]);
  const labels = rows.map((c, i) => {
    const y = top + i * rowH + lift;
    const out = view.out.includes(c);
    const won = view.winners.includes(c) || view.elected.includes(c);
    // Beside its bar, a name is centred on it; above it, the name's first line has the marker.
    const nameY = stacked ? top + i * rowH : y + barH / 2;
    const nameW = stacked ? area.w - 44 - nameLineW : fit.width - 44;
    const markY = stacked ? nameY + Math.min(stacked.nameH, 30) / 2 : nameY;
    drawMarker(marks, words.styleIndex(c), area.x + 16, markY, 13);
    // Rows shorter than two lines of a name (upright phone, larger text): one line, shortened.
    const oneLine = stacked?.oneLine === true;
    const name = write(pen, area.x + 36, nameY, words.option(c), {
      size: fit.size,
      width: oneLine ? undefined : nameW,
      colour: out ? UI.inkSoft : UI.ink,
      bold: won,
    }).setOrigin(0, stacked ? 0 : 0.5);
    if (oneLine) shortenToWidth(name, words.option(c), nameW - 8);
    if (out)
      marks
        .lineStyle(3, Ink.coral, 1)
        .lineBetween(area.x + 34, markY, area.x + 36 + Math.min(name.width, nameW), markY);
    const status = statusOf(ctx, view, c);
    // Above its bar the name leaves the figure only the bar's height: the figure takes the name's size.
    const value = (
      figureOnName
        ? write(pen, area.x + area.w, nameY, '', { size: fit.size, bold: won, colour: out ? UI.inkSoft : UI.ink })
        : write(pen, 0, y + barH / 2, '', {
            size: figureSize,
            bold: won,
            colour: out ? UI.inkSoft : UI.ink,
          })
    ).setOrigin(figureOnName ? 1 : 0, figureOnName ? 0 : 0.5);
    layer.add([name, value]);
    // Under the bar and under the figure centred on it, whichever reaches lower.
    if (ranks) writeRankLine(ctx, ranks, i, ranksX, y + Math.max(barH, (barH + besideH) / 2) + 1);
    return { name, value, status, y, out, won };
  });

  // Units that are ballots get one shape per ballot (when they fit), and only once the bars stand still.
  const ballots = view.unit === 'votes' || view.unit === 'approvals' || view.unit === 'lastPlaces';
  const paint = (t: number): void => {
    g.clear();
    const drawn: [number, number][] = [];
    rows.forEach((c, i) => {
      const { y, out, won, value, status } = labels[i];
      const v = before[i] + (values[i] - before[i]) * t;
      const w = v * scale;
      const shapes = drawBar(g, words.styleIndex(c), x0, y, w, barH, out, ballots && t === 1 ? values[i] : undefined);
      if (t === 1) drawn.push([values[i], shapes]);
      if (!figureOnName) value.setX(x0 + w + (won ? 38 : 10));
      // Whole figures stay whole while they grow; fractions (STV transfers) keep two decimals.
      const whole = Number.isInteger(before[i]) && Number.isInteger(values[i]);
      value.setText(figureText(ctx, view, c, whole ? Math.round(v) : Math.round(v * 100) / 100, status));
      // A winner's crown: after its bar, or before its figure when that is on the name's line.
      if (won)
        drawCrown(
          g,
          figureOnName ? value.x - value.width - 18 : x0 + w + 18,
          figureOnName ? value.y + value.height / 2 : y + barH / 2,
        );
    });
    // For the tests: each bar's figure and the shapes drawn in it.
    if (t === 1) probe.set('barPictograms', drawn);
    if (view.line) {
      const lx = x0 + view.line.value * scale;
      g.lineStyle(3, Ink.deep, 1);
      // The dashes stop short of a text they would cross: a figure, or a name above its bar (a text is
      // read, the line is only seen).
      const texts = labels
        .flatMap(({ name, value }) => [name, value])
        .filter((t) => t.text !== '')
        .map((t) => ({ x: t.x - t.originX * t.width, y: t.y - t.originY * t.height, w: t.width, h: t.height }));
      const dashes = dashesAround(top - 12, top + rows.length * rowH, holesAt(lx, texts));
      for (const [a, b] of dashes) g.lineBetween(lx, a, lx, b);
      // For the tests: the dashes in the surface's pixels, to measure against the texts' boxes.
      if (t === 1) {
        const m = g.getWorldTransformMatrix();
        const at = (y: number) => m.transformPoint(lx, y);
        probe.set('countLine', {
          surface: pen.scene.scale.width,
          x: at(0).x,
          width: 3 * m.scaleX,
          dashes: dashes.map(([a, b]) => [at(a).y, at(b).y]),
        });
      }
    }
  };
  if (view.line) {
    const lx = x0 + view.line.value * scale;
    const label = write(pen, lx, top - 14, words.msg(`count.chart.${view.line.label}`, { value: view.line.value }), {
      size: 17,
      colour: UI.deepSea,
      bold: true,
    }).setOrigin(0.5, 1);
    // Names above their bars put the line near the caption: the label moves right of the caption.
    const clear = captionText.x + captionText.width + 12;
    const beside = label.y - label.height < captionText.y + captionText.height;
    if (beside && lx - label.width / 2 < clear)
      label.setX(Math.min(clear, area.x + area.w - label.width) + label.width / 2);
    // A line near the chart's right end (figures on the names' lines, bars across) keeps its label on screen.
    label.setX(Math.max(area.x + label.width / 2, Math.min(label.x, area.x + area.w - label.width / 2)));
    layer.add(label);
  }

  const moved = previous && rows.some((_, i) => before[i] !== values[i]);
  if (!view.line) probe.clear('countLine');
  if (!ctx.animate || !moved) {
    probe.clear('countFlights');
    paint(ctx.animate && !previous ? 0 : 1);
    if (ctx.animate && !previous)
      pen.scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: 700,
        ease: 'Cubic.easeOut',
        onUpdate: (tw) => paint(tw.getValue() ?? 1),
        onComplete: () => paint(1),
      });
    return;
  }
  paint(0);
  // The ballots that moved fly where the engine traced them (never guessed from the bars' growth).
  if (view.transfers) {
    const at = (x: (i: number) => number) => (c: string) => {
      const i = rows.indexOf(c);
      return i < 0 ? undefined : { x: x0 + x(i) * scale, y: top + lift + i * rowH + barH / 2 };
    };
    flyTransfers(ctx, view.transfers, { source: at((i) => before[i]), receiver: at((i) => values[i]) });
  } else probe.clear('countFlights');
  pen.scene.tweens.addCounter({
    from: 0,
    to: 1,
    delay: 350,
    duration: 900,
    ease: 'Cubic.easeInOut',
    onUpdate: (tw) => paint(tw.getValue() ?? 1),
    onComplete: () => paint(1),
  });
}

/** A winner's crown mark centred on (cx, cy): three points, drawn, not coloured only. */
function drawCrown(g: Phaser.GameObjects.Graphics, cx: number, cy: number): void {
  g.fillStyle(Ink.gold, 1).lineStyle(2, Ink.ink, 1);
  const pts = [-12, 8, -12, -6, -6, 0, 0, -10, 6, 0, 12, -6, 12, 8];
  const poly = [];
  for (let k = 0; k < pts.length; k += 2) poly.push(new Phaser.Math.Vector2(cx + pts[k], cy + pts[k + 1]));
  g.fillPoints(poly, true).strokePoints(poly, true);
}

/** A figure's size beside its bar: 19 when its line keeps to the row, else the names' (which do). */
function besideFigureSize(ctx: ChartContext, rowH: number, nameSize: number): number {
  const probe = write(ctx.pen, 0, 0, '0', { size: 19, bold: true });
  const h = probe.height;
  probe.destroy();
  return h <= rowH - 2 ? 19 : Math.min(19, nameSize);
}

/** The height of the quota's or the majority's label at its size. */
function lineLabelHeight(ctx: ChartContext): number {
  const probe = write(ctx.pen, 0, 0, '0', { size: 17, bold: true });
  const h = probe.height;
  probe.destroy();
  return h;
}

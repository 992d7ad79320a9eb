/**
 * The pairwise matrix (every Condorcet-family method opens with it) and Schulze's strongest
 * paths. A cell says how many voters prefer the row to the column, with ▲ (wins that duel),
 * ▼ (loses it) or = (tie): the sign is a shape and a word, never a colour alone.
 */
import { UI } from '../../art/index.ts';
import type { MatrixView } from '../../../present/count/views.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, Ink, typeScale, write } from './kit.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { smallestName } from './bar-names.ts';
import { matrixGrid } from './grid-layout.ts';

/** The smallest figure a room reads (24 px on a 1920 × 1080 projector). */
const FIGURE_MIN = 16;

export function drawMatrix(ctx: ChartContext, view: MatrixView): void {
  const { pen, words, area, layer } = ctx;
  const rows = ctx.candidates;
  const n = rows.length;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const legend = write(
    pen,
    area.x,
    area.y,
    words.msg(view.mode === 'support' ? 'count.matrix.legend' : 'count.matrix.strength'),
    {
      size: 17,
      width: area.w,
      colour: UI.inkSoft,
    },
  );
  // A legend over three lines (upright phone, larger text) gives way to the names' smallest first.
  for (let size = 16; legend.height > area.h * 0.16 && size >= smallestName(ctx); size--)
    legend.setFontSize(Math.round(size * typeScale(pen)));
  layer.add(legend);
  // Ten options of 40 characters must stay readable from the back of a room (16 is 24 px on a
  // 1920 × 1080 projector): the grid starts under the legend, whatever its lines (grid-layout.ts).
  const { x0, y0, cellW, cellH, head } = matrixGrid(area, n, legend.height);
  const figureSize = Math.max(FIGURE_MIN, Math.min(22, cellH / 2.4));

  rows.forEach((c, j) => {
    // Column heads: the option's marker (the name is on its row).
    drawMarker(g, words.styleIndex(c), x0 + j * cellW + cellW / 2, y0 - 16, 13);
  });
  rows.forEach((r, i) => {
    const y = y0 + i * cellH;
    const lit = view.rows.includes(r);
    const won = view.winners.includes(r);
    if (lit) g.fillStyle(Ink.focus, 0.35).fillRoundedRect(area.x - 6, y + 2, head + n * cellW + 12, cellH - 4, 10);
    drawMarker(g, words.styleIndex(r), area.x + 14, y + cellH / 2, 13);
    const name = write(pen, area.x + 34, y + cellH / 2, words.option(r), {
      size: 18,
      width: head - 40,
      bold: won || lit,
    }).setOrigin(0, 0.5);
    // A long name gives way down to the readable minimum rather than running into the next row.
    for (let size = 17; name.height > cellH - 2 && size >= FIGURE_MIN; size--)
      name.setFontSize(Math.round(size * typeScale(pen)));
    layer.add(name);
    rows.forEach((c, j) => {
      const x = x0 + j * cellW;
      if (r === c) {
        g.fillStyle(Ink.shade, 1).fillRect(x + 3, y + 3, cellW - 6, cellH - 6);
        return;
      }
      const v = view.values[r]?.[c] ?? 0;
      const back = view.values[c]?.[r] ?? 0;
      const sign = v > back ? '▲' : v < back ? '▼' : '=';
      const focus = view.cells.some(([a, b]) => a === r && b === c);
      g.fillStyle(v > back ? 0xdff0d8 : v < back ? 0xf6dcd3 : 0xf1e3c8, 1).fillRoundedRect(
        x + 3,
        y + 3,
        cellW - 6,
        cellH - 6,
        8,
      );
      g.lineStyle(focus ? 5 : 1.5, focus ? Ink.deep : Ink.soft, 1).strokeRoundedRect(
        x + 3,
        y + 3,
        cellW - 6,
        cellH - 6,
        8,
      );
      const figure = write(pen, x + cellW / 2, y + cellH / 2, `${sign} ${formatNumber(v, words.lang)}`, {
        size: figureSize,
        bold: v > back,
        align: 'center',
      }).setOrigin(0.5);
      // A large count (thousands of ballots) or a larger text: the sign goes above the number
      // rather than past the cell, and the type gives way until both keep inside the cell.
      if (figure.width > cellW - 8) figure.setText(`${sign}\n${formatNumber(v, words.lang)}`);
      const misfit = () => figure.width > cellW - 8 || figure.height > cellH - 8;
      for (let size = figureSize - 1; misfit() && size >= smallestName(ctx); size--)
        figure.setFontSize(Math.round(size * typeScale(pen)));
      layer.add(figure);
    });
  });
  if (ctx.animate) {
    layer.setAlpha(0);
    pen.scene.tweens.add({ targets: layer, alpha: 1, duration: 350 });
  }
}

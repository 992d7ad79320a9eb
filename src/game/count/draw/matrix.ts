/**
 * The pairwise matrix (every Condorcet-family method opens with it) and Schulze's strongest
 * paths. A cell says how many voters prefer the row to the column, with ▲ (wins that duel),
 * ▼ (loses it) or = (tie): the sign is a shape and a word, never a colour alone.
 */
import { UI } from '../../art/index.ts';
import type { MatrixView } from '../views.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, Ink, write } from './kit.ts';
import { formatNumber } from '../../../i18n/format.ts';

export function drawMatrix(ctx: ChartContext, view: MatrixView): void {
  const { pen, words, area, layer } = ctx;
  const rows = ctx.candidates;
  const n = rows.length;
  const head = Math.min(230, area.w * 0.3);
  const cell = Math.min(110, (area.w - head) / Math.max(1, n), (area.h - 110) / Math.max(1, n + 0.6));
  const x0 = area.x + head;
  const y0 = area.y + 70;
  const g = pen.scene.add.graphics();
  layer.add(g);
  layer.add(write(pen, area.x, area.y, words.msg(view.mode === 'support' ? 'count.matrix.legend' : 'count.matrix.strength'), { size: 17, width: area.w, colour: UI.inkSoft }));

  rows.forEach((c, j) => {
    // Column heads: the option's marker (the name is on its row).
    drawMarker(g, words.styleIndex(c), x0 + j * cell + cell / 2, y0 - 16, 13);
  });
  rows.forEach((r, i) => {
    const y = y0 + i * cell;
    const lit = view.rows.includes(r);
    const won = view.winners.includes(r);
    if (lit) g.fillStyle(Ink.focus, 0.35).fillRoundedRect(area.x - 6, y + 2, head + n * cell + 12, cell - 4, 10);
    drawMarker(g, words.styleIndex(r), area.x + 14, y + cell / 2, 13);
    layer.add(write(pen, area.x + 34, y + cell / 2, words.option(r), { size: 18, width: head - 40, bold: won || lit }).setOrigin(0, 0.5));
    rows.forEach((c, j) => {
      const x = x0 + j * cell;
      if (r === c) {
        g.fillStyle(Ink.shade, 1).fillRect(x + 3, y + 3, cell - 6, cell - 6);
        return;
      }
      const v = view.values[r]?.[c] ?? 0;
      const back = view.values[c]?.[r] ?? 0;
      const sign = v > back ? '▲' : v < back ? '▼' : '=';
      const focus = view.cells.some(([a, b]) => a === r && b === c);
      g.fillStyle(v > back ? 0xdff0d8 : v < back ? 0xf6dcd3 : 0xf1e3c8, 1).fillRoundedRect(x + 3, y + 3, cell - 6, cell - 6, 8);
      g.lineStyle(focus ? 5 : 1.5, focus ? Ink.deep : Ink.soft, 1).strokeRoundedRect(x + 3, y + 3, cell - 6, cell - 6, 8);
      layer.add(write(pen, x + cell / 2, y + cell / 2, `${sign} ${formatNumber(v, words.lang)}`, { size: Math.min(22, cell / 3.2), bold: v > back, align: 'center' }).setOrigin(0.5));
    });
  });
  if (ctx.animate) {
    layer.setAlpha(0);
    pen.scene.tweens.add({ targets: layer, alpha: 1, duration: 350 });
  }
}

/**
 * The smaller charts: a draw by lot (the pool, the seed that makes it replayable, the names
 * drawn), a tie announced, Borda's points per place, and an order of options in tiers.
 */
import { UI } from '../../art/index.ts';
import type { DrawView, ListView, PointsScaleView } from '../../../present/count/views.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, Ink, typeScale, write } from './kit.ts';
import { smallestName } from './bar-names.ts';
import { probe } from '../../../probe.ts';

export function drawLots(ctx: ChartContext, view: DrawView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const title = view.tie ? words.msg('count.draw.tie') : words.msg('count.draw.lot');
  layer.add(
    write(pen, area.x, area.y, title, { size: 30, bold: true, title: true, colour: view.tie ? '#a33a1c' : UI.ink }),
  );
  if (view.seed)
    layer.add(
      write(pen, area.x + area.w, area.y + 6, words.msg('count.draw.seed', { seed: view.seed }), {
        size: 20,
        bold: true,
        colour: UI.deepSea,
      }).setOrigin(1, 0),
    );
  const cols = Math.min(5, Math.max(1, view.pool.length));
  // A sortition numbers the names still in the pool, in this order: the number the next draw
  // may fall on is on each card, and a drawn card says which draw took it.
  const left = view.pool.filter((c) => !view.drawn.includes(c));
  const cardLabel = (c: string, i: number): string => {
    if (!view.draws) return `${i + 1}`;
    const d = view.draws.find((x) => x.name === c);
    return d
      ? words.msg('count.draw.card', { draw: d.draw })
      : words.msg('count.draw.left', { n: left.indexOf(c) + 1 });
  };
  const cardW = Math.min(220, (area.w - 20) / cols);
  const cardH = 74;
  view.pool.forEach((c, i) => {
    const x = area.x + (i % cols) * cardW;
    const y = area.y + 70 + Math.floor(i / cols) * (cardH + 14);
    const drawn = view.drawn.includes(c);
    const won = view.winners.includes(c);
    g.fillStyle(drawn ? 0xfff1c4 : Ink.paper, 1).fillRoundedRect(x + 4, y, cardW - 8, cardH, 12);
    g.lineStyle(drawn ? 5 : 2, drawn ? Ink.gold : Ink.soft, 1).strokeRoundedRect(x + 4, y, cardW - 8, cardH, 12);
    layer.add(write(pen, x + 16, y + 6, cardLabel(c, i), { size: 15, bold: Boolean(view.draws), colour: UI.inkSoft }));
    if (ctx.candidates.includes(c)) drawMarker(g, words.styleIndex(c), x + 30, y + cardH / 2 + 6, 12);
    layer.add(
      write(pen, x + 50, y + cardH / 2 + 6, `${words.option(c)}${drawn ? ' ★' : ''}`, {
        size: 17,
        bold: drawn || won,
        width: cardW - 64,
      }).setOrigin(0, 0.5),
    );
  });
  const rows = Math.ceil(view.pool.length / cols);
  if (view.draws) {
    // Each draw in order, with its number: "Tirage 1 : n° 3 sur 5 → Corail".
    const lines = view.draws.map((d) => words.msg('count.draw.number', { ...d, name: words.option(d.name) }));
    const list = write(pen, area.x, area.y + 80 + rows * (cardH + 14), lines.join('\n'), {
      size: 20,
      bold: true,
      width: area.w,
    }).setName('draw-numbers');
    layer.add(list);
    probe.set('countDraws', lines.length);
  } else if (view.drawn.length > 0) {
    layer.add(
      write(
        pen,
        area.x,
        area.y + 80 + rows * (cardH + 14),
        words.msg('count.draw.drawn', { names: view.drawn.map((c) => words.option(c)) }),
        { size: 20, bold: true, width: area.w },
      ),
    );
  }
}

export function drawScale(ctx: ChartContext, view: PointsScaleView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  layer.add(write(pen, area.x, area.y, words.msg('count.scale.legend'), { size: 22, bold: true }));
  const n = view.points.length;
  const stepW = Math.min(170, area.w / Math.max(1, n));
  const top = Math.max(1, ...view.points);
  view.points.forEach((p, i) => {
    const x = area.x + i * stepW;
    const h = (p / top) * (area.h - 170) + 6;
    const base = area.y + area.h - 60;
    g.fillStyle(Ink.gold, 1).fillRoundedRect(x + 16, base - h, stepW - 32, h, 8);
    g.lineStyle(2, Ink.ink, 1).strokeRoundedRect(x + 16, base - h, stepW - 32, h, 8);
    layer.add(
      write(pen, x + stepW / 2, base + 8, words.msg('count.scale.place', { place: i + 1, points: p }), {
        size: 18,
        align: 'center',
        width: stepW - 8,
      }).setOrigin(0.5, 0),
    );
  });
}

export function drawList(ctx: ChartContext, view: ListView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const legend = view.unranked ? 'count.list.running' : 'count.list.legend';
  // The legend wraps (an upright phone at the larger text sizes) and the rows start under it.
  const caption = write(pen, area.x, area.y, words.msg(legend), { size: 20, bold: true, width: area.w });
  layer.add(caption);
  const top = area.y + Math.max(50, caption.height + 14);
  const rowH = Math.min(54, (area.y + area.h - 10 - top) / Math.max(1, view.tiers.length));
  view.tiers.forEach((tier, i) => {
    const y = top + i * rowH;
    // Before the count, no place numbers: the options are in the running, not ranked yet.
    const place = view.unranked ? '•' : `${i + 1}.`;
    layer.add(write(pen, area.x, y + rowH / 2, place, { size: 22, bold: true }).setOrigin(0, 0.5));
    // One option on its row takes the row's whole width (a 40-character name on one line); tied
    // options share the row in columns.
    const width = tier.length === 1 ? area.w - 90 : 220;
    tier.forEach((c, k) => {
      const x = area.x + 50 + k * 260;
      drawMarker(g, words.styleIndex(c), x + 12, y + rowH / 2, 12);
      const name = write(pen, x + 30, y + rowH / 2, words.option(c), {
        size: 19,
        bold: view.winners.includes(c),
        width,
      }).setOrigin(0, 0.5);
      // A long name at the larger text sizes takes smaller type until it keeps to its row.
      for (let size = 18; name.height > rowH - 2 && size >= smallestName(ctx); size--)
        name.setFontSize(Math.round(size * typeScale(pen)));
      layer.add(name);
    });
  });
}

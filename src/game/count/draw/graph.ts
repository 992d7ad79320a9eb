/**
 * Duels as arrows between options placed on a circle: ranked pairs locking its defeats from
 * the largest margin down (a skipped one is dashed and crossed out, and says why), and
 * Schulze's strongest path from one option to another (a thick arrow chain, the way back thin).
 */
import { UI } from '../../art/index.ts';
import type { GraphEdge, GraphView } from '../../../present/count/views.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, Ink, typeScale, write } from './kit.ts';
import { smallestName } from './bar-names.ts';
import { cutsAWord } from './duel.ts';

const STYLE: Record<GraphEdge['state'], { width: number; colour: number; alpha: number }> = {
  plain: { width: 2, colour: Ink.soft, alpha: 0.45 },
  locked: { width: 6, colour: Ink.kelp, alpha: 1 },
  skipped: { width: 3, colour: Ink.coral, alpha: 1 },
  path: { width: 7, colour: Ink.deep, alpha: 1 },
  back: { width: 3, colour: Ink.coral, alpha: 0.9 },
};

export function drawGraph(ctx: ChartContext, view: GraphView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const caption = write(pen, area.x, area.y, words.msg('count.graph.legend'), {
    size: 17,
    width: area.w,
    colour: UI.inkSoft,
  });
  layer.add(caption);
  // The circle of options starts under the caption, however many lines it takes (larger text, upright).
  const top = area.y + Math.max(40, caption.height + 8);
  const bottom = area.y + area.h - 30;
  const n = ctx.candidates.length;
  const cx = area.x + area.w / 2;
  const cy = top + (bottom + 30 - top) / 2;
  // An ellipse, wider than tall: names beside the options at the sides, above and below at the
  // top and bottom, with room for two lines of a 40-character name each way.
  const ry = Math.max(60, (bottom + 30 - top) / 2 - 98);
  const rx = Math.min(area.w * 0.3, area.w / 2 - 150);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = new Map(
    ctx.candidates.map((c, i) => [
      c,
      { x: cx + rx * Math.cos(angle(i)), y: cy + ry * Math.sin(angle(i)), cos: Math.cos(angle(i)) },
    ]),
  );
  const order: GraphEdge['state'][] = ['plain', 'back', 'skipped', 'locked', 'path'];
  const edges = [...view.edges].sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  for (const e of edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const s = STYLE[e.state];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const sx = a.x + ux * 34;
    const sy = a.y + uy * 34;
    const ex = b.x - ux * 40;
    const ey = b.y - uy * 40;
    g.lineStyle(s.width, s.colour, s.alpha);
    if (e.state === 'skipped') {
      for (let t = 0; t < 1; t += 0.12)
        g.lineBetween(
          sx + (ex - sx) * t,
          sy + (ey - sy) * t,
          sx + (ex - sx) * Math.min(1, t + 0.07),
          sy + (ey - sy) * Math.min(1, t + 0.07),
        );
      const mx = (sx + ex) / 2;
      const my = (sy + ey) / 2;
      g.lineStyle(5, Ink.coral, 1)
        .lineBetween(mx - 10, my - 10, mx + 10, my + 10)
        .lineBetween(mx - 10, my + 10, mx + 10, my - 10);
    } else g.lineBetween(sx, sy, ex, ey);
    // Arrow head at the loser's end.
    g.fillStyle(s.colour, s.alpha).fillTriangle(
      ex + ux * 14,
      ey + uy * 14,
      ex - uy * 9,
      ey + ux * 9,
      ex + uy * 9,
      ey - ux * 9,
    );
    if (e.state !== 'plain' || view.edges.length <= 10) {
      const lx = sx + (ex - sx) * 0.4 - uy * 16;
      const ly = sy + (ey - sy) * 0.4 + ux * 16;
      const weight = `+${formatNumber(e.weight, words.lang)}`;
      const label = e.state === 'locked' ? `${weight} ✓` : e.state === 'skipped' ? `${weight} ✗` : weight;
      layer.add(
        write(pen, lx, ly, label, {
          size: 17,
          bold: e.state !== 'plain',
          colour: e.state === 'plain' ? UI.inkSoft : UI.ink,
        }).setOrigin(0.5),
      );
    }
  }
  for (const c of ctx.candidates) {
    const p = at.get(c)!;
    const won = view.winners.includes(c);
    const lit = view.focus === c;
    g.fillStyle(Ink.paper, 1).fillCircle(p.x, p.y, 30);
    g.lineStyle(won || lit ? 6 : 3, won ? Ink.gold : lit ? Ink.deep : Ink.soft, 1).strokeCircle(p.x, p.y, 30);
    drawMarker(g, words.styleIndex(c), p.x, p.y, 17);
    if (Math.abs(p.cos) > 0.25) {
      // At the sides: the name beside the option, towards the panel's edge.
      const right = p.cos > 0;
      const room = Math.min(260, right ? area.x + area.w - (p.x + 36) : p.x - 36 - area.x);
      const name = write(pen, right ? p.x + 36 : p.x - 36, p.y, words.option(c), {
        size: 17,
        bold: won,
        align: right ? 'left' : 'right',
        width: room,
      }).setOrigin(right ? 0 : 1, 0.5);
      // A word wider than the room beside the option (upright, larger text) takes smaller type, never a cut.
      const misfit = () => cutsAWord(name) || p.y - name.height / 2 < top;
      for (let size = 16; misfit() && size >= smallestName(ctx); size--)
        name.setFontSize(Math.round(size * typeScale(pen)));
      layer.add(name);
    } else {
      const below = p.y >= cy - 1;
      const name = write(pen, p.x, below ? p.y + 36 : p.y - 36, words.option(c), {
        size: 17,
        bold: won,
        align: 'center',
        width: Math.min(240, area.w),
      }).setOrigin(0.5, below ? 0 : 1);
      // Above the circle the name keeps under the caption, below it above the key of marks.
      const misfit = () => cutsAWord(name) || (below ? p.y + 36 + name.height > bottom : p.y - 36 - name.height < top);
      for (let size = 16; misfit() && size >= smallestName(ctx); size--)
        name.setFontSize(Math.round(size * typeScale(pen)));
      layer.add(name);
    }
  }
  const legend = [
    view.edges.some((e) => e.state === 'locked') ? `✓ ${words.msg('count.graph.locked')}` : '',
    view.edges.some((e) => e.state === 'skipped') ? `✗ ${words.msg('count.graph.skipped')}` : '',
  ]
    .filter(Boolean)
    .join('   ');
  if (legend) layer.add(write(pen, area.x, area.y + area.h - 24, legend, { size: 17, colour: UI.inkSoft }));
}

/**
 * Majority judgment's merit profiles: for each option, its grades stacked from the lowest to
 * the highest across one bar, and the middle line where the median grade is read. Each grade's
 * block is numbered when it is wide enough, so the grade is read, not guessed from a shade.
 */
import { UI } from '../../art/index.ts';
import type { MeritView } from '../views.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, hex, Ink, write } from './kit.ts';

/** From worst to best: a warm-to-cool ramp that also gets lighter (readable in greyscale). */
const RAMP = ['#7a1f1f', '#b4432b', '#d9822b', '#e8c15a', '#a8cf6f', '#5fae6e', '#2f7f5f'];

function gradeColour(level: number, levels: number): number {
  const i = levels <= 1 ? RAMP.length - 1 : Math.round((level / (levels - 1)) * (RAMP.length - 1));
  return hex(RAMP[i]);
}

export function drawMerit(ctx: ChartContext, view: MeritView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  layer.add(write(pen, area.x, area.y, words.msg('count.merit.legend'), { size: 17, width: area.w, colour: UI.inkSoft }));
  const levels = view.max - view.min + 1;
  const nameW = 220;
  const x0 = area.x + nameW;
  const w = area.w - nameW - 110;
  const top = area.y + 76;
  const rows = ctx.candidates;
  const rowH = Math.min(70, (area.h - 120) / Math.max(1, rows.length));
  const barH = Math.min(40, rowH * 0.64);
  rows.forEach((c, i) => {
    const profile = view.profiles.find((p) => p.name === c);
    const y = top + i * rowH;
    const won = view.winners.includes(c);
    const lit = view.focus.includes(c);
    if (lit) g.fillStyle(Ink.focus, 0.3).fillRoundedRect(area.x - 6, y - 6, area.w + 12, barH + 12, 10);
    drawMarker(g, words.styleIndex(c), area.x + 14, y + barH / 2, 13);
    layer.add(write(pen, area.x + 34, y + barH / 2, words.option(c), { size: 18, bold: won, width: nameW - 40 }).setOrigin(0, 0.5));
    if (!profile) return;
    const total = profile.counts.reduce((s, n) => s + n, 0) || 1;
    let x = x0;
    profile.counts.forEach((n, level) => {
      if (n === 0) return;
      const bw = (n / total) * w;
      g.fillStyle(gradeColour(level, levels), 1).fillRect(x, y, bw, barH);
      g.lineStyle(1.5, Ink.paper, 1).strokeRect(x, y, bw, barH);
      if (bw > 26) layer.add(write(pen, x + bw / 2, y + barH / 2, String(view.min + level), { size: 17, bold: true, colour: level / Math.max(1, levels - 1) > 0.3 && level / Math.max(1, levels - 1) < 0.75 ? UI.ink : '#ffffff' }).setOrigin(0.5));
      x += bw;
    });
    g.lineStyle(2, Ink.ink, 1).strokeRect(x0, y, w, barH);
    layer.add(write(pen, x0 + w + 12, y + barH / 2, `${words.msg('count.merit.median')} ${profile.median}${won ? ' ★' : ''}`, { size: 18, bold: won }).setOrigin(0, 0.5));
  });
  // The median line, across every profile.
  g.lineStyle(4, Ink.deep, 1);
  for (let y = top - 16; y < top + rows.length * rowH; y += 14) g.lineBetween(x0 + w / 2, y, x0 + w / 2, y + 8);
  layer.add(write(pen, x0 + w / 2, top - 18, '50 %', { size: 16, bold: true, colour: UI.deepSea }).setOrigin(0.5, 1));
}

/**
 * Majority judgment's merit profiles: for each option, its grades stacked from the lowest to
 * the highest across one bar, and the middle line where the median grade is read. Each grade's
 * block carries its grade when it is wide enough, so the grade is read, not guessed from a
 * shade. Named grades (« Bien », « Excellent »…) get a key below the bars, since a name fits
 * a narrow block less often than a number does.
 */
import type Phaser from 'phaser';
import { UI } from '../../art/index.ts';
import type { MeritView } from '../../../present/count/views.ts';
import type { ChartContext } from './context.ts';
import { nameColumn, smallestName, stackedNames } from './bar-names.ts';
import { drawMarker, hex, Ink, typeScale, write, type Pen } from './kit.ts';
import { flowItems } from './grid-layout.ts';

/** From worst to best: a warm-to-cool ramp that also gets lighter (readable in greyscale). */
const RAMP = ['#7a1f1f', '#b4432b', '#d9822b', '#e8c15a', '#a8cf6f', '#5fae6e', '#2f7f5f'];

function gradeColour(level: number, levels: number): number {
  const i = levels <= 1 ? RAMP.length - 1 : Math.round((level / (levels - 1)) * (RAMP.length - 1));
  return hex(RAMP[i]);
}

/** Dark ink on the light middle of the ramp, white on its dark ends. */
function inkOn(level: number, levels: number): string {
  const at = level / Math.max(1, levels - 1);
  return at > 0.3 && at < 0.75 ? UI.ink : '#ffffff';
}

/**
 * The key of named grades: a swatch of each grade's colour with its name, wrapping as needed,
 * each line as tall as its tallest name (two lines of a larger text never reach the next line).
 * Returns its height; `draw` false only measures it.
 */
function drawKey(
  pen: Pen,
  g: Phaser.GameObjects.Graphics,
  layer: Phaser.GameObjects.Container,
  names: readonly string[],
  x0: number,
  y0: number,
  w: number,
  draw = true,
): number {
  const labels = names.map((name) => write(pen, 0, 0, name, { size: 16, width: Math.max(40, w - 28) }));
  const sizes = labels.map((l) => ({ w: 28 + l.width, h: Math.max(22, l.height) }));
  const { at, height } = flowItems(sizes, x0, y0, w, 12);
  labels.forEach((label, level) => {
    if (!draw) return void label.destroy();
    const { x, y } = at[level];
    g.fillStyle(gradeColour(level, names.length), 1).fillRect(x, y + 2, 20, 18);
    g.lineStyle(1.5, Ink.ink, 1).strokeRect(x, y + 2, 20, 18);
    layer.add(label.setPosition(x + 28, y));
  });
  return height;
}

export function drawMerit(ctx: ChartContext, view: MeritView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const legend = write(pen, area.x, area.y, words.msg('count.merit.legend'), {
    size: 17,
    width: area.w,
    colour: UI.inkSoft,
  });
  // A long legend at a larger text setting on a narrow chart gives way (to the names' smallest) before the rows do.
  for (let size = 16; legend.height > area.h * 0.14 && size >= smallestName(ctx); size--)
    legend.setFontSize(Math.round(size * typeScale(pen)));
  layer.add(legend);
  // The « 50 % » mark sits between the legend and the first profile: at the larger text settings
  // the legend takes more lines and the mark more height, so the profiles start lower.
  const half = write(pen, 0, 0, '50 %', { size: 16, bold: true, colour: UI.deepSea }).setOrigin(0.5, 1);
  layer.add(half);
  const levels = view.max - view.min + 1;
  const named = words.gradesNamed;
  const rows = ctx.candidates;
  // The medians are written first: the widest one sets how much room the bars leave them.
  const medians = new Map<string, Phaser.GameObjects.Text>();
  for (const c of rows) {
    const profile = view.profiles.find((p) => p.name === c);
    if (!profile) continue;
    const won = view.winners.includes(c);
    const median = words.grade(profile.median);
    // A name goes under the word « médiane », a number beside it.
    const text = `${words.msg('count.merit.median')}${named ? '\n' : ' '}${median}${won ? ' ★' : ''}`;
    medians.set(c, write(pen, 0, 0, text, { size: 18, bold: won }).setOrigin(0, 0.5));
  }
  const top = Math.max(area.y + 76, area.y + legend.height + 6 + half.height + 18);
  const gradeNames = Array.from({ length: levels }, (_, level) => words.grade(view.min + level));
  const keyH = named ? drawKey(pen, g, layer, gradeNames, area.x, 0, area.w, false) + 12 : 0;
  const room = (area.y + area.h - 30 - top - keyH) / Math.max(1, rows.length);
  // Rows as tall as their medians need (two lines of a larger text) when the chart has the room.
  const tallest = () => Math.max(0, ...[...medians.values()].map((t) => t.height));
  let rowH = Math.min(Math.max(70, tallest() + 8), room);
  // No room for two lines: « médiane Passable » on one, and smaller type until it keeps to its row.
  if (tallest() > rowH - 4) for (const median of medians.values()) median.setText(median.text.replace('\n', ' '));
  for (let size = 17; tallest() > rowH - 4 && size >= smallestName(ctx); size--)
    for (const median of medians.values()) median.setFontSize(Math.round(size * typeScale(pen)));
  const medianW = Math.max(110, ...[...medians.values()].map((t) => t.width + 16));
  // Names of up to 40 characters: the bars' own column rule (wider, then smaller type down to
  // 16, i.e. 24 px on a 1920 × 1080 projector) so that each name keeps to its row.
  // Merit rows are lower than bars' (room for the legend and the 50 % mark): names may take a
  // little more of the width, so that at the larger text settings they keep to two lines.
  const chartW = (area.w - medianW) * 1.25;
  let beside = nameColumn(ctx, rows, rowH, chartW);
  // Names taller than their rows while the chart has height to spare: the rows grow to hold them.
  if (beside.tall > rowH - 4 && room > rowH) {
    rowH = Math.min(room, beside.tall + 6);
    beside = nameColumn(ctx, rows, rowH, chartW);
  }
  // Names beside their profiles wrap in the width nameColumn measured them in (the larger of the
  // column and half the chart, less the marker), not in the column, a few pixels narrower: there
  // the bold « la lumière blanche » took three lines, not the two its row was given, and ran into
  // the next row's name (upright phone, larger text). Its lines are never wider than the column.
  const besideWrap = Math.max(beside.width, Math.round(chartW * 0.5)) - 44;
  // Too tall beside their profiles (upright phone, larger text): each name above its profile,
  // and the medians on one line at the names' size, so that they keep to the profile's height.
  const stacked = stackedNames(ctx, rows, rowH, area.w - 44, beside);
  if (stacked)
    for (const [c, median] of medians) {
      const profile = view.profiles.find((p) => p.name === c);
      const star = view.winners.includes(c) ? ' ★' : '';
      median.setText(`${words.msg('count.merit.median')} ${profile ? words.grade(profile.median) : ''}${star}`);
      median.setFontSize(Math.round(stacked.size * typeScale(pen)));
    }
  const fit = stacked ? { width: 34, size: stacked.size } : beside;
  const lift = stacked ? stacked.nameH + 2 : 0;
  const nameW = fit.width;
  const medianAt = stacked ? Math.max(110, ...[...medians.values()].map((t) => t.width + 16)) : medianW;
  const x0 = area.x + nameW;
  const w = area.w - nameW - medianAt;
  const barH = stacked ? Math.min(40, rowH - lift - 4) : Math.min(40, rowH * 0.64);
  rows.forEach((c, i) => {
    const profile = view.profiles.find((p) => p.name === c);
    const y = top + i * rowH + lift;
    const won = view.winners.includes(c);
    const lit = view.focus.includes(c);
    if (lit) g.fillStyle(Ink.focus, 0.3).fillRoundedRect(area.x - 6, y - lift - 6, area.w + 12, barH + lift + 12, 10);
    const nameY = stacked ? y - lift : y + barH / 2;
    drawMarker(g, words.styleIndex(c), area.x + 14, stacked ? nameY + Math.min(stacked.nameH, 30) / 2 : nameY, 13);
    layer.add(
      write(pen, area.x + 34, nameY, words.option(c), {
        size: fit.size,
        bold: won,
        width: stacked ? area.w - 44 : besideWrap,
      }).setOrigin(0, stacked ? 0 : 0.5),
    );
    if (!profile) return;
    const total = profile.counts.reduce((s, n) => s + n, 0) || 1;
    let x = x0;
    profile.counts.forEach((n, level) => {
      if (n === 0) return;
      const bw = (n / total) * w;
      g.fillStyle(gradeColour(level, levels), 1).fillRect(x, y, bw, barH);
      g.lineStyle(1.5, Ink.paper, 1).strokeRect(x, y, bw, barH);
      if (bw > 26) {
        const grade = write(pen, x + bw / 2, y + barH / 2, words.grade(view.min + level), {
          size: stacked ? Math.min(fit.size, named ? 16 : 17) : named ? 16 : 17,
          bold: true,
          colour: inkOn(level, levels),
        }).setOrigin(0.5);
        // A name too wide (or tall) for its block is left to the key, rather than spilling on its neighbours.
        if (grade.width <= bw - 6 && (!stacked || grade.height <= barH + 2)) layer.add(grade);
        else grade.destroy();
      }
      x += bw;
    });
    g.lineStyle(2, Ink.ink, 1).strokeRect(x0, y, w, barH);
    const median = medians.get(c);
    if (median) layer.add(median.setPosition(x0 + w + 12, y + barH / 2));
  });
  // The median line, across every profile.
  g.lineStyle(4, Ink.deep, 1);
  for (let y = top - 16; y < top + rows.length * rowH; y += 14) g.lineBetween(x0 + w / 2, y, x0 + w / 2, y + 8);
  half.setPosition(x0 + w / 2, top - 18);
  if (named) drawKey(pen, g, layer, gradeNames, area.x, top + rows.length * rowH + 12, area.w);
}

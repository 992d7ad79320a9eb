/**
 * Seats filling a half-circle council, each seat in its list's colour and shape (the order
 * they were won in when the count gives it), and the quotient table of the divisor methods.
 */
import type Phaser from 'phaser';
import { candidateStyle, UI } from '../../art/index.ts';
import type { SeatsView, TableView } from '../../../present/count/views.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, drawShape, hex, Ink, typeScale, write } from './kit.ts';
import { smallestName } from './bar-names.ts';

/** Seat positions on rows of a half circle, left to right, like a chamber seen from the front. */
function chamber(
  total: number,
  cx: number,
  cy: number,
  radius: number,
): { seats: { x: number; y: number }[]; size: number } {
  // About a dozen seats a row: a small council sits in one or two tight rows, not scattered.
  const rows = Math.max(1, Math.min(6, Math.ceil(total / 12)));
  const radii = Array.from({ length: rows }, (_, r) => radius * (rows === 1 ? 1 : 0.6 + (0.4 * r) / (rows - 1)));
  const length = radii.reduce((s, r) => s + r, 0);
  const perRow = radii.map((r) => Math.max(1, Math.round((total * r) / length)));
  perRow[rows - 1] += total - perRow.reduce((s, n) => s + n, 0);
  const seats: { x: number; y: number; angle: number }[] = [];
  radii.forEach((r, i) => {
    const n = perRow[i];
    for (let k = 0; k < n; k++) {
      const angle = Math.PI - (n === 1 ? Math.PI / 2 : (Math.PI * k) / (n - 1));
      seats.push({ x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle), angle });
    }
  });
  // A seat is as big as the tightest row allows.
  const size = Math.min(...radii.map((r, i) => (Math.PI * r) / Math.max(1, perRow[i] - 1 || 1))) * 0.42;
  const ring = rows > 1 ? (radius * 0.4) / (rows - 1) : radius;
  return { seats: seats.sort((a, b) => b.angle - a.angle).slice(0, total), size: Math.min(size, ring * 0.46) };
}

/** True when a name's wrapping cut a word in two (a word wider than its column). */
function cutsAWord(text: Phaser.GameObjects.Text): boolean {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).join(' ');
  return words(text.getWrappedText().join(' ')) !== words(text.text);
}

/**
 * The legend under the chamber: each list with its seats, in columns, each row as tall as its
 * tallest name (long names wrap onto two or three lines). Its type gives way, down to the names'
 * smallest, until the legend leaves the chamber at least `minChamber` of the area's height.
 */
function seatsLegend(ctx: ChartContext, view: SeatsView, shown: readonly string[], minChamber: number) {
  const { pen, words, area } = ctx;
  const columns = Math.max(1, Math.min(3, shown.length));
  const colW = area.w / columns;
  const texts = shown.map((c) =>
    write(pen, 0, 0, words.msg('count.seats.legend', { name: words.option(c), seats: view.seats[c] ?? 0 }), {
      size: 18,
      width: colW - 40,
      bold: view.winners.includes(c),
    }).setOrigin(0, 0),
  );
  const rows = () =>
    Array.from({ length: Math.ceil(shown.length / columns) }, (_, r) =>
      Math.max(24, ...texts.slice(r * columns, (r + 1) * columns).map((t) => t.height)),
    );
  const height = () => rows().reduce((sum, h) => sum + h + 8, 0);
  for (
    let size = 17;
    (height() > area.h - 70 - minChamber || texts.some(cutsAWord)) && size >= smallestName(ctx);
    size--
  )
    for (const t of texts) t.setFontSize(Math.round(size * typeScale(pen)));
  return { texts, columns, colW, rows: rows(), height: height() };
}

export function drawSeats(ctx: ChartContext, view: SeatsView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const total = Math.max(1, view.total);
  // Legend: each list with its seats, in words; the chamber takes the height it leaves.
  const shown = ctx.candidates.filter((c) => c in view.seats || view.winners.includes(c));
  const legend = seatsLegend(ctx, view, shown, Math.min(area.h * 0.35, 160));
  const radius = Math.max(40, Math.min(area.w * 0.42, area.h - 80 - legend.height));
  const cx = area.x + area.w / 2;
  const cy = area.y + 30 + radius;
  const { seats, size } = chamber(total, cx, cy, radius);
  const r = Math.max(5, Math.min(26, size));
  // Lists in a stable order; in seat order the first seats go left (as the count gives them).
  const order =
    view.order.length > 0
      ? view.order
      : ctx.candidates.flatMap((c) => Array.from({ length: view.seats[c] ?? 0 }, () => c));
  const byList = [...ctx.candidates].filter((c) => (view.seats[c] ?? 0) > 0);
  const filled =
    view.order.length > 0 ? order : byList.flatMap((c) => Array.from({ length: view.seats[c] ?? 0 }, () => c));
  seats.forEach((s, i) => {
    g.lineStyle(2, Ink.soft, 1).strokeCircle(s.x, s.y, r);
    const list = filled[i];
    if (list === undefined) return;
    const style = candidateStyle(words.styleIndex(list));
    const seat = pen.scene.add.graphics();
    drawShape(seat, style.shape, 0, 0, r, hex(style.colour));
    seat.setPosition(s.x, s.y);
    layer.add(seat);
    if (ctx.animate) {
      seat.setScale(0);
      pen.scene.tweens.add({
        targets: seat,
        scale: 1,
        delay: Math.min(40 * i, 1600),
        duration: 260,
        ease: 'Back.easeOut',
      });
    }
  });
  layer.add(
    write(pen, cx, cy - radius * 0.3, words.msg('count.seats.total', { count: view.total }), {
      size: 20,
      bold: true,
    }).setOrigin(0.5, 0),
  );
  let y = cy + 30;
  legend.texts.forEach((text, i) => {
    const column = i % legend.columns;
    const row = Math.floor(i / legend.columns);
    if (column === 0 && row > 0) y += legend.rows[row - 1] + 8;
    const x = area.x + column * legend.colW;
    drawMarker(g, words.styleIndex(shown[i]), x + 12, y + 12, 11);
    layer.add(text.setPosition(x + 30, y));
  });
}

export function drawTable(ctx: ChartContext, view: TableView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const caption = write(pen, area.x, area.y, words.msg('count.table.legend'), {
    size: 17,
    width: area.w,
    colour: UI.inkSoft,
  });
  layer.add(caption);
  // The names' column takes what a 40-character name needs on one line at the names' smallest
  // type, up to 45 % of the chart; the divisors get the rest, no column under 72 px (the words
  // beside the chart give every quotient).
  // A column holds its quotient at the text size chosen: wider columns, so fewer, at larger type.
  const head = Math.max(230, Math.min(area.w * 0.45, 380));
  const least = Math.max(72, 52 * typeScale(pen));
  const cols = view.columns.slice(0, Math.max(3, Math.min(8, Math.floor((area.w - head) / least))));
  const colW = Math.min(Math.max(110, least), (area.w - head) / Math.max(1, cols.length));
  // The rows start under the caption (two lines on a phone held upright) and share the height left.
  const y0 = area.y + Math.max(64, caption.height + 16);
  // Up to 64 px a row: room for a long name on two lines (a phone held upright).
  const rowH = Math.min(64, (area.y + area.h - y0 - 8) / Math.max(1, view.rows.length + 1));
  // The largest quotients, as many as there are seats, are the ones that win a seat (counted
  // over every divisor, also those the table has no room to show).
  const all = view.rows.flatMap((r) => r.cells);
  const cut = [...all].sort((a, b) => b - a)[Math.max(0, Math.min(all.length, view.seats) - 1)] ?? Infinity;
  const cells: Phaser.GameObjects.Text[] = [];
  cols.forEach((d, j) =>
    layer.add(
      write(pen, area.x + head + j * colW + colW / 2, y0, `÷ ${formatNumber(d, words.lang)}`, {
        size: 18,
        bold: true,
        align: 'center',
      }).setOrigin(0.5, 0),
    ),
  );
  view.rows.forEach((row, i) => {
    const y = y0 + (i + 1) * rowH;
    drawMarker(g, words.styleIndex(row.name), area.x + 12, y + rowH / 2, 12);
    // A long name wraps between words and takes smaller type until it fits its row.
    const name = write(pen, area.x + 32, y + rowH / 2, words.option(row.name), { size: 18, width: head - 40 });
    for (let size = 17; (name.height > rowH - 2 || cutsAWord(name)) && size >= smallestName(ctx); size--)
      name.setFontSize(Math.round(size * typeScale(pen)));
    layer.add(name.setOrigin(0, 0.5));
    row.cells.slice(0, cols.length).forEach((q, j) => {
      const x = area.x + head + j * colW;
      const seat = q >= cut;
      g.fillStyle(seat ? 0xdff0d8 : Ink.paper, 1).fillRoundedRect(x + 3, y + 3, colW - 6, rowH - 6, 6);
      g.lineStyle(seat ? 3 : 1, seat ? Ink.kelp : Ink.soft, 1).strokeRoundedRect(x + 3, y + 3, colW - 6, rowH - 6, 6);
      const text = words.msg(seat ? 'count.table.quotientSeat' : 'count.table.quotient', {
        value: Math.round(q * 100) / 100,
      });
      cells.push(write(pen, x + colW / 2, y + rowH / 2, text, { size: 16, bold: seat }).setOrigin(0.5));
    });
  });
  // Every quotient at one size, the largest at which the widest keeps inside its cell.
  for (let size = 15; cells.some((c) => c.width > colW - 12) && size >= smallestName(ctx); size--)
    for (const c of cells) c.setFontSize(Math.round(size * typeScale(pen)));
  for (const c of cells) layer.add(c);
}

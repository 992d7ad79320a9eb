/**
 * Seats filling a half-circle council, each seat in its list's colour and shape (the order
 * they were won in when the count gives it), and the quotient table of the divisor methods.
 */
import { candidateStyle, UI } from '../../art/index.ts';
import type { SeatsView, TableView } from '../../../present/count/views.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { drawMarker, drawShape, hex, Ink, write } from './kit.ts';

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

export function drawSeats(ctx: ChartContext, view: SeatsView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const total = Math.max(1, view.total);
  const radius = Math.min(area.w * 0.42, area.h - 170);
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
  // Legend: each list with its seats, in words.
  const shown = ctx.candidates.filter((c) => c in view.seats || view.winners.includes(c));
  const colW = Math.max(200, area.w / Math.max(1, Math.min(3, shown.length)));
  shown.forEach((c, i) => {
    const x = area.x + (i % 3) * colW;
    const y = cy + 40 + Math.floor(i / 3) * 32;
    drawMarker(g, words.styleIndex(c), x + 12, y + 12, 11);
    layer.add(
      write(
        pen,
        x + 30,
        y + 12,
        words.msg('count.seats.legend', { name: words.option(c), seats: view.seats[c] ?? 0 }),
        { size: 18, width: colW - 40, bold: view.winners.includes(c) },
      ).setOrigin(0, 0.5),
    );
  });
}

export function drawTable(ctx: ChartContext, view: TableView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  layer.add(
    write(pen, area.x, area.y, words.msg('count.table.legend'), { size: 17, width: area.w, colour: UI.inkSoft }),
  );
  const head = 230;
  const cols = view.columns.slice(0, 8);
  const colW = Math.min(110, (area.w - head) / Math.max(1, cols.length));
  const rowH = Math.min(48, (area.h - 110) / Math.max(1, view.rows.length + 1));
  const y0 = area.y + 64;
  // The largest quotients, as many as there are seats, are the ones that win a seat.
  const all = view.rows.flatMap((r) => r.cells.slice(0, cols.length));
  const cut = [...all].sort((a, b) => b - a)[Math.max(0, Math.min(all.length, view.seats) - 1)] ?? Infinity;
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
    layer.add(
      write(pen, area.x + 32, y + rowH / 2, words.option(row.name), { size: 18, width: head - 40 }).setOrigin(0, 0.5),
    );
    row.cells.slice(0, cols.length).forEach((q, j) => {
      const x = area.x + head + j * colW;
      const seat = q >= cut;
      g.fillStyle(seat ? 0xdff0d8 : Ink.paper, 1).fillRoundedRect(x + 3, y + 3, colW - 6, rowH - 6, 6);
      g.lineStyle(seat ? 3 : 1, seat ? Ink.kelp : Ink.soft, 1).strokeRoundedRect(x + 3, y + 3, colW - 6, rowH - 6, 6);
      layer.add(
        write(
          pen,
          x + colW / 2,
          y + rowH / 2,
          words.msg(seat ? 'count.table.quotientSeat' : 'count.table.quotient', { value: Math.round(q * 100) / 100 }),
          { size: 16, bold: seat },
        ).setOrigin(0.5),
      );
    });
  });
}

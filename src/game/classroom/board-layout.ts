/**
 * How the results board fits any election the product allows (2 to 10 options, names up to 40
 * characters, every text size, a projector, a laptop or a phone held upright): each row is
 * measured once its texts are wrapped, the type shrinks step by step but never below what the
 * back of a room can read, and rows that still do not fit go on further pages — nothing is cut,
 * nothing overlaps.
 */
import type Phaser from 'phaser';
import { drawMarker, Ink, panel, typeScale, write, type Pen, type TextOptions } from '../count/draw/kit.ts';
import { display } from '../ui/display.ts';
import type { BoxRect } from '../ui/text-boxes.ts';

/**
 * The smallest type a pupil must read, in the frame's pixels before the text-size setting: the
 * 1280 × 720 frame is drawn 1.5× on a 1920 × 1080 projector, so 16 is 24 px there (about 18 pt
 * on a slide).
 */
export const PUPIL_MIN = 16;
/**
 * On a phone held upright the 720-wide frame is drawn at about half size: its rows never go
 * below 24 (about 13 px on the phone's screen), more pages rather than unreadable rows.
 */
const PORTRAIT_MIN = 24;
/** The largest type of a row (when few methods leave room). */
const ROW_MAX = 28;
/** Below this width, a row's cells go one under the other (a phone held upright). */
const COLUMNS_FROM = 900;
const PAD = 10;

/** One method's row: its name, its winners' markers and names, its decisive figures. */
export interface BoardRow {
  readonly name: string;
  readonly markers: readonly number[];
  readonly winners: string;
  readonly figures: string;
  /** A refusal of the method (in place of winners and figures). */
  readonly error?: string;
}

interface PlacedPage {
  /** Rows on this page, as indexes into the rows given. */
  readonly rows: readonly number[];
}

interface Measured {
  readonly objects: Phaser.GameObjects.GameObject[];
  readonly height: number;
}

/** Texts a pupil reads: named for the layout tests, and kept inside their panel. */
function pupilText(
  pen: Pen,
  x: number,
  y: number,
  text: string,
  o: TextOptions,
  within: BoxRect,
  resolution?: number,
): Phaser.GameObjects.Text {
  const t = write(pen, x, y, text, o).setName('pupil').setData('within', within);
  if (resolution) t.setResolution(resolution);
  return t;
}

/** Draws one row at (x, y) in width w, with cells beside each other or stacked; returns its height. */
function drawRow(
  pen: Pen,
  row: BoardRow,
  x: number,
  y: number,
  w: number,
  size: number,
  within: BoxRect,
  resolution?: number,
): Measured {
  const objects: Phaser.GameObjects.GameObject[] = [];
  const g = pen.scene.add.graphics();
  objects.push(g);
  // Figures a little smaller than the names, never below the frame's smallest readable size.
  const small = Math.max(w >= COLUMNS_FROM ? PUPIL_MIN : Math.min(size, PORTRAIT_MIN), Math.round(size * 0.8));
  const markerR = Math.round(size * 0.42);
  const contrast = display().highContrast === true;
  const markers = row.markers.length <= 3 ? row.markers : []; // more than three: the names alone
  const text = (tx: number, ty: number, s: string, o: TextOptions) => {
    const t = pupilText(pen, tx, ty, s, o, within, resolution);
    objects.push(t);
    return t;
  };
  // The method and its winners side by side (or one under the other on a narrow screen); the
  // figures, often the longest, take the row's whole width below them.
  const columns = w >= COLUMNS_FROM;
  const nameW = columns ? Math.round(w * 0.3) : w;
  const ink = contrast ? '#000000' : undefined;
  const name = text(x, y, row.name, { size, bold: true, width: nameW - PAD, ...(ink ? { colour: ink } : {}) });
  const cellX = columns ? x + nameW : x;
  const cellY = columns ? y : y + name.height + 2;
  const winnerW = columns ? w - nameW : w;
  if (row.error) {
    const error = text(cellX, cellY, row.error, { size: small, colour: '#8f1d16', width: winnerW - PAD });
    return { objects, height: Math.max(name.height, error.y + error.height - y) };
  }
  markers.forEach((index, i) =>
    drawMarker(g, index, cellX + markerR + i * (markerR * 2 + 6), cellY + size * 0.62, markerR),
  );
  const markersW = markers.length * (markerR * 2 + 6) + (markers.length ? 4 : 0);
  const winners = text(cellX + markersW, cellY, row.winners, {
    size,
    bold: true,
    width: winnerW - markersW - PAD,
    ...(ink ? { colour: ink } : {}),
  });
  let bottom = Math.max(name.y + name.height, winners.y + winners.height);
  if (row.figures) {
    const figures = text(x, bottom + 4, row.figures, {
      size: small,
      colour: contrast ? '#000000' : '#3b2f3e',
      width: w - PAD,
    });
    bottom = figures.y + figures.height;
  }
  return { objects, height: bottom - y };
}

/**
 * Row heights already measured, by what they depend on: measuring draws every text of the row
 * (wrapping needs the font), and a board is fitted several times over (each type size tried, a
 * header that wraps, a page's own fit, a page turned, a redraw): a teacher's laptop need not
 * redraw the same ten rows a hundred times. Emptied when it grows past a few boards' worth.
 */
const measured = new Map<string, number>();
const MEASURED_MAX = 2000;

function rowHeight(pen: Pen, row: BoardRow, w: number, size: number): number {
  const key = JSON.stringify([typeScale(pen), display().highContrast === true, w, size, row]);
  const known = measured.get(key);
  if (known !== undefined) return known;
  const m = drawRow(pen, row, 0, 0, w, size, { x: 0, y: 0, w, h: 0 });
  m.objects.forEach((o) => o.destroy());
  if (measured.size >= MEASURED_MAX) measured.clear();
  measured.set(key, m.height + PAD * 2);
  return m.height + PAD * 2;
}

interface BoardFit {
  readonly pages: readonly PlacedPage[];
  readonly size: number;
}

/**
 * The largest row type (from ROW_MAX down to PUPIL_MIN) at which every row fits `height`; at
 * the smallest, the rows are split into pages that each fit.
 */
export function fitRows(pen: Pen, rows: readonly BoardRow[], w: number, height: number): BoardFit {
  const heights = (size: number) => rows.map((row) => rowHeight(pen, row, w, size));
  const fits = (hs: readonly number[]) => hs.reduce((s, x) => s + x, 0) <= height;
  let min = w >= COLUMNS_FROM ? PUPIL_MIN : PORTRAIT_MIN;
  const all = { pages: [{ rows: rows.map((_, i) => i) }] };
  let hs = heights(min);
  // A row taller than a whole page on its own (a phone, the largest text): its type gives way,
  // down to PUPIL_MIN, rather than the row being cut.
  while (Math.max(...hs) > height && min > PUPIL_MIN) hs = heights(--min);
  if (fits(hs)) {
    // The largest size that still fits (a few measures: the heights grow with the size).
    let [lo, hi] = [min, Math.max(min, ROW_MAX)];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(heights(mid))) lo = mid;
      else hi = mid;
    }
    return { ...all, size: hi > lo && fits(heights(hi)) ? hi : lo };
  }
  const pages: PlacedPage[] = [];
  let current: number[] = [];
  let used = 0;
  hs.forEach((rh, i) => {
    if (current.length > 0 && used + rh > height) {
      pages.push({ rows: current });
      current = [];
      used = 0;
    }
    current.push(i);
    used += rh;
  });
  if (current.length > 0) pages.push({ rows: current });
  return { pages, size: min };
}

/** Draws a page of rows in the panel `area` (x, y, w, h), shaded one row in two. */
export function drawRows(
  pen: Pen,
  rows: readonly BoardRow[],
  page: PlacedPage,
  size: number,
  area: BoxRect,
  resolution?: number,
): Phaser.GameObjects.GameObject[] {
  const g = pen.scene.add.graphics();
  const objects: Phaser.GameObjects.GameObject[] = [g];
  panel(g, area.x, area.y, area.w, area.h, display().highContrast ? 0xffffff : Ink.paper);
  const inner = { x: area.x + 24, y: area.y + 10, w: area.w - 48, h: area.h - 20 };
  let y = inner.y;
  page.rows.forEach((index, i) => {
    const shade = pen.scene.add.graphics();
    objects.push(shade);
    const m = drawRow(pen, rows[index], inner.x, y + PAD, inner.w, size, inner, resolution);
    objects.push(...m.objects);
    const rh = m.height + PAD * 2;
    if (i % 2 === 1) shade.fillStyle(Ink.shade, 0.6).fillRect(inner.x - 8, y, inner.w + 16, rh);
    y += rh;
  });
  return objects;
}

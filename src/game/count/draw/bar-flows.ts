/**
 * What moves between the bars of an elimination count: paper chips flying from the eliminated
 * (or elected with a surplus) to where the engine traced their ballots, the exhausted pile they
 * may land on, and the sentence that says the same in words (also with reduced motion, when
 * nothing flies). What flies where, and how many, is decided headless (transferFlights).
 */
import type Phaser from 'phaser';
import { UI } from '../../art/index.ts';
import { transferLine } from '../../../present/count/chart-lines.ts';
import { flightLabel, transferFlights, type Flight } from '../../../present/count/transfers.ts';
import type { BarsView, Transfers } from '../../../present/count/views.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { probe } from '../../../probe.ts';
import type { ChartContext } from './context.ts';
import { Ink, write } from './kit.ts';

/** STV moves fractions of ballots: two decimals are enough to follow them. */
export const hundredths = (n: number): number => Math.round(n * 100) / 100;

interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where the chips of a transfer leave and land on the chart as drawn. */
interface FlightMap {
  /** The end of an option's bar before the transfer (where its ballots leave). */
  readonly source: (option: string) => Point | undefined;
  /** The end of an option's bar after the transfer (where its new ballots land). */
  readonly receiver: (option: string) => Point | undefined;
}

/** The exhausted pile's place: bottom left of the chart, under the bars. */
function pileAt(ctx: ChartContext): Point {
  return { x: ctx.area.x + 14, y: ctx.area.y + ctx.area.h - 18 };
}

/**
 * Flies the traced transfer: each flight's chips leave its pile (in turn, when several left
 * together) for the receiver's bar, the exhausted pile, or, for ballots void this round (a
 * shared rank), just beside that pile where they fade. The first chip of a flight carries its
 * figure. The probe states the flights for the tests.
 */
export function flyTransfers(ctx: ChartContext, t: Transfers, map: FlightMap): void {
  const flights = transferFlights(t);
  probe.set('countFlights', flights.map(flightLabel));
  const pile = pileAt(ctx);
  flights.forEach((f, k) => {
    const land = landing(f, map, pile);
    if (!land) return;
    for (let j = 0; j < f.chips; j++) {
      const from = map.source(f.from[j % f.from.length]);
      if (from) chip(ctx, f, from, land, 110 * j + 90 * k, j === 0);
    }
  });
}

function landing(f: Flight, map: FlightMap, pile: Point): Point | undefined {
  if (f.to.kind === 'option') return map.receiver(f.to.name);
  return f.to.kind === 'exhausted' ? pile : { x: pile.x + 30, y: pile.y - 10 };
}

function chip(ctx: ChartContext, f: Flight, from: Point, to: Point, delay: number, labelled: boolean): void {
  const { pen, layer, words } = ctx;
  const paper = pen.scene.add.graphics();
  paper.fillStyle(Ink.paper, 1).lineStyle(2, Ink.ink, 1).fillRect(-9, -6, 18, 12).strokeRect(-9, -6, 18, 12);
  paper.lineStyle(2, Ink.soft, 1).lineBetween(-5, -1, 5, -1).lineBetween(-5, 3, 3, 3);
  const parts: Phaser.GameObjects.GameObject[] = [paper];
  if (labelled) {
    const figure = write(pen, 0, -10, formatNumber(hundredths(f.ballots), words.lang), {
      size: 15,
      bold: true,
      colour: UI.deepSea,
    }).setOrigin(0.5, 1);
    parts.push(figure);
  }
  const box = pen.scene.add.container(from.x - 10, from.y, parts);
  layer.add(box);
  pen.scene.tweens.add({
    targets: box,
    x: to.x - 10,
    y: to.y,
    // Ballots void this round do not join a pile: they fade where they land.
    alpha: f.to.kind === 'void' ? 0.2 : 1,
    delay,
    duration: 800,
    ease: 'Sine.easeInOut',
    onComplete: () => box.destroy(),
  });
}

/**
 * Under the bars: the exhausted pile on the left, and on the right where the ballots that just
 * moved went. When the two do not fit side by side, the transfer's words go above the pile's.
 * Returns the top of what it wrote (the chart's bottom when nothing): the rows end above it.
 */
export function bottomNotes(ctx: ChartContext, view: BarsView): number {
  const pile = view.exhausted ? exhaustedPile(ctx, view.exhausted) : undefined;
  const pileTop = pile ? pile.y - pile.height : ctx.area.y + ctx.area.h;
  if (!view.transfers) {
    probe.clear('countTransfers');
    return pileTop;
  }
  const note = transferNote(ctx, view.transfers);
  if (pile && pile.x + pile.width + 16 > note.x - note.width) note.setY(pile.y - pile.height - 4);
  return Math.min(pileTop, note.y - note.height);
}

/** The ballots with no choice left: a small grey pile under the bars, with their number. */
function exhaustedPile(ctx: ChartContext, count: number): Phaser.GameObjects.Text {
  const { pen, words, area, layer } = ctx;
  // Its own graphics: the bars' graphics is cleared at every frame of their growth.
  const g = pen.scene.add.graphics();
  layer.add(g);
  const y = area.y + area.h - 12;
  for (let k = 0; k < 3; k++)
    g.fillStyle(Ink.shade, 1)
      .lineStyle(2, Ink.soft, 1)
      .fillRect(area.x + k * 3, y - 8 - k * 4, 22, 14)
      .strokeRect(area.x + k * 3, y - 8 - k * 4, 22, 14);
  const label = write(pen, area.x + 36, area.y + area.h, words.msg('count.chart.exhausted', { count }), {
    size: 17,
    colour: UI.inkSoft,
    width: area.w - 36,
  }).setOrigin(0, 1);
  label.setName('exhausted-pile');
  layer.add(label);
  return label;
}

/**
 * Where the ballots that just moved went, in words under the bars, on the right (the exhausted
 * pile is on the left, the quota's label on top): "Bulletins transférés depuis la salade :
 * 5 → la soupe, 2 → épuisés". Static, so that reduced motion shows it too.
 */
function transferNote(ctx: ChartContext, t: Transfers): Phaser.GameObjects.Text {
  const { pen, words, area, layer } = ctx;
  const text = transferLine(words, t);
  const note = write(pen, area.x + area.w, area.y + area.h, text, {
    size: 16,
    bold: true,
    colour: UI.deepSea,
    width: area.w * 0.62,
    align: 'right',
  }).setOrigin(1, 1);
  // Beside the pile it wraps on many lines on a narrow chart (a phone upright, a larger text), and
  // each line is taken from the bars' rows: across the whole chart, above the pile, it takes fewer.
  if (note.getWrappedText().length > 2) note.setWordWrapWidth(area.w, true);
  note.setName('transfer-note');
  layer.add(note);
  probe.set('countTransfers', text);
  return note;
}

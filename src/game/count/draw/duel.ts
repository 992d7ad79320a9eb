/**
 * One duel: a two-round runoff or STAR's automatic runoff. Two piles of voters face each other;
 * the bigger pile wins, and the ones with no preference stand aside.
 */
import type Phaser from 'phaser';
import { UI } from '../../art/index.ts';
import type { DuelView } from '../../../present/count/views.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { drawBar, drawMarker, typeScale, write } from './kit.ts';
import { smallestName } from './bar-names.ts';

/** The words of a text, in order: what wrapping may move between lines but never cut. */
const wordsOf = (text: string): string => text.split(/\s+/).filter(Boolean).join(' ');

/** True when the wrapping cut a word in two (a word wider than the name's width breaks mid-word). */
export function cutsAWord(name: Phaser.GameObjects.Text): boolean {
  return wordsOf(name.getWrappedText().join(' ')) !== wordsOf(name.text);
}

export function drawDuel(ctx: ChartContext, view: DuelView): void {
  const { pen, words, area, layer } = ctx;
  const g = pen.scene.add.graphics();
  layer.add(g);
  const title = write(pen, area.x, area.y, words.msg('count.duel.title', { index: view.index }), {
    size: 22,
    bold: true,
  });
  layer.add(title);
  const total = Math.max(1, view.forA + view.forB);
  const half = (area.w - 80) / 2;
  const cy = area.y + area.h / 2;
  const sides = [
    { id: view.a, votes: view.forA, x: area.x + half, dir: -1 },
    { id: view.b, votes: view.forB, x: area.x + half + 80, dir: 1 },
  ];
  layer.add(
    write(pen, area.x + half + 40, cy, 'vs', { size: 30, bold: true, title: true, colour: UI.deepSea }).setOrigin(0.5),
  );
  for (const side of sides) {
    const won = view.winners.includes(side.id) && view.winners.length === 1;
    const w = (side.votes / total) * (half - 20);
    const left = side.dir < 0 ? side.x - w : side.x;
    const bars = pen.scene.add.graphics();
    layer.add(bars);
    const paint = (t: number): void => {
      bars.clear();
      drawBar(bars, words.styleIndex(side.id), side.dir < 0 ? side.x - w * t : side.x, cy - 30, w * t, 60);
    };
    paint(ctx.animate ? 0 : 1);
    if (ctx.animate)
      pen.scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: 800,
        ease: 'Cubic.easeOut',
        onUpdate: (tw) => paint(tw.getValue() ?? 1),
      });
    const nameX = side.dir < 0 ? side.x - 10 : side.x + 10;
    // The name stands on its pile: however many lines a long name takes (larger text, a phone
    // held upright), it grows upwards and never covers the bar.
    const name = write(pen, side.dir < 0 ? nameX - 34 : nameX + 34, cy - 40, words.option(side.id), {
      size: 22,
      bold: won,
      width: half - 60,
      align: side.dir < 0 ? 'right' : 'left',
    }).setOrigin(side.dir < 0 ? 1 : 0, 1);
    // A name too tall to stand under the duel's title, or with a word wider than its column (larger
    // text, upright), takes smaller type, down to the names' smallest: it wraps between words only.
    const misfit = () => cy - 40 - name.height < area.y + title.height + 6 || cutsAWord(name);
    for (let size = 21; misfit() && size >= smallestName(ctx); size--)
      name.setFontSize(Math.round(size * typeScale(pen)));
    drawMarker(g, words.styleIndex(side.id), nameX + (side.dir < 0 ? -14 : 14), cy - 40 - name.height / 2, 14);
    layer.add(name);
    const figure = `${formatNumber(side.votes, words.lang)}${won ? ` ${words.msg('count.chart.winner')}` : ''}`;
    layer.add(
      write(pen, side.dir < 0 ? left : left + w, cy + 52, figure, { size: 22, bold: won }).setOrigin(
        side.dir < 0 ? 0 : 1,
        0,
      ),
    );
  }
  if (view.equal !== undefined && view.equal > 0) {
    layer.add(
      write(pen, area.x + area.w / 2, cy + 110, words.msg('count.duel.equal', { count: view.equal }), {
        size: 18,
        colour: UI.inkSoft,
      }).setOrigin(0.5, 0),
    );
  }
}

/**
 * Borda's points rank by rank on demand. When the whole lines do not fit under the bars
 * (draw/bar-ranks.ts), the count offers them: a « Points par rang » button at the chart's top
 * right (Tab and Enter, a tap: its hit area reaches a finger's size) opens a card over the chart
 * and the step's words with every option's whole line, which the screen reader also hears; the
 * same button closes it. Leaving the step closes it too. Nothing is dropped: the lines are
 * always one press away.
 */
import type Phaser from 'phaser';
import { rankLines } from '../../present/count/chart-lines.ts';
import type { BarsView } from '../../present/count/views.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { probe } from '../../probe.ts';
import { a11y } from '../a11y/layer.ts';
import { UI } from '../art/index.ts';
import { Button } from '../ui/button.ts';
import type { Area } from './draw/index.ts';
import { panel, write, type Pen } from './draw/kit.ts';
import { smallestName } from './draw/bar-names.ts';

const BUTTON = { width: 250, height: 48 };

export class RankDetail {
  private button?: Button;
  private card?: Phaser.GameObjects.Container;
  private view?: BarsView;

  constructor(
    private readonly pen: Pen,
    private readonly words: ScenarioWords,
    /** The chart's drawing area: the button sits at its top right, on the caption's line. */
    private readonly chartArea: Area,
    /** Where the card opens: over the chart and the step's words. */
    private readonly cardArea: Area,
    /** What the card covers (the chart, the step's words, the keys' hint): hidden while it is open. */
    private readonly covered: readonly { setVisible(visible: boolean): unknown }[],
  ) {}

  /** The step's chart: offered when `offered`, else withdrawn; an open card closes either way. */
  set(view: BarsView | undefined, offered: boolean): void {
    this.close();
    this.view = offered ? view : undefined;
    if (!this.view) {
      this.button?.destroy();
      this.button = undefined;
      probe.clear('countDetail');
      return;
    }
    if (!this.button) {
      const a = this.chartArea;
      this.button = new Button(this.pen.scene, {
        x: a.x + a.w - BUTTON.width / 2,
        y: a.y + 14,
        width: BUTTON.width,
        height: BUTTON.height,
        fontSize: 19,
        label: this.words.msg('count.rankDetail.open'),
        onActivate: () => (this.card ? this.close() : this.open()),
        id: 'count.rankDetail',
      }).setDepth(11);
    }
    this.expanded(false);
  }

  private open(): void {
    if (!this.view || !this.button) return;
    const lines = rankLines(this.words, this.view);
    const title = this.words.msg('count.rankDetail.title');
    this.card = drawCard(this.pen, this.cardArea, title, lines, BUTTON.width + 24);
    this.card.setDepth(10);
    for (const o of this.covered) o.setVisible(false);
    this.expanded(true);
    a11y().announce([title, ...lines]);
  }

  private close(): void {
    if (!this.card) return;
    this.card.destroy();
    this.card = undefined;
    for (const o of this.covered) o.setVisible(true);
    this.expanded(false);
  }

  /** The button's words and state (aria-expanded on its DOM twin), and the probe. */
  private expanded(open: boolean): void {
    if (!this.button) return;
    this.button.setLabel(this.words.msg(open ? 'count.rankDetail.close' : 'count.rankDetail.open'));
    this.button.control.element.setAttribute('aria-expanded', String(open));
    probe.set('countDetail', open ? 'open' : 'offered');
  }
}

/**
 * The card: a title beside the button, then one paragraph per option. The type starts at the
 * step's words' size and gives way, never under the names' smallest size, until all fit.
 */
function drawCard(pen: Pen, area: Area, title: string, lines: readonly string[], besideButton: number) {
  const scene = pen.scene;
  const g = scene.add.graphics();
  panel(g, area.x, area.y, area.w, area.h);
  const pad = 24;
  const heading = write(pen, area.x + pad, area.y + 16, title, {
    size: 22,
    bold: true,
    colour: UI.ink,
    width: area.w - 2 * pad - besideButton,
  }).setName('borda-ranks-detail-title');
  const top = Math.max(heading.y + heading.height + 12, area.y + 16 + 48 + 12);
  const texts: Phaser.GameObjects.Text[] = [];
  const smallest = smallestName({ pen });
  for (let size = 20; ; size--) {
    texts.forEach((t) => t.destroy());
    texts.length = 0;
    let y = top;
    for (const line of lines) {
      const text = write(pen, area.x + pad, y, line, { size, colour: UI.ink, width: area.w - 2 * pad });
      text.setName('borda-ranks-detail');
      texts.push(text);
      y += text.height + 8;
    }
    if (y <= area.y + area.h - 12 || size <= smallest) break;
  }
  return scene.add.container(0, 0, [g, heading, ...texts]);
}

/**
 * The title's teaser: the same 21 ballots counted by four methods, three different winners.
 * The count runs when the title is on screen (flow/teaser.ts, loaded after the first frame);
 * each winner is shown with its marker (colour and shape) and its name.
 */
import type Phaser from 'phaser';
import { display } from './display.ts';
import { drawMarker } from './markers.ts';
import { drawPanel } from './panel.ts';
import { addText } from './text.ts';
import { Colours } from './theme.ts';
import { t } from '../../i18n/first-screen.ts';

interface TeaserBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class TitleTeaser {
  private readonly card: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: TeaserBox,
  ) {
    const { x, y, width } = box;
    this.card = scene.add.graphics();
    this.heading = addText(scene, x + 28, y + 24, t('title.teaser.heading'), {
      size: 24,
      bold: true,
      wrap: width - 56,
    });
    this.drawCard(this.heading.y + this.heading.height + 24 - y);
  }

  /** The card grows with its content (long translations, large text), up to the box's height. */
  private drawCard(height: number): void {
    const { x, y, width } = this.box;
    const h = Math.min(this.box.height, height);
    this.card.clear();
    drawPanel(this.card, x + width / 2, y + h / 2, width, h, { alpha: 0.94 });
  }

  /** Counts, draws the lines, and returns them as text (for the live region). */
  async count(): Promise<string[]> {
    const { countTeaser, TEASER_PLACES } = await import('../../present/flow/teaser.ts');
    if (!this.scene.sys.isActive()) return [];
    const lang = display().language;
    const results = countTeaser();
    const { x, width } = this.box;
    const g = this.scene.add.graphics();
    const drawn: Phaser.GameObjects.GameObject[] = [g];
    const lines: string[] = [];
    const nameWidth = width * 0.46;
    const markersLeft = x + 28 + nameWidth + 12;
    let top = this.heading.y + this.heading.height + 18;
    for (const r of results) {
      const winners = r.winners.map((w) => t(`place.${w}`));
      lines.push(t('title.winnerLine', { method: r.name[lang], winners }));
      const name = addText(this.scene, x + 28, top, r.name[lang], {
        size: 22,
        color: Colours.textSoft,
        wrap: nameWidth,
      }).setData('method', r.method);
      drawn.push(name);
      const winnersLeft = markersLeft + r.winners.length * 36 + 6;
      const who = addText(this.scene, winnersLeft, top, winners.join(', '), {
        size: 24,
        bold: true,
        wrap: x + width - 24 - winnersLeft,
      });
      drawn.push(who);
      r.winners.forEach((w, k) => drawMarker(g, TEASER_PLACES.indexOf(w), markersLeft + 16 + k * 36, top + 17, 14));
      top += Math.max(name.height, who.height, 30) + 14;
    }
    const distinct = new Set(results.map((r) => r.winners.join())).size;
    const summary = t('title.teaser.count', { count: distinct });
    const last = addText(this.scene, x + 28, top + 6, summary, {
      size: 24,
      bold: true,
      color: '#b3261e',
      wrap: width - 56,
    });
    let height = last.y + last.height + 22 - this.box.y;
    if (height > this.box.height) {
      // Too tall for the screen (a phone held sideways, whose text is raised to stay readable):
      // the short form keeps the point (same ballots, several winners) and leaves the method rows
      // to the live region; when even that does not fit, the teaser is left out whole rather than cut.
      for (const o of drawn) o.destroy();
      const markers = [...new Set(results.map((r) => TEASER_PLACES.indexOf(r.winners[0])))];
      const short = this.shortForm(markers, last);
      height = short.height;
      if (height > this.box.height) {
        for (const o of [short.markers, last, this.heading, this.card]) o.destroy();
        return [];
      }
    }
    this.drawCard(height);
    return [t('title.teaser.heading'), ...lines, summary];
  }

  /**
   * The short form: the heading, one marker per distinct winner, then the summary below them.
   * Returns its height from the box's top.
   */
  private shortForm(
    markers: readonly number[],
    summary: Phaser.GameObjects.Text,
  ): { height: number; markers: Phaser.GameObjects.Graphics } {
    const top = this.heading.y + this.heading.height + 12;
    const g = this.scene.add.graphics();
    markers.forEach((m, k) => drawMarker(g, m, this.box.x + 44 + k * 44, top + 18, 16));
    summary.setY(top + 48);
    return { height: summary.y + summary.height + 22 - this.box.y, markers: g };
  }
}

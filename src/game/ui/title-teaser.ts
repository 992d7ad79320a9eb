/**
 * The title's teaser: the same 21 ballots counted by four methods, three different winners.
 * The count runs when the title is on screen (flow/teaser.ts, loaded after the first frame);
 * each winner is shown with its marker (colour and shape) and its name.
 */
import type Phaser from 'phaser';
import { display } from './display.ts';
import { drawMarker } from './markers.ts';
import { gameText } from './messages.ts';
import { addPanel } from './panel.ts';
import { addText } from './text.ts';
import { Colours } from './theme.ts';

export interface TeaserBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class TitleTeaser {
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: TeaserBox,
  ) {
    const { x, y, width, height } = box;
    addPanel(scene, x + width / 2, y + height / 2, width, height, { alpha: 0.94 });
    addText(scene, x + 28, y + 24, gameText('title.teaser.heading'), { size: 24, bold: true, wrap: width - 56 });
  }

  /** Counts, draws the lines, and returns them as text (for the live region). */
  async count(): Promise<string[]> {
    const { countTeaser, TEASER_PLACES } = await import('../flow/teaser.ts');
    if (!this.scene.sys.isActive()) return [];
    const lang = display().language;
    const results = countTeaser();
    const { x, y, width } = this.box;
    const g = this.scene.add.graphics();
    const lines: string[] = [];
    results.forEach((r, i) => {
      const top = y + 100 + i * 62;
      const winners = r.winners.map((w) => gameText(`place.${w}`));
      const line = gameText('title.winnerLine', { method: r.name[lang], winners });
      lines.push(line);
      addText(this.scene, x + 28, top, `${r.name[lang]}`, { size: 22, color: Colours.textSoft, wrap: width * 0.55 }).setData('method', r.method);
      r.winners.forEach((w, k) => {
        const mx = x + width * 0.6 + k * 40;
        drawMarker(g, TEASER_PLACES.indexOf(w), mx, top + 16, 15);
      });
      addText(this.scene, x + width * 0.6 + r.winners.length * 40 + 4, top + 2, winners.join(', '), { size: 24, bold: true, wrap: width * 0.36 });
    });
    const distinct = new Set(results.map((r) => r.winners.join())).size;
    const summary = gameText('title.teaser.count', { count: distinct });
    addText(this.scene, x + 28, y + 100 + results.length * 62 + 8, summary, { size: 24, bold: true, color: '#b3261e', wrap: width - 56 });
    return [gameText('title.teaser.heading'), ...lines, summary];
  }
}

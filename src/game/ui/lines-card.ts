/**
 * A card of lines over the scene: the ballots a reveal shows, or an election's outcome while the
 * count scenes are not there. Lines that do not fit are summed up as "… and N others".
 */
import type Phaser from 'phaser';
import type { Frame } from './layout.ts';
import { addPanel } from './panel.ts';
import { addText } from './text.ts';
import { t } from '../../i18n/first-screen.ts';

export class LinesCard {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(
    scene: Phaser.Scene,
    f: Frame,
    title: string,
    lines: readonly string[],
    area: { top: number; bottom: number },
  ) {
    const width = Math.min(f.width - 60, 1100);
    const height = area.bottom - area.top;
    const cy = area.top + height / 2;
    this.objects.push(addPanel(scene, f.cx, cy, width, height));
    const heading = addText(scene, f.cx, area.top + 22, title, {
      size: 28,
      font: 'title',
      bold: true,
      origin: [0.5, 0],
      align: 'center',
      wrap: width - 60,
    });
    this.objects.push(heading);
    const columns = !f.portrait && lines.length > 7 ? 2 : 1;
    const colWidth = (width - 60 - (columns - 1) * 30) / columns;
    const left = f.cx - width / 2 + 30;
    const bottom = area.bottom - 20;
    let y = heading.y + heading.height + 14;
    let column = 0;
    let shown = 0;
    const top = y;
    for (const line of lines) {
      const text = addText(scene, left + column * (colWidth + 30), y, line, { size: 20, wrap: colWidth });
      if (y + text.height > bottom - 28) {
        text.destroy();
        if (column + 1 < columns) {
          column++;
          y = top;
          const again = addText(scene, left + column * (colWidth + 30), y, line, { size: 20, wrap: colWidth });
          this.objects.push(again);
          y += again.height + 6;
          shown++;
          continue;
        }
        break;
      }
      this.objects.push(text);
      y += text.height + 6;
      shown++;
    }
    if (shown < lines.length) {
      this.objects.push(
        addText(scene, f.cx, bottom, t('dialogue.moreBallots', { count: lines.length - shown }), {
          size: 20,
          origin: [0.5, 1],
        }),
      );
    }
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.objects.length = 0;
  }
}

/**
 * The coast as the story left it (src/present/flow/coast-world.ts says what): each landmark
 * drawn at its place (the shelter's mark, the speaker's sign, the lighthouse's beam, the mural,
 * the council's seats), the characters at home talking when the crab arrives, and the finale on
 * the beach after chapter 9.
 */
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { translator } from '../../i18n/translate.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { finale, landmarks, residentLine, type CoastProgress, type Landmark } from '../../present/flow/coast-world.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import { probe } from '../../probe.ts';
import { Button } from './button.ts';
import { addText } from './text.ts';
import { Colours } from './theme.ts';

const { t } = translator(coastWorldMessages);

export interface Resident {
  readonly id: string;
  readonly name: string;
  readonly place: CoastPlace;
}

type At = (place: CoastPlace) => { x: number; y: number };

/** A small picture of each kind of landmark, beside the place's name. */
function drawLandmark(g: Phaser.GameObjects.Graphics, l: Landmark, x: number, y: number): void {
  switch (l.kind) {
    case 'lighthouse': // a tower and its beam
      g.fillStyle(0xfff3b0, 0.45).fillTriangle(x + 30, y - 40, x + 120, y - 70, x + 120, y - 20);
      g.fillStyle(0xf4efe6, 1).fillRect(x + 22, y - 44, 16, 44);
      g.fillStyle(0xc0392b, 1).fillRect(x + 22, y - 30, 16, 8);
      g.fillStyle(0xffd166, 1).fillCircle(x + 30, y - 48, 8);
      return;
    case 'mural': // the wall, painted
      g.fillStyle(0xd9d9d4, 1).fillRect(x - 140, y - 40, 44, 26);
      [0xe63946, 0xf4a261, 0xe9c46a, 0x2a9d8f, 0x457b9d, 0x9b5de5].forEach((c, i) =>
        g.fillStyle(c, 1).fillRect(x - 138 + i * 7, y - 38, 7, 22),
      );
      return;
    case 'council': // nineteen seats in a half circle
      for (let i = 0; i < 19; i++) {
        const a = Math.PI * (1 + i / 18);
        g.fillStyle(i < 10 ? 0xe9c46a : 0x2a9d8f, 1).fillCircle(x + 96 + Math.cos(a) * 40, y + Math.sin(a) * 20, 4);
      }
      return;
    case 'speaker': // a sign on a post
      g.fillStyle(0x7a5230, 1).fillRect(x + 34, y - 46, 4, 30);
      g.fillStyle(0xf3dfb3, 1).fillRect(x + 22, y - 52, 28, 14);
      return;
    case 'shelter': // a lantern left from the storm night
      g.fillStyle(0xffd166, 0.5).fillCircle(x - 104, y - 16, 14);
      g.fillStyle(0x7a5230, 1).fillRect(x - 106, y - 30, 4, 8);
      g.fillStyle(0xffd166, 1).fillCircle(x - 104, y - 16, 7);
      return;
  }
}

export class CoastWorld {
  private readonly marks: readonly Landmark[];
  private talk: Phaser.GameObjects.Container | undefined;
  private panel: Phaser.GameObjects.Container | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly at: At,
    private readonly progress: CoastProgress,
  ) {
    this.marks = landmarks(progress);
  }

  /** Draws every landmark; the browser tests read them from the probe. */
  draw(): void {
    const g = this.scene.add.graphics().setDepth(2);
    for (const l of this.marks) {
      const { x, y } = this.at(l.place);
      drawLandmark(g, l, x, y);
    }
    probe.set('landmarks', this.marks.map((l) => `${l.place}:${l.kind}`).join(','));
  }

  /** What the place shows and what its residents say, as sentences. */
  linesAt(place: CoastPlace, residents: readonly Resident[]): string[] {
    const shown = this.marks.filter((l) => l.place === place).map((l) => t(l.text));
    const said = residents
      .filter((r) => r.place === place)
      .flatMap((r) => {
        const line = residentLine(r.id, this.progress);
        return line ? [t('world.talk', { name: r.name, line: t(line) })] : [];
      });
    return [...shown, ...said];
  }

  /** Shows the place's lines in a box above it (none: the box goes); they are also announced. */
  showAt(place: CoastPlace | undefined, residents: readonly Resident[]): string[] {
    this.talk?.destroy();
    this.talk = undefined;
    const lines = place ? this.linesAt(place, residents) : [];
    if (!place || lines.length === 0) {
      probe.clear('coastTalk');
      return [];
    }
    const { x, y } = this.at(place);
    const width = Math.min(460, this.scene.scale.width - 40);
    const text = addText(this.scene, 0, 0, lines.join('\n'), { size: 16, color: Colours.text, wrap: width - 24 });
    const h = text.height + 20;
    const left = Phaser.Math.Clamp(x - width / 2, 20, this.scene.scale.width - width - 20);
    const top = Math.max(10, y - 70 - h);
    text.setPosition(12, 10);
    const box = this.scene.add.graphics();
    box.fillStyle(Colours.sand, 0.95).fillRoundedRect(0, 0, width, h, 12);
    box.lineStyle(2, Colours.ink, 0.6).strokeRoundedRect(0, 0, width, h, 12);
    this.talk = this.scene.add.container(left, top, [box, text]).setDepth(15);
    probe.set('coastTalk', place);
    return lines;
  }

  /** The finale's button on the beach, once chapter 9 is over. */
  finaleButton(onClose: () => void): Button | undefined {
    const lines = finale(this.progress);
    if (!lines) return undefined;
    const { x, y } = this.at('beach');
    const button = new Button(this.scene, {
      x: x + 160,
      y: y + 96,
      width: 220,
      height: 48,
      label: t('world.finale.open'),
      id: 'coast.finale',
      onActivate: () => this.openFinale(lines, onClose),
    });
    button.setDepth(6);
    return button;
  }

  get finaleOpen(): boolean {
    return this.panel !== undefined;
  }

  private openFinale(lines: NonNullable<ReturnType<typeof finale>>, onClose: () => void): void {
    if (this.panel) return;
    const { width, height } = this.scene.scale;
    const said = lines.map((l) => (l.rule ? t(l.key, { rule: t(l.rule) }) : t(l.key)));
    const w = Math.min(760, width - 40);
    const title = addText(this.scene, w / 2, 24, t('world.finale.title'), {
      size: 24,
      bold: true,
      color: Colours.text,
      origin: [0.5, 0],
      wrap: w - 40,
    });
    const body = addText(this.scene, 24, title.y + title.height + 16, said.join('\n\n'), {
      size: 18,
      color: Colours.text,
      wrap: w - 48,
    });
    const h = Math.min(height - 40, body.y + body.height + 90);
    const box = this.scene.add.graphics();
    box.fillStyle(Colours.sand, 0.98).fillRoundedRect(0, 0, w, h, 16);
    box.lineStyle(3, Colours.ink, 0.7).strokeRoundedRect(0, 0, w, h, 16);
    this.panel = this.scene.add.container((width - w) / 2, (height - h) / 2, [box, title, body]).setDepth(30);
    const close = new Button(this.scene, {
      x: width / 2,
      y: (height - h) / 2 + h - 40,
      width: 180,
      height: 48,
      label: t('world.finale.close'),
      id: 'coast.finale.close',
      onActivate: () => {
        close.destroy();
        this.panel?.destroy();
        this.panel = undefined;
        probe.clear('finale');
        onClose();
      },
    });
    close.setDepth(31);
    close.focus();
    probe.set('finale', 'open');
    a11y().announce([t('world.finale.title'), ...said]);
  }
}

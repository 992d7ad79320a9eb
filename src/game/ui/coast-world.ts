/**
 * The coast as the story left it (src/present/flow/coast-world.ts says what): each landmark
 * drawn at its place (the shelter's mark, the speaker's sign, the lighthouse's beam, the mural,
 * the council's seats), and what a place shows, in a box above it when the crab arrives. The
 * characters' talk is src/game/coast/talk.ts's, the finale src/game/coast/finale-stage.ts's.
 */
import Phaser from 'phaser';
import { translator } from '../../i18n/translate.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { landmarks, type CoastProgress, type Landmark } from '../../present/flow/coast-world.ts';
import type { Box } from '../../present/flow/coast-crowd.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import { probe } from '../../probe.ts';
import { addText } from './text.ts';
import { Colours } from './theme.ts';

const { t } = translator(coastWorldMessages);

type At = (place: CoastPlace) => { x: number; y: number };

/** The caption's top-left corner. */
const CAPTION = { x: 20, y: 10 } as const;

/** A small picture of each kind of landmark, beside the place's name. */
export function drawLandmark(g: Phaser.GameObjects.Graphics, l: Landmark, x: number, y: number): void {
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

  /** What the place shows, as sentences. */
  linesAt(place: CoastPlace): string[] {
    return this.marks.filter((l) => l.place === place).map((l) => t(l.text));
  }

  /**
   * Shows what the place shows in a box along the top of the map, left of the Menu button (nothing:
   * the box goes); the lines are also returned, to be said. Not above the place: there it covered
   * the place's own signs and landmarks (the harbour's lighthouse and its two signs), and the top
   * of the map is open sea at every frame shape.
   */
  showAt(place: CoastPlace | undefined): string[] {
    this.talk?.destroy();
    this.talk = undefined;
    const lines = place ? this.linesAt(place) : [];
    if (!place || lines.length === 0) {
      probe.clear('coastTalk');
      return [];
    }
    this.talk = this.caption(lines).container;
    probe.set('coastTalk', place);
    return lines;
  }

  /**
   * The room the tallest caption takes (none: no place shows anything yet). The residents are laid
   * out clear of it: on an upright phone a caption would otherwise cover the kelp forest's.
   */
  captionBox(): Box | undefined {
    let tallest: Box | undefined;
    for (const place of new Set(this.marks.map((l) => l.place))) {
      const { container, box } = this.caption(this.linesAt(place));
      container.destroy();
      if (!tallest || box.h > tallest.h) tallest = box;
    }
    return tallest;
  }

  /** The caption's box, wrapped to the room left of the Menu button (it wraps at any text size). */
  private caption(lines: readonly string[]): { container: Phaser.GameObjects.Container; box: Box } {
    // The Menu button spans the last 165 px of the frame's width (CoastScene).
    const width = Math.min(720, this.scene.scale.width - 205);
    const text = addText(this.scene, 12, 10, lines.join('\n'), { size: 16, color: Colours.text, wrap: width - 24 });
    const h = text.height + 20;
    const box = this.scene.add.graphics();
    box.fillStyle(Colours.sand, 0.95).fillRoundedRect(0, 0, width, h, 12);
    box.lineStyle(2, Colours.ink, 0.6).strokeRoundedRect(0, 0, width, h, 12);
    const container = this.scene.add.container(CAPTION.x, CAPTION.y, [box, text]).setDepth(15);
    return { container, box: { ...CAPTION, w: width, h } };
  }
}

/**
 * The places' names on the coast, each on a dark tag under its place (readable on the sand as on
 * the sea). The residents never cover them (present/flow/coast-crowd.ts), and a tag that would
 * hang under the hint band goes above its place's signs.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/first-screen.ts';
import { capitalize } from '../../i18n/grammar.ts';
import type { Box } from '../../present/flow/coast-crowd.ts';
import { COAST_PLACES, type CoastPlace } from '../../present/flow/world.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';

type At = (place: CoastPlace) => { x: number; y: number };

interface Tag {
  box: Box;
  readonly parts: readonly (Phaser.GameObjects.Text | Phaser.GameObjects.Graphics)[];
}

export class PlaceTags {
  private readonly tags = new Map<CoastPlace, Tag>();

  constructor(
    scene: Phaser.Scene,
    private readonly at: At,
  ) {
    for (const place of COAST_PLACES) {
      const { x, y } = at(place);
      // A label on the map starts with a capital; in a sentence the place stays lowercase.
      const label = addText(scene, x, y + 38, capitalize(t(`coast.place.${place}`)), {
        size: 18,
        bold: true,
        color: Colours.textOnDark,
        origin: [0.5, 0],
      }).setDepth(4);
      const g = scene.add.graphics().setDepth(3);
      const box = { x: x - label.width / 2 - 10, y: y + 34, w: label.width + 20, h: label.height + 8 };
      g.fillStyle(Colours.seaDeep, 0.8).fillRoundedRect(box.x, box.y, box.w, box.h, 10);
      this.tags.set(place, { box, parts: [label, g] });
    }
  }

  boxes(): Box[] {
    return [...this.tags.values()].map((tag) => tag.box);
  }

  /** The y under a place's name (under its signs when the name went above them). */
  below(place: CoastPlace): number {
    const tag = this.tags.get(place);
    const at = this.at(place);
    return tag && tag.box.y > at.y ? tag.box.y + tag.box.h : at.y + 20;
  }

  /** A tag that would reach below `floor` (the lagoon's, low on a short screen with raised text) goes above its signs. */
  liftAbove(floor: number): void {
    for (const [place, tag] of this.tags) {
      if (tag.box.y + tag.box.h <= floor) continue;
      // The signs' boards and focus ring reach 70 px above the place.
      const y = this.at(place).y - 70 - tag.box.h;
      for (const part of tag.parts) part.y += y - tag.box.y;
      tag.box = { ...tag.box, y };
    }
  }
}

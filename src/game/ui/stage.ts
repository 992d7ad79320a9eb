/**
 * What stands behind the dialogue: the place's background, the characters present in a row on
 * the ground (the speaker steps forward), and the speaker's portrait in the mood of the line.
 */
import type Phaser from 'phaser';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { Expression } from '../art/index.ts';
import { ArtKey } from '../art/index.ts';
import { isBackground } from '../flow/beat-art.ts';
import { motion } from './display.ts';
import type { Frame } from './layout.ts';
import { castMember, characterArt, PORTRAIT_SIZE, STANDING_SIZE } from './portrait.ts';
import { Colours } from './theme.ts';
import { drawSceneLight } from './scene-light.ts';
import { PLAIN_SET, type SceneSet } from '../../present/flow/scene-set.ts';
import { probe } from '../../probe.ts';

interface Standing {
  readonly id: string;
  readonly image: Phaser.GameObjects.Image;
  readonly baseY: number;
}

export class Stage {
  private readonly root: Phaser.GameObjects.Container;
  private readonly backdrop: Phaser.GameObjects.Image;
  private readonly plain: Phaser.GameObjects.Rectangle;
  /** The scene's light and its things (the conch and pebbles on the sand): src/present/flow/scene-set.ts. */
  private readonly light: Phaser.GameObjects.Graphics;
  private props: Phaser.GameObjects.Image[] = [];
  private readonly portraitCard: Phaser.GameObjects.Graphics;
  private readonly portrait: Phaser.GameObjects.Image;
  private standing: Standing[] = [];
  place: string | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly f: Frame,
    private readonly scenario: ScenarioData,
    private readonly layout: {
      groundY: number;
      rowLeft: number;
      portraitX: number;
      portraitY: number;
      portraitSize: number;
    },
  ) {
    this.plain = scene.add.rectangle(f.cx, f.cy, f.width, f.height, Colours.seaLight);
    this.backdrop = scene.add.image(f.cx, f.cy, '__DEFAULT').setVisible(false);
    this.portraitCard = scene.add.graphics();
    this.portrait = scene.add
      .image(layout.portraitX, layout.portraitY, '__DEFAULT')
      .setVisible(false)
      .setOrigin(0.5, 1);
    this.light = scene.add.graphics();
    // One container, drawn in this order: background, its light, the row of characters, the
    // things on the sand, the portrait.
    this.root = scene.add.container(0, 0, [this.plain, this.backdrop, this.light, this.portraitCard, this.portrait]);
  }

  setPlace(place: string): void {
    this.place = place;
    if (isBackground(place) && this.scene.textures.exists(ArtKey.background[place])) {
      const key = ArtKey.background[place];
      const source = this.scene.textures.getFrame(key);
      // Cover the frame, whatever density the texture was drawn at (a portrait frame crops the sides).
      this.backdrop.setTexture(key).setVisible(true);
      this.backdrop.setScale(Math.max(this.f.width / source.width, this.f.height / source.height));
    } else this.backdrop.setVisible(false);
  }

  setPresent(ids: readonly string[], playerId: string | undefined): void {
    for (const s of this.standing) s.image.destroy();
    // The player's crab stands at the left, the others in the order the scenario lists them.
    const order = [...ids.filter((id) => id === playerId), ...ids.filter((id) => id !== playerId)];
    const members = order.map((id) => castMember(this.scenario, id)).filter((m) => m !== undefined);
    const { groundY, rowLeft } = this.layout;
    const span = this.f.width - rowLeft - 40;
    const size = Math.min(STANDING_SIZE, span / Math.max(1, members.length) + 30);
    const step = members.length > 1 ? Math.min(size * 0.9, (span - size) / (members.length - 1)) : 0;
    this.standing = members.map((m, i) => {
      const key = characterArt(m!, 'neutral', STANDING_SIZE).key;
      const x = rowLeft + size / 2 + i * step;
      const y = groundY + (i % 2) * 14;
      const image = this.scene.add.image(x, y, key).setOrigin(0.5, 1).setDisplaySize(size, size);
      this.root.addAt(image, 3 + i);
      return { id: m!.id, image, baseY: y };
    });
  }

  /** The light over the background and the things on the sand, as the chapter's text sets them. */
  setScene(set: SceneSet = PLAIN_SET): void {
    drawSceneLight(this.light, this.f, set);
    for (const p of this.props) p.destroy();
    this.props = [];
    const { groundY } = this.layout;
    // In front of the row, right of centre and clear of the Continue button: the conch on the
    // sand, and a few pebbles beside it.
    const x = this.f.width - (this.f.portrait ? 110 : 330);
    const size = this.f.portrait ? 140 : 150;
    const shown: string[] = [];
    if (set.props.includes('conch') && this.scene.textures.exists(ArtKey.ui.conch)) {
      this.props.push(
        this.scene.add
          .image(x, groundY + 24, ArtKey.ui.conch)
          .setOrigin(0.5, 1)
          .setDisplaySize(size, size),
      );
      shown.push('conch');
    }
    if (set.props.includes('pebbles') && this.scene.textures.exists(ArtKey.ui.pebble)) {
      [-0.75, -0.5, -0.62].forEach((k, i) =>
        this.props.push(
          this.scene.add
            .image(x + size * k, groundY + 14 - i * 9, ArtKey.ui.pebble)
            .setDisplaySize(size * 0.24, size * 0.24)
            .setAngle(i * 25 - 20),
        ),
      );
      shown.push('pebbles');
    }
    if (set.props.includes('lanterns')) shown.push('lanterns');
    this.root.addAt(this.props, this.root.getIndex(this.portraitCard));
    probe.set('sceneLight', set.time);
    probe.set('sceneProps', shown.join(','));
  }

  /** The speaker steps forward (and is not told by brightness alone: it also rises). */
  focusSpeaker(id: string | undefined): void {
    for (const s of this.standing) {
      const speaking = s.id === id;
      s.image.setAlpha(id === undefined || speaking ? 1 : 0.8);
      this.scene.tweens.killTweensOf(s.image);
      this.scene.tweens.add({ targets: s.image, y: s.baseY - (speaking ? 18 : 0), duration: motion(160) || 1 });
    }
  }

  showPortrait(speaker: string | undefined, mood: Expression = 'neutral'): void {
    const member = castMember(this.scenario, speaker);
    const g = this.portraitCard;
    g.clear();
    if (!member) {
      this.portrait.setVisible(false);
      return;
    }
    const art = characterArt(member, mood, PORTRAIT_SIZE);
    const key = this.scene.textures.exists(art.key) ? art.key : characterArt(member, 'neutral', PORTRAIT_SIZE).key;
    if (!this.scene.textures.exists(key)) {
      this.portrait.setVisible(false);
      return;
    }
    const { portraitX: x, portraitY: y, portraitSize: size } = this.layout;
    g.fillStyle(Colours.panel, 0.95);
    g.fillCircle(x, y - size * 0.45, size * 0.46);
    g.lineStyle(5, Colours.panelEdge, 1);
    g.strokeCircle(x, y - size * 0.45, size * 0.46);
    this.portrait.setTexture(key).setDisplaySize(size, size).setVisible(true);
  }

  setVisible(visible: boolean): void {
    this.root.setVisible(visible);
  }
}

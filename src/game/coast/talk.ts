/**
 * Talking to the characters at home on the coast. Each one stands in a block by their place; the
 * ones at the crab's place can be talked to: touched (a finger-sized hit area), by their button in
 * the a11y layer (Tab, then Enter), or with T, which goes round everyone there. What they say is
 * src/present/flow/coast-talk.ts's; here it is drawn in a speech bubble above the speaker and said
 * to the screen reader.
 */
import Phaser from 'phaser';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { translator } from '../../i18n/translate.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { freeSpot, layOutCrowd, type Box } from '../../present/flow/coast-crowd.ts';
import { nextToTalk, residentLine } from '../../present/flow/coast-talk.ts';
import type { CoastProgress } from '../../present/flow/coast-world.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import { probe } from '../../probe.ts';
import { loadArt } from '../ui/art-loader.ts';
import { characterArt } from '../ui/portrait.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { touchHitSize } from '../ui/touch.ts';
import type { Resident } from './residents.ts';

const { t } = translator(coastWorldMessages);

const SIZE = 64;
const GAP = 8;

type At = (place: CoastPlace) => { x: number; y: number };

/** The room the residents have on the map. */
export interface CrowdRoom {
  /** The lowest y a resident may reach (the top of the hint band). */
  readonly floor: number;
  /** What they must not cover: the signs, the places' name tags, the menu button. */
  readonly obstacles: readonly Box[];
  /** The y under a place's name tag. */
  readonly below: (place: CoastPlace) => number;
}

/** A resident's picture; `control` is its button in the a11y layer while it can be talked to (the hit-area probe names it by it). */
type Picture = Phaser.GameObjects.Image & { control?: A11yControl };

interface Standing {
  readonly resident: Resident;
  readonly image: Picture;
}

export class CoastTalk {
  private readonly standing: Standing[] = [];
  private bubble: Phaser.GameObjects.Container | undefined;
  private focusRing: Phaser.GameObjects.Graphics | undefined;
  private here: CoastPlace | undefined;
  private last: string | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly at: At,
    private readonly residents: readonly Resident[],
    private readonly progress: CoastProgress,
    private readonly layout: CrowdRoom,
  ) {}

  /** Draws each place's residents in a block by it, covering no sign, name or other block (present/flow/coast-crowd.ts). */
  async draw(): Promise<void> {
    const arts = this.residents.map((r) => characterArt(r.member, 'neutral', SIZE));
    await loadArt(this.scene, arts);
    if (!this.scene.sys.isActive()) return;
    const cell = Math.max(SIZE, touchHitSize(this.scene.scale));
    const byPlace = new Map<CoastPlace, Resident[]>();
    for (const r of this.residents) byPlace.set(r.place, [...(byPlace.get(r.place) ?? []), r]);
    const { width } = this.scene.scale;
    const crowd = layOutCrowd(
      {
        area: { x: GAP, y: GAP, w: width - 2 * GAP, h: this.layout.floor - 2 * GAP },
        cell,
        // A finger's cell already leaves room around the picture: its cells touch, their hit areas never meet.
        cellGap: cell > SIZE ? 0 : GAP,
        gap: GAP,
        places: [...byPlace].map(([place, row]) => ({ place, at: this.at(place), count: row.length })),
        obstacles: this.layout.obstacles,
      },
      this.layout.below,
    );
    probe.set('coastCrowd', crowd.crowded.length === 0 ? 'fits' : 'crowded');
    for (const [place, row] of byPlace) {
      const spots = crowd.spots.get(place) ?? [];
      row.forEach((resident, i) => {
        const art = arts[this.residents.indexOf(resident)];
        const image = this.scene.add.image(spots[i].x, spots[i].y, art.key).setDisplaySize(SIZE, SIZE).setDepth(6);
        // A finger's size on a touch screen, held from the picture's top-left corner.
        const scale = SIZE / image.width;
        const reach = cell / scale;
        image.setInteractive({
          useHandCursor: true,
          hitArea: new Phaser.Geom.Rectangle(image.width / 2 - reach / 2, image.height / 2 - reach / 2, reach, reach),
          hitAreaCallback: Phaser.Geom.Rectangle.Contains,
        });
        image.on('pointerup', () => this.talkTo(resident.id));
        this.standing.push({ resident, image });
      });
    }
    this.arrive(this.here);
  }

  /** The residents of this place, in their row's order. */
  private livingAt(place: CoastPlace | undefined): Standing[] {
    return this.standing.filter((s) => s.resident.place === place);
  }

  /** The crab is at a place (or nowhere): its residents can be talked to; the others wait. Returns their names. */
  arrive(place: CoastPlace | undefined): string[] {
    if (place !== this.here) this.hush();
    this.here = place;
    for (const s of this.standing) {
      const talkable = s.resident.place === place;
      if (s.image.input) s.image.input.enabled = talkable;
      if (talkable && !s.image.control)
        s.image.control = a11y().addControl({
          label: t('world.talk.to', { name: s.resident.name }),
          id: `coast.talk.${s.resident.id}`,
          scope: this.scene.scene.key,
          onActivate: () => this.talkTo(s.resident.id),
          onFocus: () => this.ring(s),
          onBlur: () => this.ring(undefined),
        });
      if (!talkable && s.image.control) {
        s.image.control.remove();
        s.image.control = undefined;
      }
    }
    return this.livingAt(place).map((s) => s.resident.name);
  }

  /** T: the next resident of this place speaks (or the player hears that nobody lives here). */
  talkNext(): void {
    const here = this.livingAt(this.here).map((s) => s.resident.id);
    const next = nextToTalk(here, this.last);
    if (next) this.talkTo(next);
    else a11y().announce(t('world.talk.nobody'));
  }

  talkTo(id: string): void {
    const s = this.standing.find((one) => one.resident.id === id);
    const key = s && residentLine(id, this.progress);
    if (!s || !key) return;
    this.last = id;
    const line = t(key);
    this.drawBubble(s, line);
    probe.set('talk', `${id}:${key}`);
    a11y().announce(t('world.talk', { name: s.resident.name, line }));
  }

  /** The finale gathers everyone on the beach: their pictures by their places step aside meanwhile. */
  setShown(shown: boolean): void {
    if (!shown) this.hush();
    for (const s of this.standing) s.image.setVisible(shown);
  }

  /** The bubble goes (the crab walked away). */
  hush(): void {
    this.bubble?.destroy();
    this.bubble = undefined;
    this.last = undefined;
    probe.clear('talk', 'talkBubble');
  }

  /** The focus ring around the resident whose button has the keyboard's focus (none: it goes). */
  private ring(s: Standing | undefined): void {
    this.focusRing?.destroy();
    this.focusRing = undefined;
    if (!s) return;
    const g = this.scene.add.graphics().setDepth(7);
    g.lineStyle(5, Colours.focus, 1).strokeCircle(s.image.x, s.image.y, SIZE / 2 + 6);
    this.focusRing = g;
  }

  private drawBubble(s: Standing, line: string): void {
    this.bubble?.destroy();
    const { width } = this.scene.scale;
    const w = Math.min(520, width - 40);
    const name = addText(this.scene, 16, 10, s.resident.name, { size: 18, bold: true, color: Colours.text });
    const text = addText(this.scene, 16, name.y + name.height + 4, line, {
      size: 20,
      color: Colours.text,
      wrap: w - 32,
    });
    const h = text.y + text.height + 14;
    const tipX = s.image.x;
    const cell = Math.max(SIZE, touchHitSize(this.scene.scale));
    const speaker = { x: tipX - cell / 2, y: s.image.y - cell / 2, w: cell, h: cell };
    // Above the speaker when that covers no sign, button or name (nor the speaker); else the nearest free spot.
    const spot = freeSpot(
      { w, h },
      { x: tipX - w / 2, y: speaker.y - 18 - h },
      { x: 10, y: 10, w: width - 20, h: this.layout.floor - 20 },
      [...this.layout.obstacles, speaker],
    );
    const { x: left, y: top } = spot;
    // The tail leaves the bubble's edge nearest the speaker and points at the picture's edge.
    const below = top > s.image.y;
    const edge = below ? 2 : h - 2;
    const tipY = below ? s.image.y + SIZE / 2 + 4 : s.image.y - SIZE / 2 - 4;
    const g = this.scene.add.graphics();
    g.fillStyle(Colours.foam, 0.98).fillRoundedRect(0, 0, w, h, 14);
    g.lineStyle(3, Colours.ink, 0.8).strokeRoundedRect(0, 0, w, h, 14);
    const tx = Phaser.Math.Clamp(tipX - left, 24, w - 24);
    g.fillStyle(Colours.foam, 0.98).fillTriangle(tx - 12, edge, tx + 12, edge, tipX - left, tipY - top);
    g.lineStyle(3, Colours.ink, 0.8).lineBetween(tx - 12, edge, tipX - left, tipY - top);
    g.lineBetween(tx + 12, edge, tipX - left, tipY - top);
    probe.set('talkBubble', [left, top, w, h].map(Math.round).join(','));
    this.bubble = this.scene.add.container(left, top, [g, name, text]).setDepth(16);
  }
}

/**
 * The finale, staged on the beach: dusk falls over the coast (its landmarks glow through it), the
 * characters gather around Nacre, and the lines of src/present/flow/coast-world.ts's `finale()`
 * are said one by one, like dialogue (Enter, Space, a tap, or the "Next" button); whom a line is
 * about steps forward. Escape or its Menu button pauses it (the pause menu resumes or leaves). It ends on a closing card: the credits, or back to the coast.
 */
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { translator } from '../../i18n/translate.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { gameKey, isPress } from '../../present/keys.ts';
import { gathered, landmarks, type CoastProgress, type FinaleLine } from '../../present/flow/coast-world.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import { probe } from '../../probe.ts';
import { loadArt } from '../ui/art-loader.ts';
import { Button } from '../ui/button.ts';
import { drawLandmark } from '../ui/coast-world.ts';
import { DialogueBox } from '../ui/dialogue-box.ts';
import { drawPanel } from '../ui/panel.ts';
import { characterArt } from '../ui/portrait.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { touchHitSize } from '../ui/touch.ts';
import { t as gameText } from '../../i18n/first-screen.ts';
import type { CoastCast } from './residents.ts';

const { t } = translator(coastWorldMessages);

/** The a11y scope of the finale: over the coast's own controls, which go inert while it plays. */
const SCOPE = 'coast.finale';
const SIZE = 88;

interface FinaleActions {
  /** Escape: the pause menu, as everywhere. */
  readonly menu: () => void;
  /** The last line was said: the store remembers the finale was seen. */
  readonly seen: () => void;
  readonly credits: () => void;
  /** Back to the coast. */
  readonly closed: () => void;
}

type At = (place: CoastPlace) => { x: number; y: number };

export class FinaleStage {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly muted: Phaser.GameObjects.GameObject[] = [];
  private readonly people = new Map<string, Phaser.GameObjects.Image>();
  private box: DialogueBox | undefined;
  private next: Button | undefined;
  private lines: readonly FinaleLine[] = [];
  private at = -1;
  private playing = false;
  private readonly onKey = (event: KeyboardEvent): void => {
    // Enter or Space with nothing focused (after a tap on the canvas) still goes on, as in dialogue.
    if (!isPress(gameKey(event.key)) || document.activeElement !== document.body || a11y().top !== SCOPE) return;
    event.preventDefault();
    this.advance();
  };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly place: At,
    private readonly progress: CoastProgress,
    private readonly cast: CoastCast['cast'],
    private readonly actions: FinaleActions,
  ) {
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('keydown', this.onKey));
  }

  get open(): boolean {
    return this.playing;
  }

  async play(lines: readonly FinaleLine[]): Promise<void> {
    if (this.playing) return;
    this.playing = true;
    this.lines = lines;
    this.at = -1;
    const ids = ['nacre', ...gathered(lines)].filter((id) => this.cast.has(id));
    const arts = ids.map((id) => characterArt(this.cast.get(id)!.member, 'happy', SIZE));
    await loadArt(this.scene, arts);
    if (!this.scene.sys.isActive()) return;
    this.muteCoast();
    a11y().enter(SCOPE, { onEscape: () => this.actions.menu() });
    window.addEventListener('keydown', this.onKey);
    this.dress(ids, arts);
    this.advance();
  }

  /**
   * The coast's own controls (signs, residents, buttons) take no press while the finale is on:
   * the dusk already covers them, and a finger must not find a sign under the closing card.
   */
  private muteCoast(): void {
    const walk = (list: readonly Phaser.GameObjects.GameObject[]): void => {
      for (const o of list) {
        if (o.input?.enabled) {
          o.input.enabled = false;
          this.muted.push(o);
        }
        if (o instanceof Phaser.GameObjects.Container) walk(o.list);
      }
    };
    walk(this.scene.children.list);
  }

  /** The dusk, the landmarks through it, the gathering and the dialogue box. */
  private dress(ids: readonly string[], arts: readonly { key: string }[]): void {
    const { width: w, height: h } = this.scene.scale;
    const portrait = h > w;
    const dusk = this.scene.add.rectangle(0, 0, w, h, 0x2b1d4a, 0.55).setOrigin(0, 0).setDepth(40);
    // The whole screen is the "go on" zone for a finger or a mouse.
    dusk.setInteractive().on('pointerup', () => this.advance());
    const glow = this.scene.add.graphics().setDepth(41);
    for (const l of landmarks(this.progress)) {
      const { x, y } = this.place(l.place);
      drawLandmark(glow, l, x, y);
    }
    this.objects.push(dusk, glow);
    const beach = this.place('beach');
    const boxHeight = portrait ? 260 : 170;
    const boxTop = h - boxHeight - 16;
    // A half ring around Nacre, above the box; Nacre in front, at the middle.
    const rx = Math.min(w * 0.42, 430);
    const ry = portrait ? 170 : 110;
    const cy = Math.min(beach.y + 20, boxTop - 70);
    const others = ids.length - 1;
    ids.forEach((id, i) => {
      const a = Math.PI * (1.05 + (0.9 * (i - 1)) / Math.max(1, others - 1));
      const x = i === 0 ? beach.x : beach.x + Math.cos(a) * rx;
      const y = i === 0 ? cy + 20 : cy + Math.sin(a) * ry;
      const cx = Phaser.Math.Clamp(x, SIZE / 2 + 8, w - SIZE / 2 - 8);
      const image = this.scene.add.image(cx, y, arts[i].key).setDisplaySize(SIZE, SIZE).setDepth(42);
      this.people.set(id, image);
      this.objects.push(image);
    });
    this.box = new DialogueBox(this.scene, { x: 16, y: boxTop, width: w - 32, height: boxHeight, textLeft: 28 });
    this.box.setDepth(43);
    const next = new Button(this.scene, {
      x: w - 120,
      y: boxTop - 34,
      width: 190,
      height: 48,
      fontSize: 22,
      label: `${t('world.finale.next')} ▸`,
      ariaLabel: t('world.finale.next'),
      id: 'coast.finale.next',
      scope: SCOPE,
      onActivate: () => this.advance(),
    });
    next.setDepth(44);
    this.next = next;
    // The pause menu's way in for a finger (a touch screen has no Escape), as on the coast and in
    // dialogue; its hit area grows to a finger's size (ui/button.ts). A mouse may use it too.
    const menu = new Button(this.scene, {
      x: w - 90,
      y: Math.max(40, touchHitSize(this.scene.scale) / 2),
      width: 150,
      height: 50,
      label: gameText('coast.menu'),
      id: 'coast.finale.menu',
      scope: SCOPE,
      onActivate: () => this.actions.menu(),
    });
    menu.setDepth(44);
    this.objects.push(this.box, menu);
    next.focus();
  }

  private advance(): void {
    if (!this.playing || !this.box) return;
    if (this.box.typing) {
      this.box.skip();
      return;
    }
    if (this.at >= this.lines.length - 1) {
      if (this.at === this.lines.length - 1) this.end();
      return;
    }
    this.at += 1;
    const line = this.lines[this.at];
    const said = line.rule ? t(line.key, { rule: t(line.rule) }) : t(line.key);
    const speaker = line.speaker ? (this.cast.get(line.speaker)?.name ?? '') : '';
    // Whom the line is about steps forward; the others stand back in the ring.
    for (const [id, image] of this.people) {
      const forward = id === line.about || id === line.speaker;
      image.setDisplaySize(forward ? SIZE * 1.3 : SIZE, forward ? SIZE * 1.3 : SIZE).setAlpha(forward ? 1 : 0.85);
    }
    this.box.say(speaker, said, { portrait: false });
    probe.set('finale', `${this.at + 1}/${this.lines.length}`);
    a11y().announce(speaker ? t('world.talk', { name: speaker, line: said }) : said);
  }

  /** The closing card: the end, and where to go from here. */
  private end(): void {
    this.at = this.lines.length;
    this.actions.seen();
    const { width: w, height: h } = this.scene.scale;
    const cw = Math.min(640, w - 40);
    const ch = 300;
    const panel = drawPanel(this.scene.add.graphics(), w / 2, h / 2, cw, ch).setDepth(45);
    const title = addText(this.scene, w / 2, h / 2 - ch / 2 + 24, t('world.finale.fin.title'), {
      size: 40,
      font: 'title',
      bold: true,
      origin: [0.5, 0],
    }).setDepth(46);
    const body = addText(this.scene, w / 2, title.y + title.height + 12, t('world.finale.fin.body'), {
      size: 20,
      color: Colours.text,
      origin: [0.5, 0],
      align: 'center',
      wrap: cw - 60,
    }).setDepth(46);
    const y = h / 2 + ch / 2 - 44;
    const bw = Math.min(260, (cw - 60) / 2);
    const credits = new Button(this.scene, {
      x: w / 2 - bw / 2 - 10,
      y,
      width: bw,
      height: 52,
      label: t('world.finale.credits'),
      id: 'coast.finale.credits',
      scope: SCOPE,
      onActivate: () => this.actions.credits(),
    }).setDepth(46);
    const back = new Button(this.scene, {
      x: w / 2 + bw / 2 + 10,
      y,
      width: bw,
      height: 52,
      label: t('world.finale.back'),
      id: 'coast.finale.back',
      scope: SCOPE,
      onActivate: () => this.close(),
    }).setDepth(46);
    this.box?.hideMore();
    // Nothing more to read on: the card's two buttons are all that is left to press.
    this.next?.destroy();
    this.next = undefined;
    this.objects.push(panel, title, body, credits, back);
    probe.set('finale', 'end');
    a11y().announce([t('world.finale.fin.title'), t('world.finale.fin.body')]);
    credits.focus();
  }

  /** Back to the walk on the coast. */
  close(): void {
    for (const o of this.objects.splice(0)) o.destroy();
    this.people.clear();
    this.next?.destroy();
    this.next = undefined;
    this.box = undefined;
    this.playing = false;
    window.removeEventListener('keydown', this.onKey);
    for (const o of this.muted.splice(0)) if (o.input) o.input.enabled = true;
    a11y().clear(SCOPE);
    probe.clear('finale');
    this.actions.closed();
  }
}

import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { chapterList, loadChapterFile, type ChapterFile } from '../flow/chapters.ts';
import { openChapterScene } from '../flow/follow.ts';
import { ensureScene, switchTo } from '../flow/navigate.ts';
import { activePlay, type Play } from '../flow/play.ts';
import { COAST_PLACES, placeNear, placeOnMap, type CoastPlace } from '../../present/flow/world.ts';
import { coastWalks } from '../../present/flow/coast-walks.ts';
import { coastScreen } from '../../present/flow/journey.ts';
import { SceneKey, TextureKey } from '../keys.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { loadArt } from '../ui/art-loader.ts';
import { Button } from '../ui/button.ts';
import { signHere } from '../ui/chapter-labels.ts';
import { CoastMap } from '../ui/coast-map.ts';
import { CoastWorld } from '../ui/coast-world.ts';
import { CoastTalk } from '../coast/talk.ts';
import type { FinaleStage } from '../coast/finale-stage.ts';
import { finaleOnBeach } from '../coast/finale-button.ts';
import { drawHintBand, talkHint } from '../coast/hint-band.ts';
import { placeSigns, type ChapterSign } from '../coast/signs.ts';
import { loadCoastCast } from '../coast/residents.ts';
import type { CoastProgress } from '../../present/flow/coast-world.ts';
import { gameKey } from '../../present/keys.ts';
import { frame } from '../ui/layout.ts';
import type { MenuPanel } from '../ui/menu-panel.ts';
import { openPauseMenu } from '../ui/pause-menu.ts';
import { characterArt, playerMember } from '../ui/portrait.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { touchHitSize } from '../ui/touch.ts';
import { display } from '../ui/display.ts';
import { Walker } from '../ui/walker.ts';
import { coastMusic } from '../sound/player.ts';
import { probe } from '../../probe.ts';
import { walkArea } from '../flow/walk-area.ts';
import { storeNow } from '../flow/session.ts';
import { t } from '../../i18n/first-screen.ts';
import { capitalize } from '../../i18n/grammar.ts';

const CRAB_SIZE = 96;

/**
 * The coast: the map of the cove, the player's hermit crab, the characters at home, and one sign
 * per chapter. During a chapter the story drives it (the crab walks to each place, the dialogue
 * plays over it); otherwise the player walks freely and goes into a chapter at its sign.
 */
export class CoastScene extends Phaser.Scene {
  private map!: CoastMap;
  private walker: Walker | undefined;
  private signs: ChapterSign[] = [];
  private nearPlace: CoastPlace | undefined;
  private panel: MenuPanel | undefined;
  private people: Phaser.GameObjects.Image[] = [];
  /** No chapter is played: the player walks the crab (decided once, when the scene opens). */
  private roaming = false;
  /** The coast as the story left it: landmarks, the residents' talk, the finale. */
  private world: CoastWorld | undefined;
  private talk: CoastTalk | undefined;
  private finale: FinaleStage | undefined;

  constructor() {
    super(SceneKey.Coast);
  }

  create(): void {
    const binding = bindScene(this);
    binding.onShutdown(() => {
      probe.clear('crab', 'coastMap');
    });
    const f = frame(this);
    this.signs = [];
    this.nearPlace = undefined;
    this.panel = undefined;
    this.walker = undefined;
    this.people = [];
    this.world = undefined;
    this.talk = undefined;
    this.finale = undefined;
    this.map = new CoastMap(f.width, f.height);
    // Drawn once into a texture: as live Graphics its hundreds of shapes would be redrawn every frame.
    if (!this.textures.exists(TextureKey.coastMap)) {
      const g = this.make.graphics({}, false);
      this.map.draw(g);
      g.generateTexture(TextureKey.coastMap, f.width, f.height);
      g.destroy();
    }
    this.add.image(0, 0, TextureKey.coastMap).setOrigin(0, 0);
    for (const place of COAST_PLACES) {
      const at = this.map.place(place);
      // A label on the map starts with a capital; in a sentence the place stays lowercase.
      this.tag(at.x, at.y + 34, capitalize(t(`coast.place.${place}`)));
    }
    coastMusic(true);
    binding.onShutdown(() => coastMusic(false));
    const play = activePlay();
    this.roaming = !play;
    if (play) void this.story(play, binding);
    else void this.roam(binding);
  }

  /** A place's name on a dark tag: readable on the sand as on the sea. */
  private tag(x: number, y: number, text: string): void {
    const label = addText(this, x, y + 4, text, {
      size: 18,
      bold: true,
      color: Colours.textOnDark,
      origin: [0.5, 0],
    }).setDepth(4);
    const g = this.add.graphics().setDepth(3);
    g.fillStyle(Colours.seaDeep, 0.8);
    g.fillRoundedRect(x - label.width / 2 - 10, y, label.width + 20, label.height + 8, 10);
  }

  /** The map position of a place, where the crab stands. */
  private spot(place: CoastPlace): { x: number; y: number } {
    const at = this.map.place(place);
    return { x: at.x, y: at.y + 20 };
  }

  /** `band`: the height of the hint band at the screen's foot, which the crab never walks under. */
  private async dressCrab(scenario: ScenarioData | undefined, place: CoastPlace, band = 0): Promise<Walker> {
    const f = frame(this);
    const at = this.spot(place);
    const area = walkArea(f.width, f.height, CRAB_SIZE, band);
    const walker = new Walker(
      this,
      at.x,
      at.y,
      new Phaser.Geom.Rectangle(area.left, area.top, area.right - area.left, area.bottom - area.top),
    );
    walker.sprite.setDepth(10);
    const member = scenario ? playerMember(scenario) : undefined;
    if (member) {
      const art = characterArt(member, 'happy', CRAB_SIZE);
      await loadArt(this, [art]);
      if (this.sys.isActive() || this.sys.isPaused()) walker.dress(art.key, CRAB_SIZE);
    }
    this.walker = walker;
    return walker;
  }

  // ---------------------------------------------------------------- story

  private async story(play: Play, binding: ReturnType<typeof bindScene>): Promise<void> {
    // The dialogue says the moves; the coast walks them while it is up.
    const stop = coastWalks.listen((place, present) => this.walkTo(place, present, play.scenario));
    binding.onShutdown(stop);
    await this.dressCrab(play.scenario, coastScreen(play.player).place);
    if (!(await ensureScene(this.game, SceneKey.Dialogue))) return;
    this.scene.launch(SceneKey.Dialogue);
  }

  /** The story moves (the dialogue's walk, through coastWalks): the crab walks there, the characters present gather. */
  private async walkTo(placeId: string, present: readonly string[], scenario: ScenarioData): Promise<void> {
    const place = placeOnMap(placeId);
    for (const p of this.people) p.destroy();
    this.people = [];
    const at = this.spot(place);
    const cast = present
      .map((id) => scenario.cast.find((c) => c.id === id))
      .filter((c) => c !== undefined && c.id !== playerMember(scenario)?.id);
    const arts = cast.map((c) => characterArt(c!, 'neutral', 72));
    await loadArt(this, arts);
    arts.forEach((art, i) => {
      const angle = Math.PI * (0.15 + (i / Math.max(1, arts.length - 1)) * 0.7);
      const image = this.add
        .image(at.x + Math.cos(angle) * 90, at.y - 10 + Math.sin(angle) * 36, art.key)
        .setOrigin(0.5, 0.9)
        .setDisplaySize(72, 72);
      this.people.push(image);
    });
    await this.walker?.walkTo(at.x, at.y);
  }

  // ---------------------------------------------------------------- free roam

  private async roam(binding: ReturnType<typeof bindScene>): Promise<void> {
    binding.enterA11y({ onEscape: () => this.openMenu() });
    const f = frame(this);
    const list = await chapterList();
    const progress = storeNow()?.getState().progress;
    const done = new Set(progress?.chaptersDone ?? []);
    const first = list[0] ? await loadChapterFile(list[0]).catch(() => undefined) : undefined;
    if (!this.sys.isActive()) return;
    this.signs = placeSigns(
      this,
      list,
      done,
      (p) => this.map.place(p),
      (chapter, place) => {
        void this.enterChapter(chapter, place);
      },
    );
    const saved: CoastProgress = progress ?? { chaptersDone: [], endings: {} };
    const cast = await loadCoastCast(list, saved, display().language);
    if (!this.sys.isActive()) return;
    this.world = new CoastWorld(this, (p) => this.map.place(p), saved);
    this.world.draw();
    const menu = new Button(this, {
      x: f.width - 90,
      // A finger-sized hit area must not start above the screen.
      y: Math.max(40, touchHitSize(this.scale) / 2),
      width: 150,
      height: 50,
      label: t('coast.menu'),
      id: 'coast.menu',
      onActivate: () => this.openMenu(),
    });
    menu.setDepth(20);
    const band = drawHintBand(this, f);
    // For the browser tests: the map's width and the top of the band, where the walk ends.
    probe.set('coastMap', `${f.width},${f.height - band}`);
    this.talk = new CoastTalk(this, (p) => this.map.place(p), cast.residents, saved, f.height - band);
    await this.dressCrab(first, 'beach', band);
    this.input.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer, over: unknown[]) => {
      if (over.length === 0 && !this.panel && !this.finale?.open)
        this.walker?.walkTowards(pointer.worldX, pointer.worldY);
    });
    binding.listen(window, 'keydown', (event) => {
      const key = gameKey(event.key);
      if ((key === 't' || key === 'T') && a11y().top === SceneKey.Coast && !this.panel) {
        event.preventDefault();
        this.talk?.talkNext();
      }
    });
    await this.talk.draw();
    if (!this.sys.isActive()) return;
    this.nearPlace = 'beach';
    this.arrive('beach', true);
    this.finale = finaleOnBeach({
      scene: this,
      place: (p) => this.map.place(p),
      progress: saved,
      cast: cast.cast,
      crab: this.walker?.sprite,
      residents: this.talk,
      menu: () => this.openMenu(),
      busy: () => this.panel !== undefined,
      closed: () => a11y().focusFirst(SceneKey.Coast),
    });
    if (!this.finale?.open) a11y().focusFirst(SceneKey.Coast);
  }

  /**
   * The crab reached a place (or left one): what it shows, who lives there, and its chapter signs
   * (not when the coast opens: the sign's line says which key goes in, and the focus is not on it yet).
   */
  private arrive(place: CoastPlace | undefined, opening = false): void {
    const shown = this.world?.showAt(place) ?? [];
    const names = this.talk?.arrive(place) ?? [];
    if (!place) return;
    const signs = this.signs.filter((s) => s.place === place);
    if (!opening) signs[0]?.sign.focus();
    a11y().announce([
      t('coast.here', { place: t(`coast.place.${place}`) }),
      ...(names.length > 0 ? [t('coast.residents', { names }), talkHint()] : []),
      ...shown,
      ...(opening ? [] : signs.map((s) => signHere(s.chapter))),
    ]);
  }

  private async enterChapter(chapter: ChapterFile, place: CoastPlace): Promise<void> {
    if (this.panel) return;
    const at = this.spot(place);
    await this.walker?.walkTo(at.x, at.y);
    await openChapterScene(this.game, { id: chapter.id });
  }

  private openMenu(): void {
    if (this.panel) return;
    this.panel = openPauseMenu(this, {
      resume: () => this.closeMenu(),
      settings: () => void switchTo(this.game, SceneKey.Settings, { from: SceneKey.Coast }),
      quit: () => void switchTo(this.game, SceneKey.Title, {}),
    });
  }

  private closeMenu(): void {
    this.panel?.destroy();
    this.panel = undefined;
    // Back to what is on top: the coast, or the finale the menu opened over.
    a11y().focusFirst();
  }

  override update(_time: number, delta: number): void {
    if (!this.walker || this.panel || this.finale?.open || !this.roaming) return;
    // The real time elapsed (Phaser smooths `delta`, which slows the crab down on a slow machine).
    if (!this.walker.update(Math.min(100, this.game.loop.rawDelta || delta))) return;
    // For the browser tests: the crab's picture as drawn (game pixels), which must stay on the map.
    const b = this.walker.sprite.getBounds();
    probe.set('crab', [b.left, b.top, b.right, b.bottom].map(Math.round).join(','));
    const here = this.map.toMap(this.walker.sprite.x, this.walker.sprite.y);
    const place = placeNear(here, 0.09, this.scale.width / this.scale.height);
    if (place === this.nearPlace) return;
    this.nearPlace = place;
    this.arrive(place);
  }
}

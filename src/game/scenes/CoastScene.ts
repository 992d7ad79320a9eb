import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { chapterList, loadChapterFile, type ChapterFile } from '../flow/chapters.ts';
import { openChapterScene } from '../flow/follow.ts';
import { ensureScene, switchTo } from '../flow/navigate.ts';
import { activePlay, type Play } from '../flow/play.ts';
import { placeNear, placeOnMap, type CoastPlace } from '../../present/flow/world.ts';
import { coastWalks } from '../../present/flow/coast-walks.ts';
import { coastScreen } from '../../present/flow/journey.ts';
import { SceneKey, TextureKey } from '../keys.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { loadArt } from '../ui/art-loader.ts';
import { Button } from '../ui/button.ts';
import { signHere } from '../ui/chapter-labels.ts';
import { CoastMap } from '../ui/coast-map.ts';
import { CoastWorld } from '../ui/coast-world.ts';
import { CoastTalk, type CrowdRoom } from '../coast/talk.ts';
import { PlaceTags } from '../coast/name-tags.ts';
import type { FinaleStage } from '../coast/finale-stage.ts';
import { finaleButtonBox, finaleOnBeach } from '../coast/finale-button.ts';
import { drawHintBand, talkHint } from '../coast/hint-band.ts';
import { placeSigns, signBox, type ChapterSign } from '../coast/signs.ts';
import { loadCoastCast } from '../coast/residents.ts';
import type { CoastProgress } from '../../present/flow/coast-world.ts';
import { gameKey } from '../../present/keys.ts';
import { frame } from '../ui/layout.ts';
import type { MenuPanel } from '../ui/menu-panel.ts';
import { openPauseMenu } from '../ui/pause-menu.ts';
import { characterArt, playerMember } from '../ui/portrait.ts';
import { touchHitSize } from '../ui/touch.ts';
import { display } from '../ui/display.ts';
import { Walker } from '../ui/walker.ts';
import { coastMusic } from '../sound/player.ts';
import { probe } from '../../probe.ts';
import { walkArea } from '../flow/walk-area.ts';
import { storeNow } from '../flow/session.ts';
import { t } from '../../i18n/first-screen.ts';

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
  /** The places' name tags, which the residents never cover. */
  private tags: PlaceTags | undefined;
  private nearPlace: CoastPlace | undefined;
  /** Where Tab sent the crab: the places it passes on the way do not take the focus from the sign. */
  private tabWalk: CoastPlace | undefined;
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
    this.tabWalk = undefined;
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
    this.tags = new PlaceTags(this, (p) => this.map.place(p));
    coastMusic(true);
    binding.onShutdown(() => coastMusic(false));
    const play = activePlay();
    this.roaming = !play;
    if (play) void this.story(play, binding);
    else void this.roam(binding);
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
      (place) => this.walkToSign(place),
    );
    // The keyboard's focus starts on the crab's place's sign, ring drawn, before the residents load
    // (seconds on a slow machine): never on the page's body until a first Tab.
    this.focusHere();
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
    const tags = this.tags!;
    tags.liftAbove(f.height - band);
    const reach = touchHitSize(this.scale);
    const caption = this.world.captionBox();
    const drawn = [
      ...tags.boxes(),
      ...this.signs.map((s) => signBox(s.sign, reach)),
      {
        x: menu.x - Math.max(150, reach) / 2,
        y: menu.y - Math.max(50, reach) / 2,
        w: Math.max(150, reach),
        h: Math.max(50, reach),
      },
      ...(caption ? [caption] : []),
    ];
    const map = { x: 8, y: 8, w: f.width - 16, h: f.height - band - 16 };
    // The crab starts on the beach: the finale's button stands clear of it too.
    const crab = this.spot('beach');
    const crabBox = { x: crab.x - CRAB_SIZE / 2, y: crab.y - CRAB_SIZE / 2, w: CRAB_SIZE, h: CRAB_SIZE };
    const finaleAt = finaleButtonBox(this, this.map.place('beach'), saved, map, [...drawn, crabBox]);
    const room: CrowdRoom = {
      floor: f.height - band,
      obstacles: [...drawn, ...(finaleAt ? [finaleAt] : [])],
      below: (p) => tags.below(p),
    };
    this.talk = new CoastTalk(this, (p) => this.map.place(p), cast.residents, saved, room);
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
      at: finaleAt ?? map,
      place: (p) => this.map.place(p),
      progress: saved,
      cast: cast.cast,
      crab: this.walker?.sprite,
      residents: this.talk,
      menu: () => this.openMenu(),
      busy: () => this.panel !== undefined,
      closed: () => this.focusHere(),
    });
    if (!this.finale?.open) this.focusHere();
  }

  /** The focus on the first sign where the crab stands (the beach when the coast opens), else the first sign. */
  private focusHere(): void {
    const here = this.nearPlace ?? 'beach';
    const sign = this.signs.find((s) => s.place === here) ?? this.signs[0];
    if (sign) sign.sign.focus();
    else a11y().focusFirst(SceneKey.Coast);
  }

  /**
   * Tab reached a sign: the crab walks there, so that « here » (T, the residents' buttons, the
   * announcement) is where the focus is. Reduced motion or not, it walks at the keys' pace.
   */
  private walkToSign(place: CoastPlace): void {
    if (!this.walker || this.panel || this.finale?.open) return;
    if (place === this.nearPlace) return;
    this.tabWalk = place;
    const at = this.spot(place);
    this.walker.walkTowards(at.x, at.y);
  }

  /**
   * The crab reached a place (or left one): what it shows, who lives there, and its chapter signs
   * (when the coast opens, the sign that has the focus: focusHere).
   */
  private arrive(place: CoastPlace | undefined, opening = false): void {
    const shown = this.world?.showAt(place) ?? [];
    const names = this.talk?.arrive(place) ?? [];
    if (!place) return;
    const signs = this.signs.filter((s) => s.place === place);
    // Walking up to a sign gives it the focus, unless Tab is what sent the crab: the focus is already
    // on the sign it was sent to, and the places on the way neither take it nor speak over it.
    const passing = this.tabWalk !== undefined && place !== this.tabWalk;
    if (passing) return;
    const tabbed = this.tabWalk !== undefined;
    this.tabWalk = undefined;
    if (!opening && !tabbed) signs[0]?.sign.focus();
    a11y().announce([
      t('coast.here', { place: t(`coast.place.${place}`) }),
      ...(names.length > 0 ? [t('coast.residents', { names }), talkHint()] : []),
      ...shown,
      ...(opening ? signs.slice(0, 1) : signs).map((s) => signHere(s.chapter)),
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
    if (!this.walker.update(Math.min(100, this.game.loop.rawDelta || delta))) {
      // Stopped (arrived, or the keys took over) before the place Tab aimed at: walking is the keys' again.
      this.tabWalk = undefined;
      return;
    }
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

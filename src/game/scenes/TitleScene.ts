import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import type { TitleData, TitleNotice } from '../flow/follow.ts';
import { openChapterScene } from '../flow/follow.ts';
import { goTo } from '../flow/navigate.ts';
import { loadStore, peek, storeNow } from '../flow/session.ts';
import { BodyData, GameEvent, Mark, SceneKey, TextureKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { touchHitSize } from '../ui/touch.ts';
import { frame } from '../ui/layout.ts';
import { MenuPanel } from '../ui/menu-panel.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { TitleTeaser } from '../ui/title-teaser.ts';
import { reservedNumber } from '../../scenario/chapter-id.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/first-screen.ts';

/**
 * The title screen: continue, new game, chapters, sandbox, classroom, settings, credits, and a
 * live "same ballots, different winners" counted by the engine. It needs neither the store nor
 * the engine to appear: both load right after its first frame.
 */
export class TitleScene extends Phaser.Scene {
  private panel: MenuPanel | undefined;
  private busy = false;

  constructor() {
    super(SceneKey.Title);
  }

  create(data: TitleData = {}): void {
    performance.mark(Mark.titleCreate);
    const binding = bindScene(this);
    binding.enterA11y({ arrows: true, onEscape: () => this.closePanel() });
    binding.onDisplay((now, before) => {
      if (now.language !== before.language || now.textSize !== before.textSize) this.scene.restart({});
    });
    const f = frame(this);
    this.panel = undefined;
    this.busy = false;
    const bg = this.add.image(f.cx, f.cy, TextureKey.titleBackground);
    bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
    const name = t('title.name');
    const tagline = t('title.tagline');
    // The name is a logo (a fixed size); the tagline follows the text size, below it.
    const logo = addText(this, f.cx, f.portrait ? 70 : 40, name, {
      size: f.portrait ? 56 : 64,
      fixedSize: true,
      font: 'title',
      color: Colours.titleText,
      origin: [0.5, 0],
      shadow: true,
      align: 'center',
      wrap: f.width - 60,
    });
    const line = addText(this, f.cx, logo.y + logo.height + 6, tagline, {
      size: 28,
      color: Colours.textOnDark,
      origin: [0.5, 0],
      shadow: true,
      align: 'center',
      wrap: f.width - 60,
    });
    const top = line.y + line.height + 24;
    const menu = this.menu(f.portrait ? f.cx : 250, top, f.portrait ? 520 : 360);
    const teaser = new TitleTeaser(
      this,
      f.portrait
        ? { x: 40, y: menu.bottom + 30, width: f.width - 80, height: f.height - menu.bottom - 60 }
        : { x: menu.right + 50, y: top, width: f.width - menu.right - 90, height: f.height - top - 20 },
    );
    a11y().announce([name, tagline]);
    a11y().focusFirst(SceneKey.Title);
    performance.mark(Mark.titleDrawn);

    // The title is interactive from its first frame; what it does not need loads after.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      // The first time only (the title comes back later): its mark is set once.
      if (performance.getEntriesByName(Mark.titleReady).length === 0) {
        performance.mark(Mark.titleReady);
        probe.set(BodyData.readyAt, Math.round(performance.now()));
      }
      probe.set(BodyData.ready, SceneKey.Title);
      this.game.events.emit(GameEvent.firstScreen);
      void teaser.count().then((lines) => {
        if (!this.panel) a11y().announce([name, tagline, ...lines]);
      });
      void loadStore();
    });
    if (data.notice) this.showNotice(data.notice);
  }

  /** The menu's buttons from `top`, in a column centred on `x`; returns where the menu ends. */
  private menu(x: number, top: number, width: number): { bottom: number; right: number } {
    const state = storeNow()?.getState();
    const run = state ? state.run?.scenario : peek().run;
    const done = state ? state.progress.chaptersDone.length : peek().chaptersDone;
    // The id rule (src/scenario/chapter-id.ts): `chapter-N` is chapter N; another id is continued without a number.
    const n = run === undefined ? undefined : reservedNumber(run);
    const chapter = n === undefined ? undefined : String(n);
    const items: [string, string, () => void][] = [];
    // Continue: the chapter in progress, or the coast once a chapter is finished.
    if (run !== undefined || done > 0)
      items.push([
        'title.continue',
        chapter ? t('title.continueWhere', { n: Number(chapter) }) : t('title.continue'),
        () => this.continueGame(),
      ]);
    items.push(
      ['title.newGame', t('title.newGame'), () => this.newGame(run !== undefined, chapter)],
      ['title.chapters', t('title.chapters'), () => this.go(SceneKey.Chapters)],
      ['title.sandbox', t('title.sandbox'), () => this.go(SceneKey.Sandbox)],
      ['title.classroom', t('title.classroom'), () => this.go(SceneKey.Classroom)],
      ['title.settings', t('title.settings'), () => this.go(SceneKey.Settings)],
      ['title.credits', t('title.credits'), () => this.go(SceneKey.Credits)],
    );
    const gap = 12;
    const height = Math.min(54, (frame(this).height - top - 16) / items.length - gap);
    // On a touch screen the buttons stand a finger's size apart, so their hit areas never meet.
    const reach = touchHitSize(this.scale);
    const pitch = Math.max(height + gap, reach);
    // A phone held sideways has no room for a finger-spaced column of seven: two columns, side by
    // side, each a little narrower (the teaser beside them gives up that width).
    const f = frame(this);
    const fits = top + (items.length - 1) * pitch + (height + Math.max(height, reach)) / 2 <= f.height;
    const columns = fits || f.portrait ? 1 : 2;
    const rows = Math.ceil(items.length / columns);
    const w = columns === 1 ? width : Math.round(width * 0.75);
    const left = x - width / 2;
    items.forEach(([id, label, onActivate], i) => {
      const col = Math.floor(i / rows);
      const cx = columns === 1 ? x : left + w / 2 + col * (w + 20);
      new Button(this, { x: cx, y: top + (i % rows) * pitch + height / 2, width: w, height, label, id, onActivate });
    });
    return { bottom: top + (rows - 1) * pitch + height + gap, right: left + columns * w + (columns - 1) * 20 };
  }

  /** One action at a time: loading a chapter takes a moment, a second press must not start another. */
  private async once(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    a11y().setStatus(t('title.loading'));
    try {
      await action();
    } finally {
      this.busy = false;
    }
  }

  private go(key: SceneKey): void {
    void this.once(() => goTo(this, key, {}));
  }

  private continueGame(): void {
    void this.once(async () => {
      const { continueRun } = await import('../flow/play.ts');
      await continueRun();
      await goTo(this, SceneKey.Coast, {});
    });
  }

  private newGame(confirm: boolean, chapter: string | undefined): void {
    const start = (): void => void this.once(() => openChapterScene(this.game, 1, { fresh: true }));
    if (!confirm) {
      start();
      return;
    }
    this.openPanel(t('title.newGame.title'), t('title.newGame.body', { n: Number(chapter ?? 1) }), [
      { label: t('title.newGame.yes'), id: 'confirm.yes', onActivate: start },
      { label: t('common.cancel'), id: 'confirm.no', onActivate: () => this.closePanel() },
    ]);
  }

  private showNotice(notice: TitleNotice): void {
    const back = [{ label: t('common.back'), id: 'notice.back', onActivate: () => this.closePanel() }];
    if (notice.kind === 'missing')
      this.openPanel(t('chapters.heading'), t('chapters.notFound', { n: notice.chapter }), back);
    else if (notice.kind === 'address')
      this.openPanel(t('address.title'), t(`address.${notice.problem}`, { address: notice.shown }), back);
    else this.openPanel(t('chapters.heading'), t('chapters.broken', { keys: notice.keys.join(', ') }), back);
  }

  private openPanel(title: string, body: string, items: ConstructorParameters<typeof MenuPanel>[1]['items']): void {
    this.closePanel();
    this.panel = new MenuPanel(this, {
      title,
      body,
      items,
      scope: `${SceneKey.Title}.panel`,
      onEscape: () => this.closePanel(),
    });
  }

  private closePanel(): void {
    if (!this.panel) return;
    this.panel.destroy();
    this.panel = undefined;
    a11y().focusFirst(SceneKey.Title);
  }
}

import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { chapterList } from '../flow/chapters.ts';
import { openChapterScene } from '../flow/follow.ts';
import { switchTo } from '../flow/navigate.ts';
import { loadStore } from '../flow/session.ts';
import { SceneKey } from '../keys.ts';
import type { GameStore } from '../../state/store.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { MenuPanel } from '../ui/menu-panel.ts';
import { gameText } from '../ui/messages.ts';
import { addPanel } from '../ui/panel.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';

/** Every chapter, finished ones marked (a tick and the word, not a colour): a teacher opens any of them. */
export class ChaptersScene extends Phaser.Scene {
  private panel: MenuPanel | undefined;
  private busy = false;

  constructor() {
    super(SceneKey.Chapters);
  }

  create(): void {
    this.panel = undefined;
    this.busy = false;
    const binding = bindScene(this);
    binding.enterA11y({ arrows: true, onEscape: () => this.back() });
    binding.onDisplay(() => this.scene.restart());
    void loadStore().then((store) => {
      if (this.sys.isActive()) this.draw(store);
    });
  }

  private draw(store: GameStore): void {
    const f = frame(this);
    this.cameras.main.setBackgroundColor(Colours.sea);
    const width = Math.min(f.width - 40, 1000);
    addPanel(this, f.cx, f.cy, width, f.height - 40);
    const heading = gameText('chapters.heading');
    addText(this, f.cx, 40, heading, { size: 40, font: 'title', bold: true, origin: [0.5, 0] });
    const { progress, run } = store.getState();
    const list = chapterList();
    const columns = f.portrait || list.length <= 5 ? 1 : 2;
    const perColumn = Math.ceil(list.length / columns);
    const colWidth = (width - 80 - (columns - 1) * 30) / columns;
    const height = 60;
    const gap = 14;
    list.forEach((chapter, i) => {
      const column = Math.floor(i / perColumn);
      const row = i % perColumn;
      const done = progress.chaptersDone.includes(chapter.id);
      const title = gameText(`chapter.${chapter.number}.title`);
      const label = gameText(done ? 'chapters.done' : 'chapters.item', { n: chapter.number, title });
      new Button(this, {
        x: f.cx - width / 2 + 40 + colWidth / 2 + column * (colWidth + 30),
        y: 140 + row * (height + gap),
        width: colWidth,
        height,
        fontSize: 22,
        align: 'left',
        label,
        pressed: done,
        id: `chapters.${chapter.number}`,
        onActivate: () => this.open(chapter.number, run !== null && run.scenario !== chapter.id ? run.scenario : undefined),
      });
    });
    new Button(this, { x: f.cx, y: f.height - 70, width: 260, height: 56, label: gameText('common.back'), id: 'chapters.back', onActivate: () => this.back() });
    a11y().announce(heading);
    a11y().focusFirst(SceneKey.Chapters);
  }

  /** Opens chapter `n`; `replaces` is the other chapter's run it would replace (confirmed first). */
  private open(n: number, replaces: string | undefined): void {
    const go = (): void => {
      if (this.busy) return;
      this.busy = true;
      void openChapterScene(this.game, n);
    };
    if (replaces === undefined) return go();
    const close = (): void => {
      this.panel?.destroy();
      this.panel = undefined;
      a11y().focusFirst(SceneKey.Chapters);
    };
    const run = /^chapter-(\d+)$/.exec(replaces)?.[1];
    this.panel = new MenuPanel(this, {
      title: gameText('title.newGame.title'),
      body: gameText('title.newGame.body', { n: Number(run ?? 1) }),
      scope: `${SceneKey.Chapters}.confirm`,
      onEscape: close,
      items: [
        { label: gameText('title.newGame.yes'), id: 'confirm.yes', onActivate: go },
        { label: gameText('common.cancel'), id: 'confirm.no', onActivate: close },
      ],
    });
  }

  private back(): void {
    if (this.panel) return;
    void switchTo(this.game, SceneKey.Title, {});
  }
}

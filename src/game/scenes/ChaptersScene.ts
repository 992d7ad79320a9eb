import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import type { ChapterProblems } from '../flow/chapter-open.ts';
import { chapterList, forgetForSession, type ChapterFile } from '../flow/chapters.ts';
import { openChapterScene } from '../flow/follow.ts';
import { switchTo } from '../flow/navigate.ts';
import { loadStore } from '../flow/session.ts';
import { removeStoredChapter } from '../flow/stored-chapters.ts';
import { SceneKey } from '../keys.ts';
import type { GameStore } from '../../state/store.ts';
import { Button } from '../ui/button.ts';
import { touchHitSize } from '../ui/touch.ts';
import { chapterLabel, chapterTitle, replaceBody } from '../ui/chapter-labels.ts';
import { openFilePanel, openProblemsPanel, type Closable } from '../ui/chapter-file-panels.ts';
import { frame } from '../ui/layout.ts';
import { MenuPanel } from '../ui/menu-panel.ts';
import { addPanel } from '../ui/panel.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { t } from '../../i18n/first-screen.ts';

export interface ChaptersData {
  /** `#chapter-file`: open on the "Open a chapter" panel. */
  readonly pick?: boolean;
  /** A file that was refused: its problems are listed on arrival. */
  readonly problems?: ChapterProblems;
  /** A chapter opened from a file that this browser could not keep: why, and a way to play it now. */
  readonly notKept?: { readonly id: string; readonly notice: string };
}

/**
 * Every chapter, finished ones marked (a tick and the word, not a colour): a teacher opens any of
 * them, opens a chapter file from the disk, and removes the chapters opened from files.
 */
export class ChaptersScene extends Phaser.Scene {
  private panel: MenuPanel | Closable | undefined;
  private busy = false;

  constructor() {
    super(SceneKey.Chapters);
  }

  /** Counts the screen's draws, so that only the latest one lands. */
  private drawing = 0;

  create(data: ChaptersData = {}): void {
    this.panel = undefined;
    this.busy = false;
    const binding = bindScene(this);
    binding.enterA11y({ arrows: true, onEscape: () => this.back() });
    // A display change (the settings read from the save, a text size) redraws the same screen,
    // panel included; a draw still pending from before the restart is dropped.
    binding.onDisplay(() => this.scene.restart(data));
    const drawing = ++this.drawing;
    void Promise.all([loadStore(), chapterList()]).then(([store, list]) => {
      if (!this.sys.isActive() || drawing !== this.drawing) return;
      this.draw(store, list);
      if (data.problems) this.showProblems(data.problems);
      else if (data.notKept) this.showNotKept(data.notKept.id, data.notKept.notice);
      else if (data.pick) this.showPicker();
    });
  }

  private draw(store: GameStore, list: readonly ChapterFile[]): void {
    const f = frame(this);
    this.cameras.main.setBackgroundColor(Colours.sea);
    const width = Math.min(f.width - 40, 1000);
    addPanel(this, f.cx, f.cy, width, f.height - 40);
    const heading = t('chapters.heading');
    addText(this, f.cx, 40, heading, { size: 40, font: 'title', bold: true, origin: [0.5, 0] });
    const { progress, run } = store.getState();
    const columns = f.portrait || list.length <= 5 ? 1 : 2;
    const perColumn = Math.ceil(list.length / columns);
    const colWidth = (width - 80 - (columns - 1) * 30) / columns;
    const gap = 14;
    // Room between the heading and the bottom buttons; rows shrink when teachers' files add some.
    const top = 110;
    const height = Math.max(36, Math.min(60, (f.height - top - 175) / Math.max(1, perColumn) - gap));
    const removeWidth = 130;
    // On a touch screen the rows stand a finger's size apart, so that their hit areas never meet.
    const reach = touchHitSize(this.scale);
    const pitch = Math.max(height + gap, reach);
    list.forEach((chapter, i) => {
      const column = Math.floor(i / perColumn);
      const row = i % perColumn;
      const done = progress.chaptersDone.includes(chapter.id);
      const fromFile = chapter.origin === 'file';
      const left = f.cx - width / 2 + 40 + column * (colWidth + 30);
      const y = top + height / 2 + row * pitch;
      const buttonWidth = fromFile ? colWidth - removeWidth - 10 : colWidth;
      // The game's chapters keep their number's hook (`chapters.N`); a file's chapter has its id's.
      const id =
        fromFile || chapter.number === undefined ? `chapters.file.${chapter.id}` : `chapters.${chapter.number}`;
      new Button(this, {
        x: left + buttonWidth / 2,
        y,
        width: buttonWidth,
        height,
        fontSize: 22,
        align: 'left',
        label: chapterLabel(chapter, done),
        pressed: done,
        id,
        onActivate: () =>
          this.open(chapter, list, run !== null && run.scenario !== chapter.id ? run.scenario : undefined),
      });
      if (fromFile) {
        new Button(this, {
          x: left + colWidth - removeWidth / 2,
          y,
          width: removeWidth,
          height,
          fontSize: 20,
          label: t('chapterFile.remove'),
          ariaLabel: t('chapterFile.removeLabel', { title: chapterTitle(chapter) }),
          tone: 'sea',
          id: `chapters.remove.${chapter.id}`,
          onActivate: () => this.remove(chapter, store),
        });
      }
    });
    // The two buttons at the bottom: one above the other, or side by side on a phone held sideways,
    // where two finger-sized rows would not fit under the chapters.
    const openWidth = Math.min(520, width - 80);
    const sideBySide = !f.portrait && reach > 70;
    const bottomY = f.height - Math.max(70, reach / 2 + 4);
    const pairLeft = f.cx - (openWidth + 30 + 260) / 2;
    new Button(this, {
      x: sideBySide ? pairLeft + openWidth / 2 : f.cx,
      y: sideBySide ? bottomY : f.height - 140,
      width: openWidth,
      height: 56,
      label: t('chapterFile.open'),
      id: 'chapters.openFile',
      onActivate: () => this.showPicker(),
    });
    new Button(this, {
      x: sideBySide ? pairLeft + openWidth + 30 + 130 : f.cx,
      y: sideBySide ? bottomY : f.height - 70,
      width: 260,
      height: 56,
      label: t('common.back'),
      id: 'chapters.back',
      onActivate: () => this.back(),
    });
    a11y().announce(heading);
    a11y().focusFirst(SceneKey.Chapters);
  }

  /** Opens a chapter; `replaces` is the other chapter's run it would replace (confirmed first). */
  private open(chapter: ChapterFile, list: readonly ChapterFile[], replaces: string | undefined): void {
    const go = (): void => {
      if (this.busy) return;
      this.busy = true;
      void openChapterScene(this.game, { id: chapter.id });
    };
    if (replaces === undefined) return go();
    this.panel = new MenuPanel(this, {
      title: t('title.newGame.title'),
      body: replaceBody(list.find((c) => c.id === replaces)),
      scope: `${SceneKey.Chapters}.confirm`,
      onEscape: () => this.closePanel(),
      items: [
        { label: t('title.newGame.yes'), id: 'confirm.yes', onActivate: go },
        { label: t('common.cancel'), id: 'confirm.no', onActivate: () => this.closePanel() },
      ],
    });
  }

  private remove(chapter: ChapterFile, store: GameStore): void {
    removeStoredChapter(chapter.id);
    forgetForSession(chapter.id);
    // A run of a chapter that is no longer here could not be continued.
    if (store.getState().run?.scenario === chapter.id) store.getState().endRun();
    this.scene.restart({});
    a11y().announce(t('chapterFile.removed', { title: chapterTitle(chapter) }));
  }

  private showNotKept(id: string, notice: string): void {
    this.panel = new MenuPanel(this, {
      title: t('chapterFile.pickTitle'),
      body: notice,
      scope: `${SceneKey.Chapters}.notKept`,
      onEscape: () => this.closePanel(),
      items: [
        {
          label: t('chapterFile.playNow'),
          id: 'chapterFile.play',
          onActivate: () => void openChapterScene(this.game, { id }, { fresh: true }),
        },
        { label: t('common.back'), id: 'chapterFile.back', onActivate: () => this.closePanel() },
      ],
    });
  }

  private showPicker(): void {
    this.closePanel();
    this.panel = openFilePanel(this, { onClose: () => this.closePanel(), onFile: (files) => this.openFile(files) });
  }

  private showProblems(problems: ChapterProblems): void {
    this.closePanel();
    this.panel = openProblemsPanel(this, problems, {
      onClose: () => this.closePanel(),
      onFile: (files) => this.openFile(files),
    });
  }

  private openFile(files: File[]): void {
    if (this.busy) return;
    this.busy = true;
    a11y().setStatus(t('chapterFile.reading', { name: files.map((f) => f.name).join(', ') }));
    void import('../flow/chapter-open.ts')
      .then((m) => m.openAndPlay(this.game, files))
      .finally(() => (this.busy = false));
  }

  private closePanel(): void {
    if (!this.panel) return;
    this.panel.destroy();
    this.panel = undefined;
    a11y().focusFirst(SceneKey.Chapters);
  }

  private back(): void {
    if (this.panel) return;
    void switchTo(this.game, SceneKey.Title, {});
  }
}

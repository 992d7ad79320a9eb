import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { forgetLegacyBookmark } from '../flow/bookmark.ts';
import { switchTo } from '../flow/navigate.ts';
import { loadStore } from '../flow/session.ts';
import { SceneKey } from '../keys.ts';
import type { GameStore } from '../../state/store.ts';
import type { Settings } from '../../state/schema.ts';
import { Button } from '../ui/button.ts';
import { frame, type Frame } from '../ui/layout.ts';
import { MenuPanel } from '../ui/menu-panel.ts';
import { display } from '../../present/display.ts';
import { addPanel, addVeil } from '../ui/panel.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { ScrollView } from '../ui/scroll-view.ts';
import { touchHitSize } from '../ui/touch.ts';
import { settingsRows, type SettingsRow } from '../ui/settings-rows.ts';
import { t } from '../../i18n/first-screen.ts';

/** Sizes at the normal text size: a row's label, its buttons' captions, a button's height. */
const LABEL_SIZE = 26;
const OPTION_SIZE = 22;
const BUTTON_HEIGHT = 52;
const OPTION_GAP = 14;

export interface SettingsData {
  /** Where Back leads (the title by default). */
  readonly from?: SceneKey;
  /** Opened over a paused scene, which Back resumes. */
  readonly overlay?: boolean;
  /** The control to focus after a redraw (the one the player just used). */
  readonly focus?: string;
}

/**
 * Settings: language, text size, text speed, reduced motion, projector mode, sound (on or off,
 * volume, the coast's music) and erasing progress (confirmed).
 * Every change is saved at once; switching the language keeps the game in progress.
 */
export class SettingsScene extends Phaser.Scene {
  private data_: SettingsData = {};
  private panel: MenuPanel | undefined;
  private scroll: ScrollView | undefined;

  constructor() {
    super(SceneKey.Settings);
  }

  create(data: SettingsData = {}): void {
    this.data_ = data;
    this.panel = undefined;
    this.scroll = undefined;
    const binding = bindScene(this);
    binding.enterA11y({ arrows: true, onEscape: () => this.back() });
    binding.onDisplay((now, before) => {
      // The screen redraws itself in the new language or size; the focus stays on the control.
      if (now.language !== before.language || now.textSize !== before.textSize)
        this.scene.restart({ ...this.data_, focus: this.focusedId() });
    });
    void loadStore().then((store) => {
      if (this.sys.isActive()) this.draw(store);
    });
  }

  private focusedId(): string | undefined {
    return (document.activeElement as HTMLElement | null)?.dataset?.control;
  }

  private draw(store: GameStore): void {
    const f = frame(this);
    const width = Math.min(f.width - 40, 1100);
    const left = f.cx - width / 2 + 50;
    const inner = width - 100;
    const heading = t('settings.heading');
    const title = addText(this, f.cx, 44, heading, { size: 40, font: 'title', bold: true, origin: [0.5, 0] });
    const settings = store.getState().settings;
    const rows = settingsRows();
    // Lines of buttons stand a finger's height apart on a touch screen, so that hit areas never meet.
    const step = Math.max(BUTTON_HEIGHT + 6, touchHitSize(this.scale) + 4);
    const widest = Math.max(...rows.map((r) => this.measure(r.label, LABEL_SIZE, true)));
    // Labels beside their buttons when a column holds them (at the text size in use), else above.
    const labelColumn = Math.max(280, Math.ceil(widest) + 24);
    const beside = !f.portrait && labelColumn <= Math.max(280, inner * 0.4);
    const optionsLeft = beside ? left + labelColumn : left;
    const optionsWidth = inner - (beside ? labelColumn : 0);
    const spoken = [heading];
    const placed: { button: Button; top: number; bottom: number }[] = [];
    let y = title.y + title.height + 24;
    for (const row of rows) {
      const label = addText(this, left, beside ? y + step / 2 : y, row.label, {
        size: LABEL_SIZE,
        bold: true,
        origin: [0, beside ? 0.5 : 0],
      });
      const top = y;
      const firstY = beside ? y + step / 2 : y + label.height + 4 + step / 2;
      label.setData('within', { x: left, y: top, w: beside ? labelColumn - 12 : inner, h: firstY + step / 2 - top });
      const perLine = this.perLine(row, optionsWidth);
      const w = (optionsWidth - OPTION_GAP * (perLine - 1)) / perLine;
      const lines = Math.ceil(row.options.length / perLine);
      const bottom = firstY - step / 2 + lines * step;
      row.options.forEach((option, i) => {
        const chosen = row.chosen ? row.chosen(settings, option.value) : settings[row.setting] === option.value;
        if (chosen) spoken.push(t('settings.option', { setting: row.label, value: option.label }));
        const button = new Button(this, {
          x: optionsLeft + w / 2 + (i % perLine) * (w + OPTION_GAP),
          y: firstY + Math.floor(i / perLine) * step,
          width: w,
          height: BUTTON_HEIGHT,
          fontSize: OPTION_SIZE,
          label: option.label,
          ariaLabel: t('settings.option', { setting: row.label, value: option.label }),
          pressed: chosen,
          id: `settings.${row.setting}.${String(option.value)}`,
          onActivate: this.unlessDragged(() => this.change(store, row.setting, option.value)),
        });
        placed.push({ button, top, bottom });
      });
      y = bottom + (beside ? 0 : 12);
      if (row.setting === 'textSize' && display().textSize !== settings.textSize) {
        y = this.floorNote(left, y, inner);
        spoken.push(t('settings.textSize.floor'));
      }
    }
    // Erasing and Back share the last line in landscape; upright each has its own.
    const resetY = y + 12 + step / 2;
    const backY = f.portrait ? resetY + step : resetY;
    const reset = new Button(this, {
      x: f.portrait ? f.cx : left + 200,
      y: resetY,
      width: Math.min(400, inner),
      height: 56,
      fontSize: 22,
      label: t('settings.reset'),
      id: 'settings.reset',
      onActivate: this.unlessDragged(() => this.confirmReset(store)),
    });
    const back = new Button(this, {
      x: f.portrait ? f.cx : f.cx + width / 2 - 170,
      y: backY,
      width: 260,
      height: 56,
      label: t('common.back'),
      id: 'settings.back',
      onActivate: this.unlessDragged(() => this.back()),
    });
    placed.push({ button: reset, top: resetY - step / 2, bottom: resetY + step / 2 });
    placed.push({ button: back, top: backY - step / 2, bottom: backY + step / 2 });
    const height = Math.max(f.height, backY + step / 2 + 40);
    this.drawCard(f, width, height);
    this.scroll = new ScrollView(this, height);
    for (const p of placed) this.scroll.follow(p.button.control.element, p.top, p.bottom);
    a11y().announce(spoken);
    const focus = this.data_.focus;
    const target = focus ? document.querySelector<HTMLButtonElement>(`[data-control="${CSS.escape(focus)}"]`) : null;
    if (target) target.focus();
    else a11y().focusFirst(SceneKey.Settings);
  }

  /**
   * The screen's text floor (ui/screen-text.ts) draws larger than the size ticked above: a line
   * under the row says so, rather than leave the player to wonder why the pick changes nothing.
   * Returns the y under it.
   */
  private floorNote(left: number, y: number, inner: number): number {
    const note = addText(this, left, y + 4, t('settings.textSize.floor'), { size: 20, wrap: inner });
    return note.y + note.height + 12;
  }

  /** The veil or the sea, and the card as tall as its rows, under them. */
  private drawCard(f: Frame, width: number, height: number): void {
    const below: Phaser.GameObjects.GameObject[] = [];
    if (this.data_.overlay) below.push(addVeil(this, 0.7).setScrollFactor(0));
    else this.cameras.main.setBackgroundColor(Colours.sea);
    below.push(addPanel(this, f.cx, height / 2, width, height - 40));
    for (const o of below.reverse()) this.children.sendToBack(o);
  }

  /** The most buttons of a row on one line that still leave each its label whole. */
  private perLine(row: SettingsRow, optionsWidth: number): number {
    // A toggle's caption keeps 24 px of margin and 36 px for its tick (ui/button.ts), and some air.
    const need = Math.max(...row.options.map((o) => this.measure(o.label, OPTION_SIZE, false))) + 72;
    for (let n = row.options.length; n > 1; n--) if ((optionsWidth - OPTION_GAP * (n - 1)) / n >= need) return n;
    return 1;
  }

  /** A finger that scrolled the rows and lifted over a button did not press it. */
  private unlessDragged(action: () => void): () => void {
    return () => {
      if (!this.scroll?.dragging) action();
    };
  }

  /** A text's width at the text size in use. */
  private measure(text: string, size: number, bold: boolean): number {
    const probe = addText(this, 0, 0, text, { size, bold });
    const width = probe.width;
    probe.destroy();
    return width;
  }

  private change(store: GameStore, setting: keyof Settings, value: Settings[keyof Settings]): void {
    const focus = this.focusedId();
    const drawnAt = display().textSize;
    store.getState().updateSettings({ [setting]: value } as Partial<Settings>);
    // Language and text size redraw through onDisplay; the other settings redraw here. So does a
    // text size the screen's floor already exceeds (an upright phone draws at the larger size
    // whatever the player picks): nothing is redrawn through onDisplay, yet the pick must show.
    const floorHidesIt = setting === 'textSize' && display().textSize === drawnAt;
    if ((setting !== 'language' && setting !== 'textSize') || floorHidesIt)
      this.scene.restart({ ...this.data_, focus });
  }

  private confirmReset(store: GameStore): void {
    if (this.panel) return;
    // The confirmation is drawn on the frame: the rows go back to their top while it is open.
    const release = this.scroll?.hold();
    const close = (): void => {
      this.panel?.destroy();
      this.panel = undefined;
      release?.();
      a11y().focusFirst(SceneKey.Settings);
    };
    this.panel = new MenuPanel(this, {
      title: t('settings.reset.title'),
      body: t('settings.reset.body'),
      scope: `${SceneKey.Settings}.confirm`,
      onEscape: close,
      items: [
        {
          label: t('settings.reset.yes'),
          id: 'confirm.yes',
          onActivate: () => {
            void import('../flow/play.ts').then(({ leavePlay }) => leavePlay());
            store.getState().resetProgress();
            forgetLegacyBookmark(store);
            close();
            a11y().setStatus(t('settings.reset.done'));
            // A chapter under this overlay no longer exists: go home.
            if (this.data_.overlay) void switchTo(this.game, SceneKey.Title, {});
          },
        },
        { label: t('common.cancel'), id: 'confirm.no', onActivate: close },
      ],
    });
  }

  private back(): void {
    if (this.panel) return;
    const from = this.data_.from;
    if (this.data_.overlay && from) {
      this.scene.stop();
      this.scene.resume(from);
      return;
    }
    void switchTo(this.game, from ?? SceneKey.Title, {});
  }
}

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
import { frame } from '../ui/layout.ts';
import { MenuPanel } from '../ui/menu-panel.ts';
import { systemWantsLessMotion } from '../ui/display.ts';
import { addPanel, addVeil } from '../ui/panel.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { soundRows } from '../sound/settings-rows.ts';
import { t } from '../../i18n/first-screen.ts';

export interface SettingsData {
  /** Where Back leads (the title by default). */
  readonly from?: SceneKey;
  /** Opened over a paused scene, which Back resumes. */
  readonly overlay?: boolean;
  /** The control to focus after a redraw (the one the player just used). */
  readonly focus?: string;
}

type Row = {
  readonly setting: keyof Settings;
  readonly label: string;
  readonly options: readonly { value: Settings[keyof Settings]; label: string }[];
  /** Which option shows as chosen, when it is not simply the stored value (sound: what is heard). */
  readonly chosen?: (settings: Settings, value: Settings[keyof Settings]) => boolean;
};

/**
 * Settings: language, text size, text speed, reduced motion, projector mode, sound (on or off,
 * volume, the coast's music) and erasing progress (confirmed).
 * Every change is saved at once; switching the language keeps the game in progress.
 */
export class SettingsScene extends Phaser.Scene {
  private data_: SettingsData = {};
  private panel: MenuPanel | undefined;

  constructor() {
    super(SceneKey.Settings);
  }

  create(data: SettingsData = {}): void {
    this.data_ = data;
    this.panel = undefined;
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

  private rows(): Row[] {
    return [
      {
        setting: 'language',
        label: t('settings.language'),
        options: [
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
      },
      {
        setting: 'textSize',
        label: t('settings.textSize'),
        options: (['normal', 'large', 'larger'] as const).map((v) => ({
          value: v,
          label: t(`settings.textSize.${v}`),
        })),
      },
      {
        setting: 'textSpeed',
        label: t('settings.textSpeed'),
        options: (['slow', 'normal', 'fast', 'instant'] as const).map((v) => ({
          value: v,
          label: t(`settings.textSpeed.${v}`),
        })),
      },
      // Off means "as the system": the browser's reduced-motion wish is always honoured (ui/display.ts), so the option says what it really gives.
      {
        setting: 'reducedMotion',
        label: t('settings.motion'),
        options: [
          {
            value: false,
            label: t('settings.motion.systemNow', {
              state: t(systemWantsLessMotion() ? 'settings.motion.stateReduced' : 'settings.motion.stateFull'),
            }),
          },
          { value: true, label: t('settings.motion.reduced') },
        ],
      },
      // Projector mode: the classroom's screens in high contrast (their type is already large).
      {
        setting: 'highContrast',
        label: t('settings.projector'),
        options: [
          { value: false, label: t('settings.projector.off') },
          { value: true, label: t('settings.projector.on') },
        ],
      },
      ...soundRows(),
    ];
  }

  private draw(store: GameStore): void {
    const f = frame(this);
    if (this.data_.overlay) addVeil(this, 0.7);
    else this.cameras.main.setBackgroundColor(Colours.sea);
    const width = Math.min(f.width - 40, 1100);
    addPanel(this, f.cx, f.cy, width, f.height - 40);
    const heading = t('settings.heading');
    addText(this, f.cx, 44, heading, { size: 40, font: 'title', bold: true, origin: [0.5, 0] });
    const settings = store.getState().settings;
    const left = f.cx - width / 2 + 50;
    const optionsLeft = f.portrait ? left : left + 280;
    const optionsWidth = f.cx + width / 2 - 50 - optionsLeft;
    // Rows share the height left between the heading and the buttons at the bottom.
    const rows = this.rows();
    const extraLines = f.portrait ? rows.filter((r) => r.options.length > 3).length : 0;
    const rowHeight = f.portrait
      ? Math.min(150, Math.floor((f.height - 330 - 70 * extraLines) / rows.length))
      : Math.min(88, Math.floor((f.height - 250) / rows.length));
    // On a narrow screen a row is its label over its buttons: both fit in the row's height.
    const buttonHeight = f.portrait ? Math.min(56, rowHeight - 62) : Math.min(56, rowHeight - 6);
    let y = 130;
    const spoken = [heading];
    for (const row of rows) {
      addText(this, left, y + (f.portrait ? 0 : 28), row.label, { size: 26, bold: true, origin: [0, 0.5] });
      // On a narrow screen, four options go on two lines of two.
      const n = row.options.length;
      const perLine = f.portrait && n > 3 ? 2 : n;
      const gap = 14;
      const w = (optionsWidth - gap * (perLine - 1)) / perLine;
      const firstY = y + (f.portrait ? Math.min(70, Math.round(rowHeight / 2)) : 28);
      row.options.forEach((option, i) => {
        const chosen = row.chosen ? row.chosen(settings, option.value) : settings[row.setting] === option.value;
        if (chosen) spoken.push(t('settings.option', { setting: row.label, value: option.label }));
        new Button(this, {
          x: optionsLeft + w / 2 + (i % perLine) * (w + gap),
          y: firstY + Math.floor(i / perLine) * 70,
          width: w,
          height: buttonHeight,
          fontSize: 22,
          label: option.label,
          ariaLabel: t('settings.option', { setting: row.label, value: option.label }),
          pressed: chosen,
          id: `settings.${row.setting}.${String(option.value)}`,
          onActivate: () => this.change(store, row.setting, option.value),
        });
      });
      y += rowHeight + (Math.ceil(n / perLine) - 1) * 70;
    }
    new Button(this, {
      x: f.portrait ? f.cx : left + 200,
      y: y + 40,
      width: 400,
      height: 56,
      fontSize: 22,
      label: t('settings.reset'),
      id: 'settings.reset',
      onActivate: () => this.confirmReset(store),
    });
    new Button(this, {
      x: f.portrait ? f.cx : f.cx + width / 2 - 170,
      y: f.height - 70,
      width: 260,
      height: 56,
      label: t('common.back'),
      id: 'settings.back',
      onActivate: () => this.back(),
    });
    a11y().announce(spoken);
    const focus = this.data_.focus;
    const target = focus ? document.querySelector<HTMLButtonElement>(`[data-control="${CSS.escape(focus)}"]`) : null;
    if (target) target.focus();
    else a11y().focusFirst(SceneKey.Settings);
  }

  private change(store: GameStore, setting: keyof Settings, value: Settings[keyof Settings]): void {
    const focus = this.focusedId();
    store.getState().updateSettings({ [setting]: value } as Partial<Settings>);
    // Language and text size redraw through onDisplay; the other settings redraw here.
    if (setting !== 'language' && setting !== 'textSize') this.scene.restart({ ...this.data_, focus });
  }

  private confirmReset(store: GameStore): void {
    if (this.panel) return;
    const close = (): void => {
      this.panel?.destroy();
      this.panel = undefined;
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

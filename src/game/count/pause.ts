/**
 * Escape in the count scenes (the vote, the count, the results) opens the same pause menu as
 * the dialogue: resume, the settings (over the paused scene), back to the title. A language
 * changed in the settings redraws the scene in that language where it was (`redraw`).
 */
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { leavePlay } from '../flow/play.ts';
import { ensureScene, switchTo } from '../flow/navigate.ts';
import { SceneKey } from '../keys.ts';
import { display } from '../ui/display.ts';
import type { MenuPanel } from '../ui/menu-panel.ts';
import { openPauseMenu } from '../ui/pause-menu.ts';
import type { Lang } from '../../i18n/format.ts';

export interface CountPause {
  /** Opens the menu (nothing when it is open already). */
  open(): void;
  /** The menu or the settings are over the scene: its own keys wait. */
  readonly covered: boolean;
}

/**
 * `lang` is the language the scene was drawn in; `redraw` restarts it in the new one. `inGame`:
 * the election belongs to a chapter being played, which "back to the title" leaves (saved).
 */
export function countPause(scene: Phaser.Scene, lang: Lang, inGame: boolean, redraw: (lang: Lang) => void): CountPause {
  let menu: MenuPanel | undefined;
  let inSettings = false;
  let before: HTMLElement | null = null;
  const key = scene.scene.key;
  // The vote's ballots and the count's animations wait while the menu is open.
  const hold = (held: boolean): void => {
    scene.time.paused = held;
    if (held) scene.tweens.pauseAll();
    else scene.tweens.resumeAll();
  };
  const close = (): void => {
    menu?.destroy();
    menu = undefined;
    hold(false);
    if (before?.isConnected) before.focus({ preventScroll: true });
    else a11y().focusFirst();
  };
  const resumed = (): void => {
    inSettings = false;
    if (display().language !== lang) redraw(display().language);
    else a11y().focusFirst();
  };
  // The scene's emitter outlives a restart: the listener goes with the scene it was added for.
  scene.events.on(Phaser.Scenes.Events.RESUME, resumed);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.events.off(Phaser.Scenes.Events.RESUME, resumed));
  return {
    get covered() {
      return menu !== undefined || inSettings || a11y().top !== key;
    },
    open() {
      if (menu || inSettings) return;
      before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      hold(true);
      menu = openPauseMenu(scene, {
        resume: close,
        settings: () =>
          void ensureScene(scene.game, SceneKey.Settings).then((there) => {
            if (!there || !scene.sys.isActive()) return;
            menu?.destroy();
            menu = undefined;
            hold(false); // the scene itself is paused instead
            inSettings = true;
            scene.scene.pause();
            scene.scene.launch(SceneKey.Settings, { from: key, overlay: true });
          }),
        quit: () => {
          if (inGame) leavePlay();
          void switchTo(scene.game, SceneKey.Title, {});
        },
      });
    },
  };
}

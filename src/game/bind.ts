/**
 * Ties a scene to the store and the page for as long as it lives: store subscriptions, display
 * changes (language, text size) and DOM listeners are all removed when the scene shuts down,
 * and the scene's controls leave the a11y layer. A scene never has to remember to clean up.
 */
import Phaser from 'phaser';
import type { GameState, GameStore } from '../state/store.ts';
import { a11y, type ScopeOptions } from './a11y/layer.ts';
import { onDisplayChange, type DisplaySettings } from './ui/display.ts';
import { sceneOnScreen, showScene } from './on-screen.ts';

interface SceneBinding {
  /** Calls `onChange` whenever the selected part of the state changes (compared with Object.is). */
  watch<T>(store: GameStore, select: (state: GameState) => T, onChange: (value: T, previous: T) => void): void;
  /** Language, text size, typing speed or reduced motion changed. */
  onDisplay(listener: (settings: DisplaySettings, previous: DisplaySettings) => void): void;
  /** A DOM listener removed with the scene. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, listener: (event: WindowEventMap[K]) => void): void;
  /** Puts the scene's controls on top of the a11y layer (Escape, arrows). */
  enterA11y(options?: ScopeOptions): void;
  /** Anything else to undo on shutdown. */
  onShutdown(cleanup: () => void): void;
}

export function bindScene(scene: Phaser.Scene): SceneBinding {
  const cleanups: (() => void)[] = [];
  const key = scene.scene.key;
  showScene(key);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    a11y().forget(key);
    a11y().clear(key);
    // The scene under an overlay is on screen again.
    if (sceneOnScreen() === key) showScene(a11y().top ?? '');
  });
  return {
    watch(store, select, onChange) {
      let previous = select(store.getState());
      cleanups.push(
        store.subscribe((state) => {
          const value = select(state);
          if (Object.is(value, previous)) return;
          const before = previous;
          previous = value;
          onChange(value, before);
        }),
      );
    },
    onDisplay(listener) {
      cleanups.push(onDisplayChange(listener));
    },
    listen(target, type, listener) {
      target.addEventListener(type, listener);
      cleanups.push(() => target.removeEventListener(type, listener));
    },
    enterA11y(options = {}) {
      a11y().enter(key, options);
    },
    onShutdown(cleanup) {
      cleanups.push(cleanup);
    },
  };
}

/**
 * The session: the one game store, loaded after the title's first frame, and the settings
 * copied to the display module whenever they change. Scenes reach the store through here.
 */
import type { GameState, GameStore } from '../../state/store.ts';
import { display, setDisplay, type DisplaySettings } from '../ui/display.ts';
import { peekSave, type SavePeek } from './peek.ts';
import { probe } from '../../probe.ts';
import { setSound } from '../sound/player.ts';

let peeked: SavePeek | undefined;
let loading: Promise<GameStore> | undefined;
let loaded: GameStore | undefined;

function toDisplay(state: GameState): DisplaySettings {
  const { language, textSize, textSpeed, reducedMotion, highContrast } = state.settings;
  return { language, textSize, textSpeed, reducedMotion, highContrast };
}

/** The boot's quick look at the save (read once). */
export function peek(): SavePeek {
  peeked ??= peekSave();
  return peeked;
}

/** Starts loading the store (once) and resolves with it. */
export function loadStore(): Promise<GameStore> {
  loading ??= import('../../state/store.ts').then(({ createGameStore }) => {
    const store = createGameStore();
    // The first run follows the browser's language, and remembers it from then on.
    if (peek().firstRun) store.getState().updateSettings({ language: display().language });
    // What became of the save (set aside, migrated, kept for a newer version) is said once, wherever the player is.
    if (store.getState().notices.length > 0) void import('../ui/notice-card.ts').then((m) => m.showSaveNotices(store));
    else probe.set('saveNotices', 'none');
    setDisplay(toDisplay(store.getState()));
    setSound(store.getState().settings);
    store.subscribe((state) => {
      setDisplay(toDisplay(state));
      setSound(state.settings);
    });
    loaded = store;
    return store;
  });
  return loading;
}

/** The store if it is already loaded (scenes that run after the title can count on it). */
export function storeNow(): GameStore | undefined {
  return loaded;
}

/**
 * The game's one store (zustand vanilla), built from slices — settings, progress, the current run
 * (slices.ts), the chapter playing it, the sandbox's session and the classroom's desk (these three
 * kept in memory only), the saved classroom — and persisted with a version and migrations. What
 * is read back is checked (save-guard.ts, salvage.ts): corrupt or foreign data is set aside under
 * another key with a notice, valid parts are kept, and nothing throws. Scenes read it through
 * subscriptions.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { migrateState, salvage } from './salvage.ts';
import { STATE_VERSION, type Persisted } from './schema.ts';
import { browserStorage, removeOldKey, type SyncStorage } from './storage.ts';
import { deskSlice, type DeskSlice } from './desk.ts';
import { GuardedSave } from './save-guard.ts';
import {
  classroomSlice,
  progressSlice,
  runSlice,
  sandboxSlice,
  settingsSlice,
  type ClassroomSlice,
  type NoticeSlice,
  type ProgressSlice,
  type RunSlice,
  type SandboxSlice,
  type SettingsSlice,
  type Slice,
} from './slices.ts';

// The slices' types, where the rest of the game has always found them.
export type {
  ClassroomSlice,
  NoticeSlice,
  ProgressSlice,
  RunSlice,
  SandboxSession,
  SandboxSlice,
  SettingsSlice,
} from './slices.ts';

export const STORAGE_KEY = 'democratie-et-crustaces';

/**
 * The chapter being played, as the game holds it: the store keeps it beside the run it plays,
 * and the game says what it holds (src/game/flow/play.ts adds its fields here by declaration
 * merging, so that this layer imports nothing of the game). Not saved: the run is, and a play is
 * rebuilt from it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the game (see above)
export interface ActivePlay {}

export interface PlaySlice {
  play: ActivePlay | null;
  setPlay(play: ActivePlay | null): void;
}

export type GameState = SettingsSlice &
  ProgressSlice &
  RunSlice &
  PlaySlice &
  ClassroomSlice &
  DeskSlice &
  SandboxSlice &
  NoticeSlice;

const playSlice: Slice<PlaySlice> = (set) => ({
  play: null,
  setPlay: (play) => set({ play }),
});

export interface GameStoreOptions {
  /** Defaults to localStorage when usable, else memory. */
  readonly storage?: SyncStorage;
  readonly key?: string;
}

export type GameStore = StoreApi<GameState>;

export function createGameStore(options: GameStoreOptions = {}): GameStore {
  const found = options.storage ? { storage: options.storage, persistent: true } : browserStorage();
  const raw = found.storage;
  const key = options.key ?? STORAGE_KEY;
  const guard = new GuardedSave(raw, key);

  const store = createStore<GameState>()(
    persist(
      (...a) => ({
        ...settingsSlice(...a),
        ...progressSlice(...a),
        ...runSlice(...a),
        ...playSlice(...a),
        ...classroomSlice(...a),
        ...deskSlice(a[0]),
        ...sandboxSlice(...a),
        notices: [],
        persistent: found.persistent,
        readOnly: false,
        dismissNotices: () => a[0]({ notices: [] }),
      }),
      {
        name: key,
        version: STATE_VERSION,
        storage: guard.storage,
        partialize: (s): Persisted => ({
          settings: s.settings,
          progress: s.progress,
          run: s.run,
          classroom: s.classroom,
        }),
        migrate: (state, version) => migrateState(state, version) as Persisted,
        merge: (persisted, current) => {
          // persist merges even when nothing was read (an empty or set-aside save).
          if (persisted === undefined || persisted === null) return current;
          const { state, notices: dropped } = salvage(persisted);
          if (dropped.length > 0 && guard.readBack !== null) guard.keep(guard.readBack, 'partial');
          guard.notices.push(...dropped);
          return { ...current, ...state };
        },
        onRehydrateStorage: () => (_state, error) => {
          // A migration that throws: the save is kept aside, the game starts fresh.
          if (error !== undefined && guard.readBack !== null) guard.keep(guard.readBack, 'migration');
          // The old key goes once its place is in the save (unless the save must stay as it is).
          else if (guard.legacyPlace !== undefined && !guard.readOnly) removeOldKey(raw, `${key}.count`);
        },
      },
    ),
  );
  // setItem can run while the store is still being created (after a migration): it finds it from now on.
  guard.store = store;
  if (guard.newerSettings !== undefined)
    store.setState({ settings: salvage({ settings: guard.newerSettings }).state.settings });
  if (guard.notices.length > 0 || guard.readOnly)
    store.setState({ notices: [...guard.notices], readOnly: guard.readOnly });
  return store;
}

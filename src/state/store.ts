/**
 * The game's one store (zustand vanilla), built from slices — settings, progress, the
 * current run, the chapter playing it, the sandbox's session and the classroom's desk (these three
 * kept in memory only), the saved classroom — and persisted with a version and migrations. persist does not check what it
 * reads back, so this store does: corrupt or foreign data is set aside under another key with
 * a notice, valid parts are kept, and nothing throws. Scenes read it through subscriptions.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { Answer } from '../scenario/runner.ts';
import { migrateState, salvage, type Notice } from './salvage.ts';
import {
  DEFAULT_SETTINGS,
  emptyProgress,
  STATE_VERSION,
  type Persisted,
  type CountPlace,
  type Progress,
  type Run,
  type Settings,
} from './schema.ts';
import { browserStorage, readOldKey, removeOldKey, setAside, type SyncStorage } from './storage.ts';
import type { MethodId } from '../voting/method.ts';
import type { SandboxState } from '../sandbox/model.ts';
import {
  emptyClassroom,
  type ClassroomSave,
  type Gate,
  type SavedElection,
  type SavedLesson,
  type SavedTally,
  type SavedVote,
} from './classroom.ts';
import { deskSlice, type DeskSlice } from './desk.ts';

export const STORAGE_KEY = 'democratie-et-crustaces';

export interface SettingsSlice {
  settings: Settings;
  updateSettings(patch: Partial<Settings>): void;
}

export interface ProgressSlice {
  progress: Progress;
  completeChapter(id: string, ending?: string): void;
  resetProgress(): void;
}

export interface RunSlice {
  run: Run | null;
  startRun(scenario: string): void;
  recordAnswer(answer: Answer, step: number): void;
  /** The line the player is on (see Run's bookmark). */
  markRun(bookmark: NonNullable<Run['bookmark']>): void;
  /** Where the player is inside an election's count scenes (none: the count is behind). */
  markCount(place: CountPlace | undefined): void;
  endRun(): void;
}

/** The classroom (src/state/classroom.ts): saved as it changes, so that nothing is lost. */
export interface ClassroomSlice {
  classroom: ClassroomSave;
  /** A new class election (or none): its ballots, typed counts and screen are forgotten; the gate stays. */
  saveClassElection(election: SavedElection | null): void;
  saveClassVote(vote: SavedVote | null): void;
  saveClassGate(gate: Gate | null): void;
  saveClassTally(tally: SavedTally | null): void;
  saveClassLesson(lesson: SavedLesson | null): void;
  saveClassScreen(screen: ClassroomSave['screen']): void;
}

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

/**
 * What the sandbox keeps while the player looks at the full count (the Results scene comes back
 * with `{ resume: true }`) or the screen is drawn again. Not saved: a shared link is how a
 * sandbox lasts.
 */
export interface SandboxSession {
  state?: SandboxState;
  /** The flag or crowd selected (its key: `flag:id` or `crowd:id`). */
  selected?: string;
  /** The Yee diagram's method, or none. */
  yee?: MethodId;
}

export interface SandboxSlice {
  sandbox: SandboxSession;
  keepSandbox(patch: Partial<SandboxSession>): void;
}

export interface NoticeSlice {
  /** Messages for the player about their saved data (keys of the scenario and safety message tables). */
  notices: Notice[];
  /** False when saves cannot last (no usable localStorage). */
  persistent: boolean;
  /**
   * True when the stored save must stay exactly as it is (it comes from a newer version, or it
   * is unreadable and there was no room to set a copy aside): the game plays from memory and
   * writes nothing over it.
   */
  readOnly: boolean;
  dismissNotices(): void;
}

export type GameState = SettingsSlice &
  ProgressSlice &
  RunSlice &
  PlaySlice &
  ClassroomSlice &
  DeskSlice &
  SandboxSlice &
  NoticeSlice;
type Slice<T> = StateCreator<GameState, [['zustand/persist', unknown]], [], T>;

const settingsSlice: Slice<SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS },
  updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
});

const progressSlice: Slice<ProgressSlice> = (set) => ({
  progress: emptyProgress(),
  completeChapter: (id, ending) =>
    set((s) => ({
      progress: {
        ...s.progress,
        chaptersDone: s.progress.chaptersDone.includes(id) ? s.progress.chaptersDone : [...s.progress.chaptersDone, id],
        endings: ending === undefined ? s.progress.endings : { ...s.progress.endings, [id]: ending },
      },
    })),
  resetProgress: () => set({ progress: emptyProgress(), run: null }),
});

const runSlice: Slice<RunSlice> = (set) => ({
  run: null,
  startRun: (scenario) => set({ run: { scenario, answers: [], step: 0 } }),
  recordAnswer: (answer, step) =>
    set((s) => (s.run ? { run: { ...s.run, answers: [...s.run.answers, answer], step } } : {})),
  markRun: (bookmark) => set((s) => (s.run ? { run: { ...s.run, bookmark } } : {})),
  markCount: (countPlace) => set((s) => (s.run ? { run: { ...s.run, countPlace } } : {})),
  endRun: () => set({ run: null }),
});

const classroomSlice: Slice<ClassroomSlice> = (set) => {
  const part = (patch: Partial<ClassroomSave>) => set((s) => ({ classroom: { ...s.classroom, ...patch } }));
  return {
    classroom: emptyClassroom(),
    saveClassElection: (election) => part({ election, vote: null, tally: null, screen: 'desk' }),
    saveClassVote: (vote) => part({ vote }),
    saveClassGate: (gate) => part({ gate }),
    saveClassTally: (tally) => part({ tally }),
    saveClassLesson: (lesson) => part({ lesson }),
    saveClassScreen: (screen) => part({ screen }),
  };
};

const playSlice: Slice<PlaySlice> = (set) => ({
  play: null,
  setPlay: (play) => set({ play }),
});

const sandboxSlice: Slice<SandboxSlice> = (set) => ({
  sandbox: {},
  keepSandbox: (patch) => set((s) => ({ sandbox: { ...s.sandbox, ...patch } })),
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
  const notices: Notice[] = [];
  // setItem can run while the store is still being created (after a migration): it finds it here.
  const created: { store?: GameStore } = {};
  let readBack: string | null = null;
  let readOnly = false;
  let newerSettings: unknown;
  // persist writes after every change, the unsaved parts' too (the sandbox's session moves
  // with every drag): a save that did not change is not written again.
  let written: string | undefined;
  let toldNotSaved = false;
  let legacyPlace: unknown;

  const keep = (text: string, reason: string): void => {
    const result = setAside(raw, key, text);
    if ('kept' in result) {
      notices.push({ key: `state.setAside.${reason}`, params: { key: result.kept } });
      return;
    }
    // No room for a copy: the original stays where it is, and nothing is written over it.
    readOnly = true;
    notices.push({ key: 'state.setAside.full', params: { prefix: `${key}.set-aside` } });
  };

  const storage: PersistStorage<Persisted> = {
    getItem: (name) => {
      let text: string | null;
      try {
        text = raw.getItem(name);
      } catch {
        notices.push({ key: 'state.unreadable', params: {} });
        return null;
      }
      if (text === null) return null;
      readBack = text;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        keep(text, 'corrupt');
        return null;
      }
      const v = (value as { version?: unknown } | null)?.version;
      if (
        typeof value !== 'object' ||
        value === null ||
        !('state' in value) ||
        typeof v !== 'number' ||
        !Number.isInteger(v) ||
        v < 0
      ) {
        keep(text, 'foreign');
        return null;
      }
      if (v > STATE_VERSION) {
        // A newer game's save: left exactly as it is (no copy, no write) until that game reads it again.
        // Its settings that this version understands are used (in memory): the player's language, text size, motion.
        readOnly = true;
        newerSettings = (value as { state?: { settings?: unknown } }).state?.settings;
        notices.push({ key: 'state.newer.kept', params: {} });
        return null;
      }
      if (v < 3) {
        // Before version 3 the count's place had a key of its own: the migration moves it into the run.
        legacyPlace = readOldKey(raw, `${key}.count`);
        if (legacyPlace !== undefined && typeof value.state === 'object' && value.state !== null)
          (value.state as Record<string, unknown>).legacyCountPlace = legacyPlace;
      }
      return value as StorageValue<Persisted>;
    },
    setItem: (name, value) => {
      if (readOnly) return;
      const text = JSON.stringify(value);
      if (text === written) return;
      try {
        raw.setItem(name, text);
        written = text;
      } catch {
        // Quota or privacy mode: the game goes on; the player is told once.
        // Once per page, not once per notice list: a dismissed notice does not come back.
        const store = created.store;
        if (store && !toldNotSaved) {
          toldNotSaved = true;
          store.setState((s) => ({ notices: [...s.notices, { key: 'state.notSaved', params: {} }] }));
        }
      }
    },
    removeItem: (name) => {
      if (readOnly) return;
      try {
        raw.removeItem(name);
      } catch {
        // nothing to keep
      }
    },
  };

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
        storage,
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
          if (dropped.length > 0 && readBack !== null) keep(readBack, 'partial');
          notices.push(...dropped);
          return { ...current, ...state };
        },
        onRehydrateStorage: () => (_state, error) => {
          // A migration that throws: the save is kept aside, the game starts fresh.
          if (error !== undefined && readBack !== null) keep(readBack, 'migration');
          // The old key goes once its place is in the save (unless the save must stay as it is).
          else if (legacyPlace !== undefined && !readOnly) removeOldKey(raw, `${key}.count`);
        },
      },
    ),
  );
  created.store = store;
  if (newerSettings !== undefined) store.setState({ settings: salvage({ settings: newerSettings }).state.settings });
  if (notices.length > 0 || readOnly) store.setState({ notices: [...notices], readOnly });
  return store;
}

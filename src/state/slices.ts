/**
 * The store's slices that have no plumbing of their own: each part of the state with the actions
 * that change it (settings, progress, the current run, the saved classroom, the sandbox's session,
 * the notices' shape). store.ts puts them together with the desk and the chapter being played,
 * and persists the saved parts.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Answer } from '../scenario/runner.ts';
import type { MethodId } from '../voting/method.ts';
import type { SandboxState } from '../sandbox/model.ts';
import type { Notice } from './salvage.ts';
import { DEFAULT_SETTINGS, emptyProgress, type CountPlace, type Progress, type Run, type Settings } from './schema.ts';
import {
  emptyClassroom,
  type ClassroomSave,
  type Gate,
  type SavedElection,
  type SavedLesson,
  type SavedTally,
  type SavedVote,
} from './classroom.ts';
import type { GameState } from './store.ts';

export interface SettingsSlice {
  settings: Settings;
  updateSettings(patch: Partial<Settings>): void;
}

export interface ProgressSlice {
  progress: Progress;
  completeChapter(id: string, ending?: string): void;
  /** The finale on the beach was played to its end. */
  sawFinale(): void;
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

/** A slice's creator, typed against the whole state (an action may touch another slice: a reset ends the run). */
export type Slice<T> = StateCreator<GameState, [['zustand/persist', unknown]], [], T>;

export const settingsSlice: Slice<SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS },
  updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
});

export const progressSlice: Slice<ProgressSlice> = (set) => ({
  progress: emptyProgress(),
  completeChapter: (id, ending) =>
    set((s) => ({
      progress: {
        ...s.progress,
        chaptersDone: s.progress.chaptersDone.includes(id) ? s.progress.chaptersDone : [...s.progress.chaptersDone, id],
        endings: ending === undefined ? s.progress.endings : { ...s.progress.endings, [id]: ending },
      },
    })),
  sawFinale: () => set((s) => ({ progress: { ...s.progress, finaleSeen: true } })),
  resetProgress: () => set({ progress: emptyProgress(), run: null }),
});

export const runSlice: Slice<RunSlice> = (set) => ({
  run: null,
  startRun: (scenario) => set({ run: { scenario, answers: [], step: 0 } }),
  recordAnswer: (answer, step) =>
    set((s) => (s.run ? { run: { ...s.run, answers: [...s.run.answers, answer], step } } : {})),
  markRun: (bookmark) => set((s) => (s.run ? { run: { ...s.run, bookmark } } : {})),
  markCount: (countPlace) => set((s) => (s.run ? { run: { ...s.run, countPlace } } : {})),
  endRun: () => set({ run: null }),
});

export const classroomSlice: Slice<ClassroomSlice> = (set) => {
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

export const sandboxSlice: Slice<SandboxSlice> = (set) => ({
  sandbox: {},
  keepSandbox: (patch) => set((s) => ({ sandbox: { ...s.sandbox, ...patch } })),
});

/**
 * The chapter being played: its scenario, its player, and the run saved in the store. Title,
 * chapters, deep links and the coast open chapters through here; the play is kept in the store
 * (PlaySlice) and the scenes read `activePlay()`. A run survives scene changes and reloads; a
 * scene never holds it. The story moves only through `actOnPlay`: the scenes forward the
 * player's actions, the headless flow (present/flow/story.ts) decides, and the new screen goes
 * to the store, which the dialogue watches.
 */
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ActivePlay, GameStore } from '../../state/store.ts';
import { forgetLegacyBookmark, legacyBookmark, type Bookmark } from './bookmark.ts';
import { writeCountPlace } from './count-place.ts';
import { findChapter, loadChapterFile, type ChapterFile, type ChapterRef } from './chapters.ts';
import { ScenarioPlayer, type PlayerSink } from '../../present/flow/player.ts';
import { actOnStory, storyScreen, type StoryAction, type StoryScreen } from '../../present/flow/story.ts';
import type { AnswerOutcome } from '../../scenario/runner.ts';
import { loadStore, storeNow } from './session.ts';

declare module '../../state/store.ts' {
  /** What the store keeps of the chapter being played (its PlaySlice). */
  interface ActivePlay {
    readonly chapter: ChapterFile;
    readonly scenario: ScenarioData;
    readonly player: ScenarioPlayer;
    /** What the dialogue shows now (a new object after each action, so that a watcher sees it). */
    readonly screen: StoryScreen;
  }
}

export type Play = ActivePlay;

/** The chapter being played (the store holds it: scenes open only after the store is loaded). */
export function activePlay(): Play | undefined {
  return storeNow()?.getState().play ?? undefined;
}

function setActive(store: GameStore, play: Omit<Play, 'screen'> | undefined): Play | undefined {
  const active = play ? { ...play, screen: storyScreen(play.player) } : undefined;
  store.getState().setPlay(active ?? null);
  return active;
}

/**
 * The player's action on the story (a line read, a move set, an answer, an election's results
 * left), applied to the play in the store: the screen it leads to is published there. Returns
 * what became of an answer (undefined with no play).
 */
export function actOnPlay(action: StoryAction): AnswerOutcome | undefined {
  const store = storeNow();
  const play = store?.getState().play;
  if (!store || !play) return undefined;
  const step = actOnStory(play.player, action);
  store.getState().setPlay({ ...play, screen: step.screen });
  return step.outcome;
}

function sinkFor(store: GameStore): PlayerSink {
  return {
    recordAnswer: (answer, step) => store.getState().recordAnswer(answer, step),
    saveBookmark: ({ scenario, answers, cursor }) => {
      if (store.getState().run?.scenario === scenario) store.getState().markRun({ answers, cursor });
    },
  };
}

/** A new run of a chapter (replacing any run in progress). */
export async function startChapter(ref: ChapterRef): Promise<Play | undefined> {
  const chapter = await findChapter(ref);
  if (!chapter) return undefined;
  const [store, scenario] = await Promise.all([loadStore(), loadChapterFile(chapter)]);
  store.getState().startRun(scenario.id);
  forgetLegacyBookmark(store);
  writeCountPlace(undefined); // a new run votes again
  const earlier = store.getState().progress.endings;
  return setActive(store, { chapter, scenario, player: ScenarioPlayer.start(scenario, sinkFor(store), earlier) });
}

/** The saved run, replayed to where the player was; undefined when there is none. */
export async function continueRun(): Promise<Play | undefined> {
  const store = await loadStore();
  const run = store.getState().run;
  if (!run) return undefined;
  const active = store.getState().play;
  if (active && active.scenario.id === run.scenario) return active;
  // By id: any chapter's id, the game's or a file's (not only `chapter-N`).
  const chapter = await findChapter({ id: run.scenario });
  if (!chapter) return undefined;
  const scenario = await loadChapterFile(chapter);
  const bookmark: Bookmark | undefined = run.bookmark ? { scenario: run.scenario, ...run.bookmark } : legacyBookmark();
  // The endings of the chapters played before: a run replays the same way (they change only when a chapter ends, which closes the run).
  const earlier = store.getState().progress.endings;
  const { player, dropped } = ScenarioPlayer.restore(scenario, run.answers, bookmark, sinkFor(store), earlier);
  if (dropped > 0) {
    // The chapter changed since this save: keep the answers it still accepts.
    store.getState().startRun(scenario.id);
    for (const answer of player.savedAnswers) store.getState().recordAnswer(answer, player.runner.state.step);
  }
  return setActive(store, { chapter, scenario, player });
}

/** A chapter: the run in progress if it is that chapter, else a new run. */
export async function openChapter(ref: ChapterRef): Promise<Play | undefined> {
  const chapter = await findChapter(ref);
  if (!chapter) return undefined;
  const store = await loadStore();
  if (store.getState().run?.scenario === chapter.id) return continueRun();
  return startChapter({ id: chapter.id });
}

/** The chapter is over: it counts as finished and the run is closed. */
export async function finishPlay(ending?: string): Promise<void> {
  const store = await loadStore();
  const play = store.getState().play;
  if (!play) return;
  store.getState().completeChapter(play.scenario.id, ending);
  store.getState().endRun();
  forgetLegacyBookmark(store);
  store.getState().setPlay(null);
}

/** Leaves the chapter on screen; the run stays saved for "Continue". */
export function leavePlay(): void {
  storeNow()?.getState().setPlay(null);
}

/**
 * The chapter being played: its scenario, its player, and the run saved in the store. Title,
 * chapters, deep links and the coast open chapters through here; the scenes then read
 * `activePlay()`. A run survives scene changes and reloads; a scene never holds it.
 */
import type { ScenarioData } from '../../scenario/schema.ts';
import type { GameStore } from '../../state/store.ts';
import { readBookmark, writeBookmark } from './bookmark.ts';
import { writeCountPlace } from './count-place.ts';
import { findChapter, loadChapterFile, type ChapterFile, type ChapterRef } from './chapters.ts';
import { ScenarioPlayer, type PlayerSink } from './player.ts';
import { loadStore } from './session.ts';

export interface Play {
  readonly chapter: ChapterFile;
  readonly scenario: ScenarioData;
  readonly player: ScenarioPlayer;
}

let active: Play | undefined;

export function activePlay(): Play | undefined {
  return active;
}

function sinkFor(store: GameStore): PlayerSink {
  return {
    recordAnswer: (answer, step) => store.getState().recordAnswer(answer, step),
    saveBookmark: (bookmark) => writeBookmark(bookmark),
  };
}

/** A new run of a chapter (replacing any run in progress). */
export async function startChapter(ref: ChapterRef): Promise<Play | undefined> {
  const chapter = await findChapter(ref);
  if (!chapter) return undefined;
  const [store, scenario] = await Promise.all([loadStore(), loadChapterFile(chapter)]);
  store.getState().startRun(scenario.id);
  writeBookmark(undefined);
  writeCountPlace(undefined); // a new run votes again
  active = { chapter, scenario, player: ScenarioPlayer.start(scenario, sinkFor(store)) };
  return active;
}

/** The saved run, replayed to where the player was; undefined when there is none. */
export async function continueRun(): Promise<Play | undefined> {
  const store = await loadStore();
  const run = store.getState().run;
  if (!run) return undefined;
  if (active && active.scenario.id === run.scenario) return active;
  // By id: any chapter's id, the game's or a file's (not only `chapter-N`).
  const chapter = await findChapter({ id: run.scenario });
  if (!chapter) return undefined;
  const scenario = await loadChapterFile(chapter);
  const { player, dropped } = ScenarioPlayer.restore(scenario, run.answers, readBookmark(), sinkFor(store));
  if (dropped > 0) {
    // The chapter changed since this save: keep the answers it still accepts.
    store.getState().startRun(scenario.id);
    for (const answer of player.savedAnswers) store.getState().recordAnswer(answer, player.runner.state.step);
  }
  active = { chapter, scenario, player };
  return active;
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
  const play = active;
  if (!play) return;
  const store = await loadStore();
  store.getState().completeChapter(play.scenario.id, ending);
  store.getState().endRun();
  writeBookmark(undefined);
  active = undefined;
}

/** Leaves the chapter on screen; the run stays saved for "Continue". */
export function leavePlay(): void {
  active = undefined;
}

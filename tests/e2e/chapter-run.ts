/**
 * A saved run to resume from, made in Node: `answersUntil` plays a chapter with the game's own
 * ScenarioPlayer up to a stop and keeps the answers and the bookmark's cursor, and `openResumed`
 * opens the game on that run, so a browser test starts at the screen it checks instead of
 * reading the whole chapter with keys.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import type { BrowserPerFile } from './browser-per-file.ts';
import { resumeChapter } from './game.ts';
import { ScenarioPlayer } from '../../src/present/flow/player.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Answer, Pending } from '../../src/scenario/runner.ts';
import type { ScenarioData, StepData } from '../../src/scenario/schema.ts';
import type { Entry } from '../../src/scenario/transcript.ts';

/** A shipped chapter, compiled (`file`: its name under scenarios/ without `.json`). */
export function loadChapter(file: string): ScenarioData {
  const loaded = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
  if (!loaded.scenario) throw new Error(`scenarios/${file}.json does not load`);
  return loaded.scenario;
}

/**
 * Where the run stops: just before an entry is shown (the bookmark on it), at an input the chapter
 * waits for (its step and what it offers), or once the chapter has nothing more to ask.
 */
export type Stop =
  | { readonly entry: (entry: Entry) => boolean }
  | { readonly input: (step: StepData, pending: Pending) => boolean }
  | 'end';

/** What the game saves of a run: the answers, and how many entries were shown after the last one. */
export interface SavedRun {
  readonly answers: Answer[];
  readonly cursor: number;
}

/** Answers given in all before a run is taken for a loop that never reaches its stop. */
const MOST_ANSWERS = 1_000;

/**
 * Plays `chapter` from its start to `stop` the way a player taking the first answers does: every
 * entry is read, every question gets its first option, and a step asked again (after a wrong
 * answer, or a menu the story comes back to) gets its next one. Throws when the chapter ends, or
 * loops, before the stop.
 */
export function answersUntil(chapter: ScenarioData, stop: Stop): SavedRun {
  const answers: Answer[] = [];
  const player = ScenarioPlayer.start(chapter, {
    recordAnswer: (a) => void answers.push(a),
    saveBookmark: () => undefined,
  });
  const tries = new Map<number, number>();
  for (let b = player.current(); b.kind !== 'finished'; b = player.current()) {
    if (b.kind === 'entry') {
      if (stop !== 'end' && 'entry' in stop && stop.entry(b.entry)) return { answers, cursor: b.index };
      player.next();
      continue;
    }
    const { step, options } = b.pending;
    if (stop !== 'end' && 'input' in stop && stop.input(chapter.steps[step], b.pending))
      return { answers, cursor: player.runner.transcript.length };
    if (answers.length >= MOST_ANSWERS) throw new Error(`${chapter.id}: ${MOST_ANSWERS} answers and still no stop`);
    const k = tries.get(step) ?? 0;
    tries.set(step, k + 1);
    // An input with nothing to pick (a puzzle played on its own form) takes 0: the player gives it up.
    player.answer(options.length === 0 ? 0 : (k % options.length) + 1);
  }
  if (stop === 'end') return { answers, cursor: player.runner.transcript.length };
  throw new Error(`${chapter.id} ends before the stop`);
}

/**
 * Opens the game (a page of the file's browser, checked after the test) on a run saved in
 * `chapter`, in `lang`, and continues it from the title; the caller waits for its own screen.
 */
export async function openResumed(
  session: BrowserPerFile,
  chapter: ScenarioData,
  run: SavedRun,
  lang: 'fr' | 'en',
  url: string,
  screen: { viewport?: { width: number; height: number }; touch?: boolean } = {},
): Promise<Page> {
  const guarded = await openPage(session.browser, url, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', ...screen });
  session.pages.push(guarded);
  await resumeChapter(guarded.page, guarded.context, { scenario: chapter.id, ...run, lang, url });
  return guarded.page;
}

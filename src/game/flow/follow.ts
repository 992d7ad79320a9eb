/**
 * Following a deep link: the scene it names, or the chapter it opens (the run in progress when
 * it is that chapter, else a new run). The hash is cleared once followed (and put back when
 * the scene's code could not be downloaded, for the error card's "Reload").
 */
import type Phaser from 'phaser';
import { SceneKey } from '../keys.ts';
import type { ChapterRef } from './chapters.ts';
import { switchTo } from './navigate.ts';
import { clearHash, readAddress, type Route } from './router.ts';
import { isChunkLoadFailure } from '../ui/chunk-failure.ts';

/** What the title screen is asked to show on arrival (a notice panel). */
export type TitleNotice =
  | { readonly kind: 'missing'; readonly chapter: number | string }
  | { readonly kind: 'broken'; readonly keys: readonly string[] }
  | { readonly kind: 'address'; readonly problem: 'unknown' | 'malformed'; readonly shown: string };

export interface TitleData {
  readonly notice?: TitleNotice;
}

/** Opens a chapter (its number, or its id) on the coast: its run in progress, or a new run (always new when `fresh`). */
export async function openChapterScene(
  game: Phaser.Game,
  which: number | ChapterRef,
  options: { fresh?: boolean } = {},
): Promise<void> {
  const { openChapter, startChapter } = await import('./play.ts');
  const ref: ChapterRef = typeof which === 'number' ? { number: which } : which;
  try {
    const play = await (options.fresh ? startChapter(ref) : openChapter(ref));
    if (play) await switchTo(game, SceneKey.Coast, {});
    else
      await switchTo(game, SceneKey.Title, {
        notice: { kind: 'missing', chapter: 'number' in ref ? ref.number : ref.id },
      } satisfies TitleData);
  } catch (error) {
    const keys = (error as { keys?: readonly string[] }).keys ?? [String(error)];
    await switchTo(game, SceneKey.Title, { notice: { kind: 'broken', keys } } satisfies TitleData);
  }
}

async function followRoute(game: Phaser.Game, route: Route): Promise<void> {
  const followed = typeof location === 'undefined' ? '' : location.hash;
  clearHash();
  try {
    await goToRoute(game, route);
  } catch (error) {
    // A part of the game that did not arrive: the address comes back, so that "Reload" on the
    // error card tries the same place again instead of the title.
    if (followed && isChunkLoadFailure(error))
      history.replaceState(null, '', location.pathname + location.search + followed);
    throw error;
  }
}

async function goToRoute(game: Phaser.Game, route: Route): Promise<void> {
  switch (route.kind) {
    case 'settings':
      return switchTo(game, SceneKey.Settings, {});
    case 'credits':
      return switchTo(game, SceneKey.Credits, {});
    case 'live': {
      // The host screen of a live vote (one of the classroom's scenes): its results go on the desk, in the store.
      const { loadStore } = await import('./session.ts');
      await loadStore();
      return switchTo(game, SceneKey.ClassroomLive, { query: route.query, unknown: route.unknown });
    }
    case 'classroom': {
      // The desk reads the saved classroom when it opens (a vote resumed after a reload).
      const { loadStore } = await import('./session.ts');
      await loadStore();
      return switchTo(game, SceneKey.Classroom, { query: route.query, unknown: route.unknown });
    }
    case 'sandbox':
      return switchTo(game, SceneKey.Sandbox, { preset: route.preset, code: route.code });
    case 'chapter':
      return openChapterScene(game, route.number);
    case 'chapter-file':
      // For slides: the screen with "Open a chapter file…" (a file picker needs the teacher's own click).
      return switchTo(game, SceneKey.Chapters, { pick: true });
  }
}

/**
 * Follows the address's hash, whatever it holds: a route is followed; an address the game cannot
 * read (`#%`, `#nowhere`) leads to the title with a message saying so; no hash does nothing
 * (false), so that the caller shows what it would have shown.
 */
export async function followAddress(game: Phaser.Game, hash: string): Promise<boolean> {
  const address = readAddress(hash);
  if (address.kind === 'none') return false;
  if (address.kind === 'route') await followRoute(game, address.route);
  else {
    clearHash();
    const notice: TitleNotice = { kind: 'address', problem: address.kind, shown: address.shown };
    await switchTo(game, SceneKey.Title, { notice } satisfies TitleData);
  }
  return true;
}

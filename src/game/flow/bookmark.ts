/**
 * Where the player is between two answers: how many transcript entries were already shown after
 * the last answer, so that a reload continues on the very line the player was reading. It is
 * saved with the run in the store (src/state/schema.ts, Run's bookmark); a save of before kept
 * it under a key of its own, read here once. A bookmark that does not match the saved run
 * (another scenario, another number of answers) is ignored.
 */
import type { Bookmark } from '../../present/flow/player.ts';
import type { GameStore } from '../../state/store.ts';
import { StorageKey } from '../keys.ts';

export type { Bookmark };

/** The page's localStorage, or what a test gives instead. */
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The page's localStorage, undefined where it is missing or refused (a private window). */
function storage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The bookmark a save of before kept under its own key (read once, when such a run is continued). */
export function legacyBookmark(from: StorageLike | undefined = storage()): Bookmark | undefined {
  try {
    const value: unknown = JSON.parse(from?.getItem(StorageKey.bookmark) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const b = value as Record<string, unknown>;
    const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (typeof b.scenario !== 'string' || !whole(b.answers) || !whole(b.cursor)) return undefined;
    return { scenario: b.scenario, answers: b.answers, cursor: b.cursor };
  } catch {
    return undefined;
  }
}

/** The old key goes with the run it belonged to, unless the save must stay exactly as it is (read-only store). */
export function forgetLegacyBookmark(store: GameStore, from: StorageLike | undefined = storage()): void {
  if (store.getState().readOnly) return;
  try {
    from?.removeItem(StorageKey.bookmark);
  } catch {
    // Nothing to lose: the store's run holds the bookmark now.
  }
}

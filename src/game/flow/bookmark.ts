/**
 * Where the player is between two answers: the store keeps the answers (a run is replayed from
 * them), and this bookmark keeps how many transcript entries were already shown after the last
 * one, so that a reload continues on the very line the player was reading. A bookmark that does
 * not match the saved run (another scenario, another number of answers) is ignored.
 */
import type { Bookmark } from '../../present/flow/player.ts';
import { StorageKey } from '../keys.ts';

export type { Bookmark };

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readBookmark(from: StorageLike | undefined = storage()): Bookmark | undefined {
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

let held = false;

/** From now on the bookmark is left as it is: the save it belongs to must stay untouched (the store is read-only). */
export function holdBookmark(): void {
  held = true;
}

export function writeBookmark(bookmark: Bookmark | undefined, to: StorageLike | undefined = storage()): void {
  if (held) return;
  try {
    if (bookmark) to?.setItem(StorageKey.bookmark, JSON.stringify(bookmark));
    else to?.removeItem(StorageKey.bookmark);
  } catch {
    // A bookmark that cannot be written costs a few lines on reload, nothing more.
  }
}

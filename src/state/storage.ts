/**
 * Where saves live: the browser's localStorage when it can be used (it throws in some
 * private modes and sandboxed frames), memory otherwise. Data the game cannot use is never
 * deleted: it is copied under another key ("set aside") so that nothing a player had is lost.
 */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(
  initial: Record<string, string> = {},
): SyncStorage & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** localStorage if it works here, else memory (the game then says saves will not last). */
export function browserStorage(): { storage: SyncStorage; persistent: boolean } {
  try {
    const storage = globalThis.localStorage;
    if (storage) {
      const probe = '__dc_probe__';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return { storage, persistent: true };
    }
  } catch {
    // SecurityError or QuotaExceededError: fall back to memory
  }
  return { storage: memoryStorage(), persistent: false };
}

/**
 * Set-aside copies are never overwritten: each goes to a new slot, as long as all of them
 * together stay within this many characters (about 2 MB of the 5 MB or so a browser gives a
 * site, so that the game's own save and the live vote's key always have room). When a copy
 * would not fit, nothing is set aside and the caller keeps the original where it is instead.
 */
export const SET_ASIDE_BUDGET = 1_000_000;
/** Slots looked at (a bound on the work; with the budget above, never the limit in practice). */
const SET_ASIDE_SLOTS = 1000;

type SetAsideResult = { readonly kept: string } | { readonly refused: 'full' | 'write-failed' };

/** The key of set-aside copy `n` of `key`. */
export const setAsideKey = (key: string, n: number): string => `${key}.set-aside.${n}`;

/**
 * Copies `raw` to the first free `KEY.set-aside.N` (or finds it already kept there). Refused
 * when every slot is taken, when the copies would exceed `budget` characters, or when the
 * write itself fails (quota): the caller must then leave the original untouched.
 */
export function setAside(storage: SyncStorage, key: string, raw: string, budget = SET_ASIDE_BUDGET): SetAsideResult {
  let free: string | undefined;
  let used = 0;
  for (let n = 1; n <= SET_ASIDE_SLOTS; n++) {
    const candidate = setAsideKey(key, n);
    let existing: string | null;
    try {
      existing = storage.getItem(candidate);
    } catch {
      existing = null;
    }
    if (existing === raw) return { kept: candidate }; // already kept
    if (existing === null) free ??= candidate;
    else used += existing.length;
  }
  if (free === undefined || used + raw.length > budget) return { refused: 'full' };
  try {
    storage.setItem(free, raw);
    return { kept: free };
  } catch {
    return { refused: 'write-failed' };
  }
}

/** A value an older version kept under a key of its own (undefined: none, or not JSON). */
export function readOldKey(storage: SyncStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** An older version's key, once what it held is in the save. */
export function removeOldKey(storage: SyncStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Left behind: nothing reads it any more.
  }
}

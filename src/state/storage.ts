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

export function memoryStorage(initial: Record<string, string> = {}): SyncStorage & { readonly data: Map<string, string> } {
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

export const SET_ASIDE_SLOTS = 10;

/**
 * Copies `raw` to the first free `KEY.set-aside.N` and
 * returns that key (slot 1 is reused when every slot is taken), or undefined when even that write fails.
 */
export function setAside(storage: SyncStorage, key: string, raw: string): string | undefined {
  let target = `${key}.set-aside.1`;
  for (let n = 1; n <= SET_ASIDE_SLOTS; n++) {
    const candidate = `${key}.set-aside.${n}`;
    let existing: string | null;
    try {
      existing = storage.getItem(candidate);
    } catch {
      existing = null;
    }
    if (existing === raw) return candidate; // already kept
    if (existing === null) {
      target = candidate;
      break;
    }
  }
  try {
    storage.setItem(target, raw);
    return target;
  } catch {
    return undefined;
  }
}

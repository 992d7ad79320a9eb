/**
 * The room this browser hosts, kept under one localStorage key so that a reloaded or reopened
 * host tab takes its room back: the code, the secret host key (the server keeps only its hash)
 * and the question (for the desk's "resume" button). Nothing else, and nothing about ballots.
 * Storage may be refused (private browsing): then nothing is kept, and nothing throws.
 */
import { normaliseCode } from './protocol.ts';

/** The shape of localStorage (a test passes a Map-backed one). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The one key (src/game/keys.ts lists it as StorageKey.live). */
export const HOST_STORAGE_KEY = 'democratie-et-crustaces.live';

export interface StoredHost {
  readonly code: string;
  readonly hostKey: string;
  readonly question: string;
  /** When this browser opened the room (ms since epoch). */
  readonly savedAt: number;
}

const MAX_KEY = 512;

export function readStoredHost(store: KeyValueStore | undefined): StoredHost | undefined {
  let text: string | null;
  try {
    text = store?.getItem(HOST_STORAGE_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const code = typeof value.code === 'string' ? normaliseCode(value.code) : undefined;
    const hostKey = value.hostKey;
    if (!code || typeof hostKey !== 'string' || hostKey === '' || hostKey.length > MAX_KEY) return undefined;
    return {
      code,
      hostKey,
      question: typeof value.question === 'string' ? value.question : '',
      savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0,
    };
  } catch {
    return undefined;
  }
}

export function storeHost(store: KeyValueStore | undefined, host: StoredHost): void {
  try {
    store?.setItem(HOST_STORAGE_KEY, JSON.stringify(host));
  } catch {
    // Quota or privacy mode: the room works, a reload will not find it.
  }
}

/** Forgets the stored room (only that one when a code is given: another tab may host a newer one). */
export function forgetHost(store: KeyValueStore | undefined, code?: string): void {
  try {
    if (code !== undefined && readStoredHost(store)?.code !== code) return;
    store?.removeItem(HOST_STORAGE_KEY);
  } catch {
    // nothing to forget
  }
}

/**
 * What the phone keeps: a random device token per room (localStorage: one ballot per device per
 * room, no name, no account), and the ballot being filled or waiting to be sent (sessionStorage:
 * a reload keeps it). Storage may be refused (private browsing, settings): then it is kept in
 * memory for as long as the page lives.
 */
import { LiveLimits } from '../live/protocol.ts';

const PREFIX = 'crustaces.vote.';

/** A storage that never throws. */
export interface Keeper {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function keeper(storage: () => Storage | undefined): Keeper {
  const memory = new Map<string, string>();
  const use = <T>(f: (s: Storage) => T, fallback: () => T): T => {
    try {
      const s = storage();
      if (s) return f(s);
    } catch {
      // Storage refused: memory it is.
    }
    return fallback();
  };
  return {
    get: (key) =>
      use(
        (s) => s.getItem(PREFIX + key),
        () => memory.get(key) ?? null,
      ),
    set: (key, value) => {
      memory.set(key, value);
      use(
        (s) => s.setItem(PREFIX + key, value),
        () => undefined,
      );
    },
    remove: (key) => {
      memory.delete(key);
      use(
        (s) => s.removeItem(PREFIX + key),
        () => undefined,
      );
    },
  };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 32 url-safe base64 characters from 24 random bytes (192 bits). */
export function newDeviceToken(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(24));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += BASE64URL[(n >> 18) & 63] + BASE64URL[(n >> 12) & 63] + BASE64URL[(n >> 6) & 63] + BASE64URL[n & 63];
  }
  return out;
}

/** The shape the server accepts (LiveLimits). */
export function isDeviceToken(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= LiveLimits.deviceTokenMin &&
    value.length <= LiveLimits.deviceTokenMax &&
    /^[A-Za-z0-9_-]+$/.test(value)
  );
}

/** This device's token for a room, made on first use and kept. */
export function deviceToken(local: Keeper, code: string, fresh = false): string {
  const key = `device.${code}`;
  const kept = local.get(key);
  if (!fresh && isDeviceToken(kept)) return kept;
  const token = newDeviceToken();
  local.set(key, token);
  return token;
}

export function readJson(keep: Keeper, key: string): unknown {
  const text = keep.get(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function writeJson(keep: Keeper, key: string, value: unknown): void {
  keep.set(key, JSON.stringify(value));
}

/**
 * Join codes and device tokens: random, from the platform's cryptographic generator (Web
 * Crypto exists in browsers and in Node ≥ 19), so that a code cannot be guessed from the
 * previous one and a device token cannot be guessed at all.
 * Pure: no DOM, no Node; the phone page may bundle it.
 */
import { CODE_ALPHABET, CODE_LENGTH, LiveLimits } from './protocol.ts';

/** Fills the array with random bytes and returns it (`crypto.getRandomValues` by default). */
type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

/** Web Crypto, typed here so that this file needs neither the DOM's types nor Node's. */
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues: RandomBytes } }).crypto;
const cryptoBytes: RandomBytes = (bytes) => webCrypto.getRandomValues(bytes);

/**
 * A fresh join code. Bytes at or above the largest multiple of the alphabet's size are
 * drawn again, so that every letter is exactly as likely as the others.
 */
export function randomCode(random: RandomBytes = cryptoBytes): string {
  const size = CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of random(new Uint8Array(CODE_LENGTH * 2))) {
      if (byte < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as url-safe base64 without padding (what `Buffer.toString('base64url')` gives in Node). */
export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += BASE64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

const DEVICE_TOKEN = /^[A-Za-z0-9_-]+$/;

/** Whether a phone's device token has the shape the server accepts (LiveLimits). */
export function isDeviceToken(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= LiveLimits.deviceTokenMin &&
    value.length <= LiveLimits.deviceTokenMax &&
    DEVICE_TOKEN.test(value)
  );
}

/** A new device token for a phone: 24 random bytes, 32 characters. */
export function newDeviceToken(random: RandomBytes = cryptoBytes): string {
  return base64url(random(new Uint8Array(24)));
}

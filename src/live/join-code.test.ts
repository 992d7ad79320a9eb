import { describe, expect, it } from 'vitest';
import { base64url, isDeviceToken, newDeviceToken, randomCode } from './join-code.ts';
import { CODE_ALPHABET, CODE_LENGTH, normaliseCode } from './protocol.ts';

describe('join codes', () => {
  it('are made of the code alphabet only, and read back as themselves', () => {
    for (let i = 0; i < 200; i++) {
      const code = randomCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
      expect(normaliseCode(code)).toBe(code);
    }
  });

  it('draw again the bytes that would make some letters likelier than others', () => {
    // 248 and above would fold onto the first letters: they are skipped.
    let call = 0;
    const bytes = (b: Uint8Array<ArrayBuffer>) => b.fill(call++ === 0 ? 250 : 1);
    expect(randomCode(bytes)).toBe(CODE_ALPHABET[1].repeat(CODE_LENGTH));
    expect(call).toBe(2);
  });

  it('spread over the whole alphabet', () => {
    const seen = new Set([...Array.from({ length: 300 }, () => randomCode()).join('')]);
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });
});

describe('device tokens', () => {
  it('are url-safe base64 of random bytes, of an accepted length', () => {
    const token = newDeviceToken();
    expect(token).toHaveLength(32);
    expect(isDeviceToken(token)).toBe(true);
    expect(newDeviceToken()).not.toBe(token);
  });

  it('are refused when too short, too long, or not url-safe base64', () => {
    for (const bad of ['short', 'x'.repeat(65), 'abc+def/ghi=jkl012', 'has spaces in the middle', 42, undefined])
      expect(isDeviceToken(bad)).toBe(false);
    expect(isDeviceToken('A'.repeat(16))).toBe(true);
    expect(isDeviceToken('A-_'.repeat(21) + 'A')).toBe(true);
  });

  it('encode bytes as Node’s base64url does', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 24, 32]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) % 256);
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { GAME_KEYS, digitOf, gameKey, isPress, type GameKey } from './keys.ts';

describe('the keys the game answers to', () => {
  it('reads a key it knows as itself, and any other as none', () => {
    for (const key of GAME_KEYS) expect(gameKey(key)).toBe(key);
    for (const other of ['ArowLeft', 'arrowleft', 'Shift', 'Tabulation', '0', 'x', ''])
      expect(gameKey(other)).toBeUndefined();
  });

  it('refuses a misspelt key at compile time', () => {
    // @ts-expect-error -- a typo in a key binding does not compile (tsc checks this file).
    const typo: GameKey = 'ArowLeft';
    const right: GameKey = 'ArrowLeft';
    expect(gameKey(typo)).toBeUndefined();
    expect(gameKey(right)).toBe('ArrowLeft');
  });
});

describe('the digits and the keys that press', () => {
  it('reads 1 to 9 as their numbers and nothing else as a digit', () => {
    expect(['1', '5', '9'].map((k) => digitOf(gameKey(k)))).toEqual([1, 5, 9]);
    for (const other of ['0', 'Enter', 'b', '+', 'Numpad1']) expect(digitOf(gameKey(other))).toBeUndefined();
  });

  it('presses with Enter and Space only', () => {
    expect(GAME_KEYS.filter(isPress)).toEqual([' ', 'Enter']);
  });
});

describe('a sandbox item’s keys, read through the typed keys', () => {
  it('nudges with the arrows (Shift by 10), resizes and spreads, and ignores other keys', async () => {
    const { keyAction } = await import('./sandbox/items.ts');
    expect(keyAction({ key: 'ArrowLeft', shiftKey: false }, 2)).toEqual({ kind: 'nudge', delta: [-1, 0] });
    expect(keyAction({ key: 'ArrowUp', shiftKey: true }, 2)).toEqual({ kind: 'nudge', delta: [0, 10] });
    expect(keyAction({ key: 'ArrowUp', shiftKey: false }, 1)).toBeUndefined();
    expect(keyAction({ key: 'Add', shiftKey: false }, 2)).toEqual({ kind: 'add' });
    expect(keyAction({ key: ']', shiftKey: false }, 2)).toEqual({ kind: 'spread', by: 1 });
    expect(keyAction({ key: 'PageDown', shiftKey: false }, 2)).toEqual({ kind: 'size', by: -5 });
    expect(keyAction({ key: 'ArowLeft', shiftKey: false }, 2)).toBeUndefined();
  });
});

/**
 * The keys the game answers to, by their `KeyboardEvent.key` names. Every key binding in the game
 * reads its key here (`gameKey(event.key)`, the one mapping), then compares or switches over
 * `GameKey`, so that a misspelt key ('ArowLeft') is a compile error instead of a binding that never
 * fires. (The coast's walk keys are Phaser key codes by physical position, not names: see walker.ts.)
 */
export const GAME_KEYS = [
  ' ',
  'Enter',
  'Escape',
  'Backspace',
  'Delete',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  // The sandbox's crowds: size and spread (the numeric keypad's names too).
  '+',
  '=',
  'Add',
  '-',
  '_',
  'Subtract',
  '[',
  ']',
  // The coast: talk to whoever lives where the crab stands.
  't',
  'T',
  // The projector's lesson: blank screen, fullscreen, notes, notes window, jump to a step.
  '.',
  'b',
  'B',
  'f',
  'F',
  'n',
  'N',
  'w',
  'W',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
] as const;
export type GameKey = (typeof GAME_KEYS)[number];

const KNOWN: ReadonlySet<string> = new Set(GAME_KEYS);

/** The key pressed, if the game answers to it (undefined for any other key). */
export function gameKey(key: string): GameKey | undefined {
  return KNOWN.has(key) ? (key as GameKey) : undefined;
}

const DIGITS: Partial<Record<GameKey, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9 };

/** The number of a digit key (1 to 9: a numbered choice, a lesson's step), undefined for any other key. */
export function digitOf(key: GameKey | undefined): number | undefined {
  return key === undefined ? undefined : DIGITS[key];
}

/** Enter or Space: the keys that press a button or read on. */
export function isPress(key: GameKey | undefined): key is 'Enter' | ' ' {
  return key === 'Enter' || key === ' ';
}

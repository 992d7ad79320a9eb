/**
 * The keys the game answers to, by their `KeyboardEvent.key` names. Key bindings are written
 * against this type (read a key with `gameKey`, then compare or switch), so that a misspelt key
 * ('ArowLeft') is a compile error instead of a binding that never fires.
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

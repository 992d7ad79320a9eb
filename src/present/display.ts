/**
 * The settings every scene draws with (language, text size, typing speed, reduced motion),
 * kept in one small module so that the title screen can use them before the store (and zod)
 * are loaded. The session copies the store's settings here whenever they change. Headless:
 * the page's side (the document's language, the system's motion wish) is game/ui/display.ts.
 */
import type { Lang } from '../i18n/format.ts';
import type { TEXT_SIZES, TEXT_SPEEDS } from '../state/schema.ts';

type TextSize = (typeof TEXT_SIZES)[number];
type TextSpeed = (typeof TEXT_SPEEDS)[number];

export interface DisplaySettings {
  readonly language: Lang;
  readonly textSize: TextSize;
  readonly textSpeed: TextSpeed;
  readonly reducedMotion: boolean;
  /** Projector mode: the classroom's screens in high contrast (the stored `highContrast`). */
  readonly highContrast?: boolean;
}

/** The text sizes from smallest to largest (the store's TEXT_SIZES; not imported: it would bring zod). */
const SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

let chosen: DisplaySettings = { language: 'fr', textSize: 'normal', textSpeed: 'normal', reducedMotion: false };
/** The smallest text size the screen allows (a small screen shrinks the canvas: see game/ui/screen-text.ts). */
let floor: TextSize = 'normal';
let current: DisplaySettings = chosen;
const listeners = new Set<(settings: DisplaySettings, previous: DisplaySettings) => void>();

/** The settings as drawn: the player's, with the text size raised to the screen's floor. */
export function display(): DisplaySettings {
  return current;
}

export function setDisplay(next: DisplaySettings): void {
  chosen = next;
  update();
}

/** The smallest text size this screen reads well at; every scene honours it like the setting. */
export function setTextFloor(size: TextSize): void {
  floor = size;
  update();
}

function update(): void {
  const previous = current;
  const textSize = SIZES[Math.max(SIZES.indexOf(chosen.textSize), SIZES.indexOf(floor))];
  const next = textSize === chosen.textSize ? chosen : { ...chosen, textSize };
  if (JSON.stringify(previous) === JSON.stringify(next)) return;
  current = next;
  for (const listener of listeners) listener(next, previous);
}

/** Called on every change; returns the function that stops listening. */
export function onDisplayChange(listener: (settings: DisplaySettings, previous: DisplaySettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

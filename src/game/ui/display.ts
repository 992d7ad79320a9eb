/**
 * The settings every scene draws with (language, text size, typing speed, reduced motion),
 * kept in one small module so that the title screen can use them before the store (and zod)
 * are loaded. The session copies the store's settings here whenever they change.
 */
import type { Lang } from '../../i18n/format.ts';
import { setReaderLanguage } from '../../i18n/translate.ts';
import type { TextSize, TextSpeed } from './theme.ts';

export interface DisplaySettings {
  readonly language: Lang;
  readonly textSize: TextSize;
  readonly textSpeed: TextSpeed;
  readonly reducedMotion: boolean;
  /** Projector mode: the classroom's screens in high contrast (the stored `highContrast`). */
  readonly highContrast?: boolean;
}

let current: DisplaySettings = { language: 'fr', textSize: 'normal', textSpeed: 'normal', reducedMotion: false };
const listeners = new Set<(settings: DisplaySettings, previous: DisplaySettings) => void>();

export function display(): DisplaySettings {
  return current;
}

export function setDisplay(next: DisplaySettings): void {
  const previous = current;
  if (JSON.stringify(previous) === JSON.stringify(next)) return;
  current = next;
  // The texts' default language (src/i18n/translate.ts) follows the player's setting.
  setReaderLanguage(next.language);
  if (typeof document !== 'undefined') document.documentElement.lang = next.language;
  for (const listener of listeners) listener(next, previous);
}

/** Called on every change; returns the function that stops listening. */
export function onDisplayChange(listener: (settings: DisplaySettings, previous: DisplaySettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The system's (the browser's) `prefers-reduced-motion` wish. */
export function systemWantsLessMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The setting, or the system's `prefers-reduced-motion`. */
export function reducedMotion(): boolean {
  return current.reducedMotion || systemWantsLessMotion();
}

/** A duration shortened to nothing when motion is reduced. */
export function motion(ms: number): number {
  return reducedMotion() ? 0 : ms;
}

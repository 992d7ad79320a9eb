/**
 * The display settings (src/present/display.ts) and their page side: the document's language
 * follows the setting, and reduced motion also follows the system's `prefers-reduced-motion`.
 */
import { display, onDisplayChange } from '../../present/display.ts';
import { setReaderLanguage } from '../../i18n/translate.ts';

export { display, onDisplayChange, setDisplay, type DisplaySettings } from '../../present/display.ts';

// Registered when the first scene module loads, before anything calls setDisplay.
onDisplayChange((next) => {
  // The texts' default language (src/i18n/translate.ts) follows the player's setting.
  setReaderLanguage(next.language);
  if (typeof document !== 'undefined') document.documentElement.lang = next.language;
});

/** The system's (the browser's) `prefers-reduced-motion` wish. */
export function systemWantsLessMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** The setting, or the system's `prefers-reduced-motion`. */
export function reducedMotion(): boolean {
  return display().reducedMotion || systemWantsLessMotion();
}

/** A duration shortened to nothing when motion is reduced. */
export function motion(ms: number): number {
  return reducedMotion() ? 0 : ms;
}

/**
 * A quick look at the saved game, without the store: the title screen needs only the
 * language, the text settings and whether there is a game to continue, and loading the store
 * (with its zod schemas) before the first frame would cost the title screen 30 KB. The store,
 * loaded just after, reads and checks the whole save; this look only trusts values it knows.
 */
import type { Lang } from '../../i18n/format.ts';
import type { DisplaySettings } from '../ui/display.ts';
import { TextScale, TypingSpeed, type TextSize, type TextSpeed } from '../ui/theme.ts';
import { SAVE_VERSION, StorageKey } from '../keys.ts';

export interface SavePeek {
  readonly settings: DisplaySettings;
  /** Nothing saved yet: the language follows the browser. */
  readonly firstRun: boolean;
  /** The scenario id of a game in progress. */
  readonly run?: string;
  /** How many chapters are finished. */
  readonly chaptersDone: number;
}

interface StorageLike {
  getItem(key: string): string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function browserLanguage(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

function safeStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function peekSave(storage: StorageLike | undefined = safeStorage(), languages?: readonly string[]): SavePeek {
  const fallback: DisplaySettings = {
    language: browserLanguage(languages),
    textSize: 'normal',
    textSpeed: 'normal',
    reducedMotion: false,
  };
  let text: string | null;
  try {
    text = storage?.getItem(StorageKey.save) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { settings: fallback, firstRun: true, chaptersDone: 0 };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { settings: fallback, firstRun: false, chaptersDone: 0 };
  }
  // A newer game's save: its language is honoured, but its progress is not this game's to offer.
  const newer = isRecord(saved) && typeof saved.version === 'number' && saved.version > SAVE_VERSION;
  const state = isRecord(saved) && isRecord(saved.state) ? saved.state : {};
  const s = isRecord(state.settings) ? state.settings : {};
  const settings: DisplaySettings = {
    language: s.language === 'fr' || s.language === 'en' ? s.language : fallback.language,
    textSize: typeof s.textSize === 'string' && s.textSize in TextScale ? (s.textSize as TextSize) : 'normal',
    textSpeed: typeof s.textSpeed === 'string' && s.textSpeed in TypingSpeed ? (s.textSpeed as TextSpeed) : 'normal',
    reducedMotion: s.reducedMotion === true,
  };
  if (newer) return { settings, firstRun: false, chaptersDone: 0 };
  const run =
    isRecord(state.run) && typeof state.run.scenario === 'string' && Array.isArray(state.run.answers)
      ? state.run.scenario
      : undefined;
  const progress =
    isRecord(state.progress) && Array.isArray(state.progress.chaptersDone) ? state.progress.chaptersDone.length : 0;
  return { settings, firstRun: false, chaptersDone: progress, ...(run !== undefined ? { run } : {}) };
}

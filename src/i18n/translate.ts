/**
 * The one lookup of the game, the tools and the command line: a message key (typed from the
 * French tables) with its parameters → text in a language. src/i18n/index.ts builds `t` over
 * every table; src/i18n/first-screen.ts builds the same `t` over the few tables the first
 * download carries (the title screen and the error card), so that those screens do not load
 * every table of the engine — using a key of another table there is a compile error.
 */
import { dataParams } from './data-params.ts';
import { formatTemplate, type Lang } from './format.ts';
import type { NounLookup } from './grammar.ts';
import type { Messages } from './messages/table.ts';
import type { StepParams } from '../voting/result.ts';

/** A message that comes as data: a key (checked when it is read) and its parameters. */
export type KeyedText = { readonly key: string; readonly params?: StepParams };

/**
 * key + parameters (+ language, by default the reader's) → text. A key written in the code is
 * checked by the compiler; a message that comes as data (an engine error's code, a reader's
 * note, a refusal) is passed whole and its key is checked when it is read (an unknown key
 * shows itself, and the tests make sure none is unknown). `nouns` gives the gender and number of
 * the names a French template agrees with (src/i18n/grammar.ts).
 */
interface Translate<K extends string> {
  (key: K, params?: StepParams, lang?: Lang, nouns?: NounLookup): string;
  (message: KeyedText, lang?: Lang, nouns?: NounLookup): string;
}

/**
 * The reader's language: French until the game says otherwise (src/game/ui/display.ts sets it
 * with the player's setting). The command line and the headless tools always pass a language.
 */
let reader: Lang = 'fr';

export function setReaderLanguage(lang: Lang): void {
  reader = lang;
}

interface Translator<K extends string> {
  readonly t: Translate<K>;
  /** The narrow path for keys that come as data (an error's code, a notice's key): is it one of ours? */
  readonly isKey: (key: string) => key is K;
}

export function translator<K extends string>(tables: Messages<K>): Translator<K> {
  const fr: Readonly<Record<string, string>> = tables.fr;
  const en: Readonly<Record<string, string>> = tables.en;
  const isKey = (key: string): key is K => Object.hasOwn(fr, key);
  const text = (key: string, params: StepParams, lang: Lang, nouns?: NounLookup): string => {
    // English has every French key (compile-time check); French is the fallback all the same.
    const template = isKey(key) ? (lang === 'en' ? en[key] : fr[key]) : undefined;
    return template === undefined ? key : formatTemplate(template, params, lang, nouns);
  };
  function t(key: K, params?: StepParams, lang?: Lang, nouns?: NounLookup): string;
  function t(message: KeyedText, lang?: Lang, nouns?: NounLookup): string;
  function t(
    what: string | KeyedText,
    second?: StepParams | Lang,
    third?: Lang | NounLookup,
    fourth?: NounLookup,
  ): string {
    if (typeof what === 'string')
      return text(what, typeof second === 'object' ? second : {}, typeof third === 'string' ? third : reader, fourth);
    const lang = typeof second === 'string' ? second : reader;
    // A message that comes as data names methods and ballot kinds by id: say them in words.
    return text(what.key, dataParams(what.params ?? {}, lang), lang, typeof third === 'string' ? undefined : third);
  }
  return { t, isKey };
}

/** The keys of a table. */
export type KeyOf<M> = M extends Messages<infer K> ? K : never;

/** Several tables as one (a key defined twice is a mistake: it throws when the module loads). */
export function mergeTables<T extends readonly Messages<string>[]>(...tables: T): Messages<KeyOf<T[number]>> {
  type K = KeyOf<T[number]>;
  const merge = (lang: Lang): Record<K, string> => {
    const out: Record<string, string> = {};
    for (const table of tables) {
      for (const [key, text] of Object.entries<string>(table[lang])) {
        if (Object.hasOwn(out, key)) throw new Error(`message key ${key} is defined twice`);
        out[key] = text;
      }
    }
    return out as Record<K, string>;
  };
  return { fr: merge('fr'), en: merge('en') };
}

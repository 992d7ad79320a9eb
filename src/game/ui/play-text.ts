/** The texts of what the player does by hand (src/i18n/messages/play.ts), in a given language. */
import type { Lang } from '../../i18n/format.ts';
import { playMessages } from '../../i18n/messages/play.ts';
import { translator, type KeyOf } from '../../i18n/translate.ts';
import { readNoun, withDe } from '../../i18n/grammar.ts';

/** `t` over the play table alone: the puzzle cards load with the dialogue, not with every table. */
export const { t: playText } = translator(playMessages);
export type PlayKey = KeyOf<typeof playMessages>;

/** A figure as the language writes it (a decimal comma in French). */
export { formatNumber as figure } from '../../i18n/format.ts';

/**
 * "de" before a name, as French contracts it (de + les → des, de + le → du, d’ before a vowel);
 * English says "of". Names of groups start with their article («\u00a0les crevettes\u00a0»).
 */
export function ofName(name: string, lang: Lang): string {
  return lang === 'fr' ? withDe(readNoun(name)) : `of ${name}`;
}

/** A name that opens a sentence or a line starts with a capital (« Le plongeon… »). */
export { capitalize as capital } from '../../i18n/grammar.ts';

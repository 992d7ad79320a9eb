/** t(): message key + parameters → text in the player's language. */
import { formatTemplate, type Lang } from './format.ts';
import type { NounLookup } from './grammar.ts';
import { messages } from './messages/index.ts';
import type { KeyedMessage, StepParams } from '../voting/result.ts';
import { VotingError } from '../voting/errors.ts';

export type { Lang } from './format.ts';
export { LANGS } from './format.ts';

export function hasMessage(key: string, lang: Lang): boolean {
  return key in messages[lang];
}

/** A missing key shows itself (and a test makes sure none is missing). */
export function t(key: string, params: StepParams = {}, lang: Lang = 'fr', nouns?: NounLookup): string {
  const template = messages[lang][key] ?? messages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang, nouns);
}

/** A step in words; also any keyed message with its parameters (an engine error's code). */
export function explainStep(step: KeyedMessage, lang: Lang, nouns?: NounLookup): string {
  return t(step.key, step.params, lang, nouns);
}

/** An engine error in the player's language, with the path of the bad value in front. */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof VotingError) {
    const text = hasMessage(error.code, lang) ? t(error.code, error.params, lang) : error.message;
    return error.path ? `${error.path} : ${text}`.replace(' : ', lang === 'fr' ? ' : ' : ': ') : text;
  }
  return error instanceof Error ? error.message : String(error);
}

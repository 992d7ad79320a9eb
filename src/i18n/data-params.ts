/**
 * The parameters of a message that comes as data (an engine error, a loader's refusal, a
 * puzzle's verdict) carry ids: a method's id, a ballot kind. Said as they are, a sentence would
 * read « La méthode majority-judgment attend des bulletins graded ». Here a method's id becomes
 * its running-text noun (« le jugement majoritaire », method-nouns.ts), which a template may put
 * anywhere in a sentence, and a ballot kind its words. Values that are not ids stay as written.
 * Pure: no DOM.
 */
import type { Lang } from './format.ts';
import { methodNoun } from './method-nouns.ts';
import type { StepParams } from '../voting/result.ts';

/** Ballot kinds as they read after « des bulletins » / before "ballots". */
const BALLOT_KINDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ranked: { fr: 'classés', en: 'ranked' },
  graded: { fr: 'à notes', en: 'graded' },
  any: { fr: 'de toute sorte', en: 'any' },
};

export function dataParams(params: StepParams, lang: Lang): StepParams {
  const out: Record<string, StepParams[string]> = { ...params };
  const method = params.method;
  if (typeof method === 'string' && methodNoun(method, lang) !== method) out.method = methodNoun(method, lang);
  const expected = params.expected;
  if (typeof expected === 'string' && Object.hasOwn(BALLOT_KINDS, expected))
    out.expected = BALLOT_KINDS[expected][lang];
  return out;
}

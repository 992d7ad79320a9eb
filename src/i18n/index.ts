/** t(): a message key (typed from the French tables) + parameters → text in the reader's language. */
import type { Lang } from './format.ts';
import { allMessages } from './messages/index.ts';
import { translator, type KeyOf } from './translate.ts';
import { VotingError } from '../voting/errors.ts';

export type { Lang } from './format.ts';
export { LANGS } from './format.ts';

/** Every message key of every table. */
export type MessageKey = KeyOf<typeof allMessages>;

/** `t(key, params, lang)`; `isMessageKey` narrows a key that came as data (an error code). */
export const { t, isKey: isMessageKey } = translator(allMessages);

/** An engine error in the player's language, with the path of the bad value in front. */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof VotingError) {
    const text = isMessageKey(error.code) ? t({ key: error.code, params: error.params }, lang) : error.message;
    return error.path ? `${error.path} : ${text}`.replace(' : ', lang === 'fr' ? ' : ' : ': ') : text;
  }
  return error instanceof Error ? error.message : String(error);
}

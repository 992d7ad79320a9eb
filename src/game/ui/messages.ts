/**
 * The game's own texts (src/i18n/messages/game.ts) in the player's language, without loading
 * every message table of the engine: the title screen needs only these.
 */
import { formatTemplate, type Lang } from '../../i18n/format.ts';
import { gameMessages } from '../../i18n/messages/game.ts';
import type { StepParams } from '../../voting/result.ts';
import { display } from './display.ts';

export function gameText(key: string, params: StepParams = {}, lang: Lang = display().language): string {
  const template = gameMessages[lang][key] ?? gameMessages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang);
}

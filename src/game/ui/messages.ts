/**
 * The game's own texts (src/i18n/messages/game.ts) in the player's language, without loading
 * every message table of the engine: the title screen needs only these.
 */
import { formatTemplate, type Lang } from '../../i18n/format.ts';
import { gameMessages } from '../../i18n/messages/game.ts';
import { safetyMessages } from '../../i18n/messages/safety.ts';
import type { StepParams } from '../../voting/result.ts';
import { display } from './display.ts';

export function gameText(key: string, params: StepParams = {}, lang: Lang = display().language): string {
  const template = gameMessages[lang][key] ?? gameMessages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang);
}

/** The safety nets' texts (src/i18n/messages/safety.ts): bad addresses, the error card, save notices. */
export function safetyText(key: string, params: StepParams = {}, lang: Lang = display().language): string {
  const template = safetyMessages[lang][key] ?? safetyMessages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang);
}

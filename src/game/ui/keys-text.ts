/**
 * The texts of src/i18n/messages/keys.ts in the player's language, without the engine's tables
 * (the coast is drawn before the count scenes are loaded).
 */
import { formatTemplate, type Lang } from '../../i18n/format.ts';
import { keysMessages } from '../../i18n/messages/keys.ts';
import type { StepParams } from '../../voting/result.ts';
import { display } from './display.ts';

export function keysText(key: string, params: StepParams = {}, lang: Lang = display().language): string {
  const template = keysMessages[lang][key] ?? keysMessages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang);
}

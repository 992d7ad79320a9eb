/**
 * The sandbox's words in the player's language (its messages: `t` of src/i18n/index.ts): the names in a state
 * (each flag and crowd carries its name in both languages), positions and method names.
 */
import type { Lang } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import type { MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import type { StepParams } from '../../voting/result.ts';
import type { Names, SandboxState } from '../../sandbox/model.ts';
import { display } from '../display.ts';

export function lang(): Lang {
  return display().language;
}

export function nameOf(names: Names, language: Lang = lang()): string {
  return names[language];
}

/** Both languages of a message, as a new flag or crowd is named. */
export function bothNames(key: MessageKey, params: StepParams): Names {
  return { fr: t(key, params, 'fr'), en: t(key, params, 'en') };
}

export function methodName(id: MethodId, language: Lang = lang()): string {
  return methods[id].info.name[language];
}

/** "20, 35" on the plane, "20" on the line. */
export function positionText(position: readonly number[]): string {
  return position.join(', ');
}

/** A flag's name by id. */
export function flagName(state: SandboxState, id: string, language: Lang = lang()): string {
  const flag = state.flags.find((f) => f.id === id);
  return flag ? flag.name[language] : id;
}

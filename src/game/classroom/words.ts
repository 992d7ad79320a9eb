/** The classroom's texts in the player's language (all message tables: the tools load after the title). */
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/format.ts';
import type { StepParams } from '../../voting/result.ts';
import { display } from '../ui/display.ts';

export function lang(): Lang {
  return display().language;
}

export function ct(key: string, params: StepParams = {}): string {
  return t(key, params, lang());
}

/** The classroom screens' language: the player's (the texts themselves: `t` of src/i18n/index.ts). */
import type { Lang } from '../../i18n/format.ts';
import { display } from '../ui/display.ts';

export function lang(): Lang {
  return display().language;
}

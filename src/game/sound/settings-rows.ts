/**
 * The sound's rows of the Settings screen: sound on or off (what is heard: off by default in
 * projector mode), its volume, and the coast's music.
 */
import type { Settings } from '../../state/schema.ts';
import { inputNotesMessages } from '../../i18n/messages/input-notes.ts';
import { formatTemplate } from '../../i18n/format.ts';
import { display } from '../ui/display.ts';
import { soundLevel } from './score.ts';

/** The volume steps offered: soft, medium (the default), loud. */
export const VOLUME_STEPS = [35, 70, 100] as const;

function say(key: string): string {
  const lang = display().language;
  return formatTemplate(inputNotesMessages[lang][key] ?? key, {}, lang);
}

type Value = Settings[keyof Settings];

export function soundRows(): { setting: keyof Settings; label: string; options: { value: Value; label: string }[]; chosen?: (s: Settings, v: Value) => boolean }[] {
  return [
    {
      setting: 'sound',
      label: say('sound.settings.sound'),
      options: [
        { value: 'on', label: say('sound.settings.on') },
        { value: 'off', label: say('sound.settings.off') },
      ],
      // "auto" shows what it gives: off on the projector, on elsewhere.
      chosen: (s, v) => (v === 'off') === (soundLevel(s) === 0),
    },
    {
      setting: 'volume',
      label: say('sound.settings.volume'),
      options: VOLUME_STEPS.map((value, i) => ({ value, label: say(`sound.settings.volume.${['soft', 'medium', 'loud'][i]}`) })),
      // A volume saved between the steps shows on the nearest one.
      chosen: (s, v) => VOLUME_STEPS.reduce((best, step) => (Math.abs(step - s.volume) < Math.abs(best - s.volume) ? step : best)) === v,
    },
    {
      setting: 'music',
      label: say('sound.settings.music'),
      options: [
        { value: true, label: say('sound.settings.music.on') },
        { value: false, label: say('sound.settings.music.off') },
      ],
    },
  ];
}

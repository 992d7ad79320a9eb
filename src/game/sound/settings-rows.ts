/**
 * The sound's rows of the Settings screen: sound on or off (what is heard: off by default in
 * projector mode), its volume, and the coast's music.
 */
import type { Settings } from '../../state/schema.ts';
import { t } from '../../i18n/first-screen.ts';
import { soundLevel } from './score.ts';

/** The volume steps offered: soft, medium (the default), loud. */
const VOLUME_STEPS = [35, 70, 100] as const;

type Value = Settings[keyof Settings];

export function soundRows(): {
  setting: keyof Settings;
  label: string;
  options: { value: Value; label: string }[];
  chosen?: (s: Settings, v: Value) => boolean;
}[] {
  return [
    {
      setting: 'sound',
      label: t('sound.settings.sound'),
      options: [
        { value: 'on', label: t('sound.settings.on') },
        { value: 'off', label: t('sound.settings.off') },
      ],
      // "auto" shows what it gives: off on the projector, on elsewhere.
      chosen: (s, v) => (v === 'off') === (soundLevel(s) === 0),
    },
    {
      setting: 'volume',
      label: t('sound.settings.volume'),
      options: VOLUME_STEPS.map((value, i) => ({
        value,
        label: t(
          (['sound.settings.volume.soft', 'sound.settings.volume.medium', 'sound.settings.volume.loud'] as const)[i],
        ),
      })),
      // A volume saved between the steps shows on the nearest one.
      chosen: (s, v) =>
        VOLUME_STEPS.reduce((best, step) => (Math.abs(step - s.volume) < Math.abs(best - s.volume) ? step : best)) ===
        v,
    },
    {
      setting: 'music',
      label: t('sound.settings.music'),
      options: [
        { value: true, label: t('sound.settings.music.on') },
        { value: false, label: t('sound.settings.music.off') },
      ],
    },
  ];
}

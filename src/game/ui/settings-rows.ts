/**
 * The rows of the Settings screen, in their order: language, text size, text speed, reduced
 * motion, projector mode, then the sound's (game/sound/settings-rows.ts). Each row names the
 * stored setting it changes and the options offered, captioned in the player's language.
 */
import type { Settings } from '../../state/schema.ts';
import { systemWantsLessMotion } from './display.ts';
import { soundRows } from '../sound/settings-rows.ts';
import { t } from '../../i18n/first-screen.ts';

export type SettingsRow = {
  readonly setting: keyof Settings;
  readonly label: string;
  readonly options: readonly { value: Settings[keyof Settings]; label: string }[];
  /** Which option shows as chosen, when it is not simply the stored value (sound: what is heard). */
  readonly chosen?: (settings: Settings, value: Settings[keyof Settings]) => boolean;
};

export function settingsRows(): SettingsRow[] {
  return [
    {
      setting: 'language',
      label: t('settings.language'),
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      setting: 'textSize',
      label: t('settings.textSize'),
      options: (['normal', 'large', 'larger'] as const).map((v) => ({
        value: v,
        label: t(`settings.textSize.${v}`),
      })),
    },
    {
      setting: 'textSpeed',
      label: t('settings.textSpeed'),
      options: (['slow', 'normal', 'fast', 'instant'] as const).map((v) => ({
        value: v,
        label: t(`settings.textSpeed.${v}`),
      })),
    },
    // Off means "as the system": the browser's reduced-motion wish is always honoured (ui/display.ts), so the option says what it really gives.
    {
      setting: 'reducedMotion',
      label: t('settings.motion'),
      options: [
        {
          value: false,
          label: t('settings.motion.systemNow', {
            state: t(systemWantsLessMotion() ? 'settings.motion.stateReduced' : 'settings.motion.stateFull'),
          }),
        },
        { value: true, label: t('settings.motion.reduced') },
      ],
    },
    // Projector mode: the classroom's screens in high contrast (their type is already large).
    {
      setting: 'highContrast',
      label: t('settings.projector'),
      options: [
        { value: false, label: t('settings.projector.off') },
        { value: true, label: t('settings.projector.on') },
      ],
    },
    ...soundRows(),
  ];
}

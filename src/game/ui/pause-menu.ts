/**
 * The pause menu of the coast and the dialogue (Escape, or the Menu button): resume, the
 * settings, back to the title. Escape closes it again.
 */
import type Phaser from 'phaser';
import { MenuPanel } from './menu-panel.ts';
import { t } from '../../i18n/first-screen.ts';

interface PauseActions {
  readonly resume: () => void;
  readonly settings: () => void;
  readonly quit: () => void;
}

export function openPauseMenu(scene: Phaser.Scene, actions: PauseActions): MenuPanel {
  return new MenuPanel(scene, {
    title: t('pause.title'),
    scope: `${scene.scene.key}.menu`,
    onEscape: actions.resume,
    items: [
      { label: t('pause.resume'), id: 'pause.resume', onActivate: actions.resume },
      { label: t('pause.settings'), id: 'pause.settings', onActivate: actions.settings },
      { label: t('pause.quit'), id: 'pause.quit', onActivate: actions.quit },
    ],
  });
}

interface EndActions {
  /** Absent when there is no next chapter. */
  readonly next?: () => void;
  readonly coast: () => void;
  readonly title: () => void;
}

/** The end of a chapter: its closing text, then the next chapter, the coast or the title. */
export function openEndMenu(scene: Phaser.Scene, title: string, text: string, actions: EndActions): MenuPanel {
  return new MenuPanel(scene, {
    title,
    body: text,
    scope: `${scene.scene.key}.end`,
    items: [
      ...(actions.next ? [{ label: t('dialogue.endNext'), id: 'end.next', onActivate: actions.next }] : []),
      { label: t('dialogue.endCoast'), id: 'end.coast', onActivate: actions.coast },
      { label: t('dialogue.endHome'), id: 'end.title', onActivate: actions.title },
    ],
  });
}

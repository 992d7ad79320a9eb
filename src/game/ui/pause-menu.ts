/**
 * The pause menu of the coast and the dialogue (Escape, or the Menu button): resume, the
 * settings, back to the title. Escape closes it again.
 */
import type Phaser from 'phaser';
import { MenuPanel } from './menu-panel.ts';
import { gameText } from './messages.ts';

export interface PauseActions {
  readonly resume: () => void;
  readonly settings: () => void;
  readonly quit: () => void;
}

export function openPauseMenu(scene: Phaser.Scene, actions: PauseActions): MenuPanel {
  return new MenuPanel(scene, {
    title: gameText('pause.title'),
    scope: `${scene.scene.key}.menu`,
    onEscape: actions.resume,
    items: [
      { label: gameText('pause.resume'), id: 'pause.resume', onActivate: actions.resume },
      { label: gameText('pause.settings'), id: 'pause.settings', onActivate: actions.settings },
      { label: gameText('pause.quit'), id: 'pause.quit', onActivate: actions.quit },
    ],
  });
}

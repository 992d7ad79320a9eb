import Phaser from 'phaser';
import { peek } from '../flow/session.ts';
import { Mark, SceneKey } from '../keys.ts';
import { onDisplayChange, setDisplay } from '../ui/display.ts';
import { t } from '../../i18n/first-screen.ts';

/**
 * Boot: the settings the first screens need (language, text size, typing speed, reduced motion)
 * from a quick look at the save; on a first run the language follows the browser's.
 */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    performance.mark(Mark.boot);
    const saved = peek();
    // The page's title follows the language, now and whenever it changes.
    onDisplayChange((settings) => (document.title = t('title.name', {}, settings.language)));
    setDisplay(saved.settings);
    document.title = t('title.name', {}, saved.settings.language);
    document.documentElement.lang = saved.settings.language;
    // The canvas is a picture of what the DOM layer says and offers: screen readers read the layer.
    this.game.canvas.setAttribute('aria-hidden', 'true');
    this.scene.start(SceneKey.Preload);
  }
}

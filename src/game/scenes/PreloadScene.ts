import Phaser from 'phaser';
import { backgroundSvg } from '../art/backgrounds/index.ts';
import { followAddress } from '../flow/follow.ts';
import { GameEvent, Mark, SceneKey, TextureKey } from '../keys.ts';
import { frame } from '../ui/layout.ts';
import { loadArt, rasterise } from '../ui/art-loader.ts';
import { ProgressBar } from '../ui/progress-bar.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { startEarlyLoads } from '../flow/early.ts';
import { showScene } from '../on-screen.ts';
import { t } from '../../i18n/first-screen.ts';

/**
 * Preload: the title's art turned into a texture and our fonts ready (document.fonts), with a
 * progress bar. Both started before Phaser booted (flow/early.ts); everything else loads when a
 * scene first needs it, so the title comes fast.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preload);
  }

  create(): void {
    showScene(SceneKey.Preload);
    const f = frame(this);
    this.cameras.main.setBackgroundColor(Colours.sea);
    const bar = new ProgressBar(this, f.cx, f.cy + 30, Math.min(560, f.width - 80));
    const label = addText(this, f.cx, f.cy - 30, t('common.loading', { percent: 0 }), {
      size: 26,
      color: Colours.textOnDark,
      origin: [0.5, 0.5],
    });
    const early = startEarlyLoads();
    const total = early.fonts.length + 1;
    let done = 0;
    const step = (): void => {
      done++;
      bar.set(done / total);
      label.setText(t('common.loading', { percent: Math.round((done / total) * 100) }));
    };
    // Each face we draw with, not document.fonts.ready: that one also waits for the page's load event.
    const fontsReady = Promise.all(early.fonts.map((p) => p.then(step))).then(
      () => void performance.mark(Mark.fontsReady),
    );
    const artReady = early.titleImage.then(async (image) => {
      // Decoded before Phaser started; through the loader only if that failed.
      if (image && !this.textures.exists(TextureKey.titleBackground)) {
        this.textures.addImage(TextureKey.titleBackground, image);
        rasterise(this, TextureKey.titleBackground);
      } else if (!image)
        await loadArt(this, [
          { key: TextureKey.titleBackground, width: 1280, height: 720, svg: () => backgroundSvg('title') },
        ]);
      step();
      performance.mark(Mark.artReady);
    });
    void Promise.all([fontsReady, artReady])
      .then(() => followAddress(this.game, location.hash))
      .then((followed) => {
        if (followed) this.game.events.emit(GameEvent.firstScreen);
        else this.scene.start(SceneKey.Title);
      });
  }
}

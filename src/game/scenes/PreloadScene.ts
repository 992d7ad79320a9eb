import Phaser from 'phaser';
import { backgroundSvg } from '../art/backgrounds/index.ts';
import { followRoute } from '../flow/follow.ts';
import { parseRoute } from '../flow/router.ts';
import { BodyData, SceneKey, TextureKey } from '../keys.ts';
import { frame } from '../ui/layout.ts';
import { loadArt } from '../ui/art-loader.ts';
import { gameText } from '../ui/messages.ts';
import { ProgressBar } from '../ui/progress-bar.ts';
import { addText } from '../ui/text.ts';
import { Colours, FontFaces } from '../ui/theme.ts';

/**
 * Preload: the title's art turned into a texture and our fonts ready (document.fonts), with a
 * progress bar. Everything else loads when a scene first needs it, so the title comes fast.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preload);
  }

  create(): void {
    document.body.dataset[BodyData.scene] = SceneKey.Preload;
    const f = frame(this);
    this.cameras.main.setBackgroundColor(Colours.sea);
    const bar = new ProgressBar(this, f.cx, f.cy + 30, Math.min(560, f.width - 80));
    const label = addText(this, f.cx, f.cy - 30, gameText('common.loading', { percent: 0 }), { size: 26, color: Colours.textOnDark, origin: [0.5, 0.5] });
    let art = 0;
    let fonts = 0;
    const show = (): void => {
      const share = art * 0.7 + fonts * 0.3;
      bar.set(share);
      label.setText(gameText('common.loading', { percent: Math.round(share * 100) }));
    };
    const fontsReady = Promise.all(FontFaces.map((face) => document.fonts.load(face).then(() => {
      fonts += 1 / FontFaces.length;
      show();
    })))
      .then(() => document.fonts.ready)
      .catch(() => undefined); // a missing font falls back to the next family: never block the game
    const title = { key: TextureKey.titleBackground, width: 1280, height: 720, svg: () => backgroundSvg('title') };
    const artReady = loadArt(this, [title], (share) => {
      art = share;
      show();
    });
    void Promise.all([fontsReady, artReady]).then(() => {
      art = 1;
      show();
      const route = parseRoute(location.hash);
      if (route) void followRoute(this.game, route);
      else this.scene.start(SceneKey.Title);
    });
  }
}

/**
 * The Yee diagram over the plane: each pixel in the colour of the flag that would win if the
 * chosen flag stood there, with that flag's marker shape repeated over the regions (so the
 * picture reads without colour vision), ties in grey with "=" marks, and a legend pairing each
 * shape with its name. Coarse first, then fine, from the worker pool (or the GPU, yee-shader.ts).
 */
import Phaser from 'phaser';
import { candidateStyle } from '../art/index.ts';
import { drawMarker, drawShape, hex, Ink } from '../count/draw/kit.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import { YEE_NONE, YEE_TIE, type YeeImage } from '../../sandbox/yee/job.ts';
import type { MethodId } from '../../voting/method.ts';
import { Depth } from './plane-view.ts';
import type { PlaneBox, Rect } from '../../present/sandbox/layout.ts';
import { flagName, lang } from '../../present/sandbox/words.ts';
import { t } from '../../i18n/index.ts';

const TIE_GREY = 0xc8c8c8;
const LATTICE = 44;

interface YeeRequestView {
  readonly state: SandboxState;
  readonly flag: string;
  readonly method: MethodId;
}

export class YeeView {
  private image: Phaser.GameObjects.Image | undefined;
  private readonly lattice: Phaser.GameObjects.Graphics;
  private readonly legendMarks: Phaser.GameObjects.Graphics;
  private readonly legendTexts: Phaser.GameObjects.Text[] = [];
  private last: YeeImage | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: PlaneBox,
    private readonly legend: Rect,
  ) {
    this.lattice = scene.add.graphics().setDepth(Depth.lattice);
    this.legendMarks = scene.add.graphics();
  }

  clear(): void {
    this.image?.setVisible(false);
    this.lattice.clear();
    this.last = undefined;
  }

  /** Paints one image (coarse or fine) of the diagram. */
  paint(image: YeeImage, state: SandboxState): void {
    const { width, height, codes } = image;
    const key = `sandbox-yee-${width}x${height}`;
    let texture = this.scene.textures.exists(key)
      ? (this.scene.textures.get(key) as Phaser.Textures.CanvasTexture)
      : this.scene.textures.createCanvas(key, width, height);
    if (!texture) return;
    texture = texture as Phaser.Textures.CanvasTexture;
    const pixels = texture.context.createImageData(width, height);
    const colours = state.flags.map((_, i) => hex(candidateStyle(i).colour));
    for (let j = 0; j < height; j++) {
      // Row 0 of the diagram runs along the bottom of the plane; images start at the top.
      const out = (height - 1 - j) * width;
      for (let i = 0; i < width; i++) {
        const code = codes[j * width + i];
        const colour = code === YEE_TIE ? TIE_GREY : code === YEE_NONE ? 0xffffff : (colours[code] ?? 0xffffff);
        const o = (out + i) * 4;
        pixels.data[o] = colour >> 16;
        pixels.data[o + 1] = (colour >> 8) & 0xff;
        pixels.data[o + 2] = colour & 0xff;
        pixels.data[o + 3] = 255;
      }
    }
    texture.context.putImageData(pixels, 0, 0);
    texture.refresh();
    texture.setFilter(Phaser.Textures.FilterMode.NEAREST);
    if (!this.image) this.image = this.scene.add.image(0, 0, key).setOrigin(0).setDepth(Depth.yee).setAlpha(0.62);
    this.image
      .setTexture(key)
      .setPosition(this.box.x, this.box.y)
      .setDisplaySize(this.box.w, this.box.h)
      .setVisible(true);
    this.last = image;
    this.drawLattice(state);
  }

  /** The winner's shape every LATTICE pixels, so regions can be told apart without colour. */
  private drawLattice(state: SandboxState): void {
    const g = this.lattice.clear();
    const image = this.last;
    if (!image) return;
    const { x, y, w, h } = this.box;
    const rows = this.box.dimensions === 1 ? [y + h / 2 - 40, y + h / 2 + 40] : [];
    if (this.box.dimensions === 2) for (let sy = y + LATTICE / 2; sy < y + h; sy += LATTICE) rows.push(sy);
    for (const sy of rows) {
      for (let sx = x + LATTICE / 2; sx < x + w; sx += LATTICE) {
        const i = Math.min(image.width - 1, Math.floor(((sx - x) / w) * image.width));
        const j = image.height === 1 ? 0 : Math.min(image.height - 1, Math.floor(((y + h - sy) / h) * image.height));
        const code = image.codes[j * image.width + i];
        if (code === YEE_TIE) {
          g.lineStyle(2, Ink.ink, 0.7)
            .lineBetween(sx - 5, sy - 3, sx + 5, sy - 3)
            .lineBetween(sx - 5, sy + 3, sx + 5, sy + 3);
        } else if (code < state.flags.length) {
          const style = candidateStyle(code);
          drawShape(g, style.shape, sx, sy, 5, hex(style.colour), hex(style.ink));
        }
      }
    }
  }

  /** The legend under the plane: method, moving flag, and each flag's shape and name. */
  drawLegend(request: YeeRequestView | undefined, status: 'coarse' | 'fine' | 'error' | undefined, help: string): void {
    for (const t of this.legendTexts.splice(0)) t.destroy();
    const g = this.legendMarks.clear();
    const { x, y, w } = this.legend;
    if (!request) {
      this.legendTexts.push(addText(this.scene, x, y - 2, help, { size: 13, color: Colours.textOnDark, wrap: w }));
      return;
    }
    const { state } = request;
    const title = `${t('sandbox.yee.short', { flag: flagName(state, request.flag) })}${status === 'coarse' ? ` ${t('sandbox.yee.coarse')}` : status === 'error' ? ` ${t('sandbox.yee.error')}` : ''}`;
    const heading = addText(this.scene, x, y, title, { size: 13, color: Colours.textOnDark });
    while (heading.width > w && heading.text.length > 10)
      heading.setText(`${heading.text.replace(/…$/, '').slice(0, -2)}…`);
    this.legendTexts.push(heading);
    const row = y + 24;
    const entries: [number | 'tie', string][] = [
      ...state.flags.map((f, i) => [i, f.name[lang()]] as [number, string]),
      ['tie', t('sandbox.yee.tie')],
    ];
    const texts = entries.map(([, name]) =>
      addText(this.scene, 0, row, name, { size: 14, color: Colours.textOnDark, origin: [0, 0.5] }),
    );
    // Every flag must be in the legend: the longest names are shortened until the row fits.
    const width = (): number => texts.reduce((sum, t) => sum + t.width + 40, 0);
    for (let guard = 0; width() > w && guard < 200; guard++) {
      const longest = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      if (longest.text.length <= 4) break;
      longest.setText(`${longest.text.replace(/…$/, '').slice(0, -2)}…`);
    }
    let cx = x;
    entries.forEach(([index], k) => {
      g.fillStyle(index === 'tie' ? TIE_GREY : hex(candidateStyle(index).colour), 1).lineStyle(2, Ink.ink, 1);
      g.fillRect(cx, row - 9, 18, 18).strokeRect(cx, row - 9, 18, 18);
      if (index === 'tie')
        g.lineBetween(cx + 4, row - 3, cx + 14, row - 3).lineBetween(cx + 4, row + 3, cx + 14, row + 3);
      else drawMarker(g, index, cx + 9, row, 6);
      texts[k].setX(cx + 24);
      this.legendTexts.push(texts[k]);
      cx += 24 + texts[k].width + 16;
    });
  }

  destroy(): void {
    this.image?.destroy();
    this.lattice.destroy();
    this.legendMarks.destroy();
    for (const t of this.legendTexts.splice(0)) t.destroy();
  }
}

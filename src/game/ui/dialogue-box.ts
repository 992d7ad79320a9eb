/**
 * The dialogue box: a speaker's name tag and a line that types out at the player's text speed.
 * The line is wrapped once, in full, before it types, so words never jump from one line to the
 * next while they appear; `skip()` shows the whole line at once.
 */
import { largestFitting } from './give-way.ts';
import Phaser from 'phaser';
import { display, reducedMotion } from './display.ts';
import { drawPanel } from './panel.ts';
import { addText } from './text.ts';
import { Colours, TypingSpeed } from './theme.ts';

interface DialogueBoxLayout {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Room kept at the left for the portrait. */
  readonly textLeft: number;
}

export class DialogueBox extends Phaser.GameObjects.Container {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly nameTag: Phaser.GameObjects.Graphics;
  private readonly nameText: Phaser.GameObjects.Text;
  private readonly lineText: Phaser.GameObjects.Text;
  private readonly more: Phaser.GameObjects.Graphics;
  private full = '';
  private shown = 0;
  private timer: Phaser.Time.TimerEvent | undefined;
  private moreTween: Phaser.Tweens.Tween | undefined;
  private onDone: (() => void) | undefined;

  constructor(
    scene: Phaser.Scene,
    private readonly layout: DialogueBoxLayout,
  ) {
    super(scene, 0, 0);
    const { x, y, width, height } = layout;
    this.panel = drawPanel(scene.add.graphics(), x + width / 2, y + height / 2, width, height);
    this.nameTag = scene.add.graphics();
    this.nameText = addText(scene, x + layout.textLeft + 18, y - 20, '', {
      size: 24,
      bold: true,
      color: Colours.textOnDark,
      origin: [0, 0.5],
    });
    this.lineText = addText(scene, x + layout.textLeft, y + 22, '', { size: 26, lineSpacing: 6 });
    this.more = scene.add.graphics();
    this.add([this.panel, this.nameTag, this.nameText, this.lineText, this.more]);
    scene.add.existing(this);
  }

  get typing(): boolean {
    return this.shown < this.full.length;
  }

  /** Shows a line (speaker may be empty for narration) and types it; `onDone` when all is shown. */
  say(
    speaker: string,
    text: string,
    options: { italic?: boolean; portrait?: boolean; onDone?: () => void } = {},
  ): void {
    this.stopTyping();
    const { x, y, width, height } = this.layout;
    // Without a portrait the line takes the whole box.
    const textLeft = options.portrait === false ? 28 : this.layout.textLeft;
    this.onDone = options.onDone;
    this.drawName(speaker, textLeft);
    const wrapWidth = width - textLeft - 40;
    this.lineText.setFontStyle(options.italic ? 'italic' : '');
    this.lineText.setWordWrapWidth(wrapWidth, true);
    // Wrap the whole line first; then type the wrapped text with wrapping off.
    const lines = this.lineText.getWrappedText(text);
    this.full = lines.join('\n');
    this.lineText.setWordWrapWidth(null);
    this.lineText.setText(this.full);
    this.fit(height - 44, parseInt(String(this.lineText.style.fontSize), 10));
    this.lineText.setPosition(x + textLeft, y + 22);
    this.shown = 0;
    this.lineText.setText('');
    this.more.clear();
    const speed = TypingSpeed[display().textSpeed];
    if (!Number.isFinite(speed)) {
      this.finish();
      return;
    }
    const perTick = Math.max(1, Math.round(speed / 60));
    this.timer = this.scene.time.addEvent({
      delay: (1000 * perTick) / speed,
      loop: true,
      callback: () => {
        this.shown = Math.min(this.full.length, this.shown + perTick);
        this.lineText.setText(this.full.slice(0, this.shown));
        if (!this.typing) this.finish();
      },
    });
  }

  /** The whole line at once (the player pressed a key while it typed). */
  skip(): void {
    if (this.typing) this.finish();
  }

  private fit(maxHeight: number, startSize: number): void {
    if (this.lineText.height <= maxHeight || startSize <= 16) return;
    this.lineText.setFontSize(
      largestFitting(startSize - 1, 16, (size) => this.lineText.setFontSize(size).height <= maxHeight),
    );
  }

  private finish(): void {
    this.stopTyping();
    this.shown = this.full.length;
    this.lineText.setText(this.full);
    this.drawMore();
    const done = this.onDone;
    this.onDone = undefined;
    done?.();
  }

  private stopTyping(): void {
    this.timer?.remove(false);
    this.timer = undefined;
    this.moreTween?.stop();
    this.moreTween = undefined;
  }

  private drawName(speaker: string, textLeft: number): void {
    const { x, y } = this.layout;
    this.nameText.setText(speaker).setX(x + textLeft + 18);
    this.nameTag.clear();
    if (!speaker) return;
    const w = this.nameText.width + 36;
    this.nameTag.fillStyle(Colours.sea, 1);
    this.nameTag.fillRoundedRect(x + textLeft, y - 40, w, 40, 12);
    this.nameTag.lineStyle(3, Colours.panelEdge, 1);
    this.nameTag.strokeRoundedRect(x + textLeft, y - 40, w, 40, 12);
  }

  /** The "more" arrow: a triangle at the bottom right that bobs (still when motion is reduced). */
  private drawMore(): void {
    const { x, y, width, height } = this.layout;
    const g = this.more;
    g.clear();
    g.setPosition(x + width - 36, y + height - 26);
    g.fillStyle(Colours.coral, 1);
    g.fillTriangle(-12, -8, 12, -8, 0, 8);
    g.lineStyle(2, Colours.ink, 1);
    g.strokeTriangle(-12, -8, 12, -8, 0, 8);
    if (!reducedMotion()) {
      this.moreTween = this.scene.tweens.add({
        targets: g,
        y: g.y + 6,
        duration: 450,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }

  hideMore(): void {
    this.moreTween?.stop();
    this.moreTween = undefined;
    this.more.clear();
  }

  override destroy(fromScene?: boolean): void {
    this.stopTyping();
    super.destroy(fromScene);
  }
}

import { chartLines } from '../../present/count/chart-lines.ts';
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { ArtKey, methodIconSvg, type MethodFamily } from '../art/index.ts';
import { bindScene } from '../bind.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { sizeImage } from '../ui/art-loader.ts';
import type { Family } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import { electionPart, type CountData } from '../count/data.ts';
import { drawView, type Area } from '../count/draw/index.ts';
import { Ink, panel, typeScale, write, type Pen } from '../count/draw/kit.ts';
import { countFrames } from '../../present/count/frames.ts';
import { afterFrame } from '../../present/flow/journey.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { animated, backdropArt, CountBody, loadCountArt, penFor } from '../count/stage.ts';
import type { CountFrame } from '../../present/count/views.ts';
import { probe } from '../../probe.ts';
import { playEffect } from '../sound/player.ts';
import { countPause, type CountPause } from '../count/pause.ts';
import { rememberPlace } from '../count/place.ts';
import { touchDevice } from '../ui/touch.ts';
import { gameKey } from '../../present/keys.ts';

/** How much larger the count's type is drawn in a portrait frame (see the pen). */
const PORTRAIT_TYPE = 1.45;

/** The art family drawn for each engine family. */
const ICON: Record<Family, MethodFamily> = {
  plurality: 'plurality',
  runoff: 'runoff',
  positional: 'points',
  condorcet: 'duels',
  graded: 'grades',
  proportional: 'seats',
  committee: 'seats',
  chance: 'chance',
};

/**
 * One method's count, step by step: the chart the engine's explanation describes, the words of
 * that step (also said in the live region), → or Space for the next step, ← for the one before,
 * End for the last step, Escape for the pause menu (as everywhere in the game). The frames are
 * built from the Result only: nothing is counted here.
 */
export class CountScene extends Phaser.Scene {
  private data_!: CountData;
  private words!: ScenarioWords;
  private pen!: Pen;
  private frames: CountFrame[] = [];
  private at = -1;
  /** The step whose animation is over (the probe's countDrawn). */
  private drawn = -1;
  private chart!: Phaser.GameObjects.Container;
  private chartArea!: Area;
  private explanation!: Phaser.GameObjects.Text;
  /** The keys' hint at the side panel's foot: the explanation stops above it. */
  private hint!: Phaser.GameObjects.Text;
  private counter!: Phaser.GameObjects.Text;
  private tieMark!: Phaser.GameObjects.Text;
  private nextButton!: Button;
  private previousButton!: Button;
  private alive = false;
  private pause!: CountPause;

  constructor() {
    super(SceneKey.Count);
  }

  create(data: CountData): void {
    this.data_ = data;
    this.alive = true;
    this.at = -1;
    this.drawn = -1;
    const binding = bindScene(this);
    this.pause = countPause(this, data.lang, data.returnTo === SceneKey.Coast, (lang) =>
      this.scene.restart({ ...data, lang, step: this.at }),
    );
    binding.enterA11y({ onEscape: () => this.pause.open() });
    binding.onShutdown(() => {
      this.alive = false;
      probe.clear(CountBody.step, CountBody.drawn);
      probe.clear(CountBody.ready);
    });
    binding.listen(window, 'keydown', (event) => {
      if (this.pause.covered) return;
      const key = gameKey(event.key);
      if (key === 'End') {
        event.preventDefault();
        this.show(this.frames.length - 1);
      } else if (key === 'ArrowRight' || (key === ' ' && !(document.activeElement instanceof HTMLButtonElement))) {
        event.preventDefault();
        this.show(this.at + 1);
      } else if (key === 'ArrowLeft') {
        event.preventDefault();
        this.show(this.at - 1);
      }
    });
    this.words = new ScenarioWords(data.scenario, data.lang, data.entry);
    // Upright phones: the 720-wide frame is drawn at about half size; 16 frame px × 1.45 is 12.5 px on a 390-wide screen.
    this.pen = { ...penFor(this), scale: frame(this).portrait ? PORTRAIT_TYPE : 1 };
    const family = ICON[methods[data.method].info.family];
    const icon = { key: ArtKey.method[family], width: 128, height: 128, svg: () => methodIconSvg(family) };
    void loadCountArt(this, [backdropArt(), icon]).then(() => {
      if (this.alive) this.build(icon.key);
    });
  }

  private build(iconKey: string): void {
    const f = frame(this);
    const words = this.words;
    const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
    bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
    this.add.rectangle(0, 0, f.width, f.height, 0x0b2233, 0.45).setOrigin(0);
    sizeImage(this.add.image(50, 44, iconKey), 64);
    const title = words.msg('count.count.title', { method: words.method(this.data_.method) });
    const heading = write(this.pen, 96, 22, title, {
      size: 30,
      bold: true,
      title: true,
      colour: '#fff6e6',
      // Upright, the step counter goes under the title (at the larger text settings the two do not fit side by side).
      width: f.width - (f.portrait ? 126 : 300),
    });
    const k = this.pen.scale ?? 1;
    for (let size = 30; heading.height > 48 * k && size > 18; size -= 2) heading.setFontSize(Math.round(size * k));
    const counterY = f.portrait ? Math.max(80, heading.y + heading.height + 4) : 26;
    // Measured on a figure (an empty text has no height), so that the lines below clear it.
    this.counter = write(this.pen, f.width - 30, counterY, '0', {
      size: 20,
      colour: '#fff6e6',
      align: 'right',
    }).setOrigin(1, 0);
    const counterH = this.counter.height;
    this.counter.setText('');
    const tieY = counterY + (f.portrait ? counterH + 2 : 30);
    this.tieMark = write(this.pen, f.width - 30, tieY, '', {
      size: 20,
      bold: true,
      colour: '#ffd23f',
      align: 'right',
    }).setOrigin(1, 0);

    const g = this.add.graphics();
    // Portrait: the chart above, the step's words below, over the whole height the phone gives
    // (the frame is 1280 to 1600 tall) down to the buttons.
    const top = Math.max(96, heading.y + heading.height + 14, tieY + counterH + 8);
    const room = f.height - 100 - top;
    const chartBox = f.portrait
      ? // At the larger text settings a chart's rows need a little more of the height (names above their bars).
        { x: 16, y: top, w: f.width - 32, h: Math.round(room * (this.pen.textSize === 'normal' ? 0.6 : 0.64)) }
      : { x: 16, y: 92, w: 850, h: 530 };
    const textBox = f.portrait
      ? { x: 16, y: chartBox.y + chartBox.h + 14, w: f.width - 32, h: room - chartBox.h - 14 }
      : { x: 882, y: 92, w: f.width - 898, h: 530 };
    panel(g, chartBox.x, chartBox.y, chartBox.w, chartBox.h);
    panel(g, textBox.x, textBox.y, textBox.w, textBox.h, Ink.shade);
    this.chartArea = { x: chartBox.x + 24, y: chartBox.y + 20, w: chartBox.w - 48, h: chartBox.h - 40 };
    this.chart = this.add.container(0, 0);
    // Both texts keep to the side panel (the browser tests check it through `within`).
    this.explanation = write(this.pen, textBox.x + 22, textBox.y + 22, '', { size: 22, width: textBox.w - 44 }).setData(
      'within',
      textBox,
    );
    // Keys on a keyboard, the buttons' names on a touch screen; two or three lines, from the panel's foot.
    this.hint = write(
      this.pen,
      textBox.x + 22,
      textBox.y + textBox.h - 14,
      words.msg(touchDevice() ? 'keys.count.touch' : 'keys.count.hint'),
      { size: 16, colour: '#5b4a5e', width: textBox.w - 44 },
    )
      .setOrigin(0, 1)
      .setData('within', textBox);

    const y = f.height - 50;
    const bw = f.portrait ? 210 : 250;
    this.previousButton = new Button(this, {
      x: f.cx - bw - 20,
      y,
      width: bw,
      height: 58,
      fontSize: 22,
      label: `← ${words.msg('count.count.previous')}`,
      ariaLabel: words.msg('count.count.previous'),
      onActivate: () => this.show(this.at - 1),
      id: 'count.previous',
    });
    this.nextButton = new Button(this, {
      x: f.cx,
      y,
      width: bw,
      height: 58,
      fontSize: 22,
      label: `${words.msg('count.count.next')} →`,
      ariaLabel: words.msg('count.count.next'),
      onActivate: () => this.nextOrLeave(),
      id: 'count.next',
    });
    new Button(this, {
      x: f.cx + bw + 20,
      y,
      width: bw,
      height: 58,
      fontSize: 22,
      label: words.msg('count.count.end'),
      onActivate: () => this.show(this.frames.length - 1),
      id: 'count.end',
    });

    const count = this.data_.entry.counted.counts.find((k) => k.method === this.data_.method);
    if (!count?.result) {
      const error = count?.error ? this.words.explain({ key: count.error.key, params: count.error.params }) : '';
      const text = words.msg('count.count.error', { method: words.method(this.data_.method), error });
      this.setExplanation(text);
      a11y().announce(text);
      this.frames = [];
      this.nextButton.setLabel(words.msg('count.count.continue'));
    } else {
      this.frames = countFrames(count.result);
      // Redrawn in another language (or after a reload): on the step the player was reading.
      this.show(this.data_.step ?? 0);
    }
    probe.set(CountBody.ready, SceneKey.Count);
    probe.set(BodyData.ready, SceneKey.Count);
    this.nextButton.focus();
  }

  private show(index: number): void {
    if (this.frames.length === 0 || !this.chart) return;
    const i = Math.max(0, Math.min(this.frames.length - 1, index));
    if (i === this.at) return;
    const forward = i === this.at + 1;
    const previous = this.at >= 0 ? this.frames[this.at].view : undefined;
    this.at = i;
    const current = this.frames[i];
    this.chart.removeAll(true);
    this.tweens.killAll();
    const result = this.data_.entry.counted.counts.find((k) => k.method === this.data_.method)!.result!;
    drawView(
      {
        pen: this.pen,
        words: this.words,
        area: this.chartArea,
        candidates: result.candidates,
        previous: forward ? previous : undefined,
        animate: animated() && forward,
        layer: this.chart,
      },
      current.view,
    );
    const text = this.words.explain(current.step);
    this.setExplanation(text);
    const position = this.words.msg('count.count.step', { n: i + 1, total: this.frames.length });
    this.counter.setText(position);
    this.tieMark.setText(current.tieBreak ? `⚖ ${this.words.msg('count.count.tieBreak')}` : '');
    const last = i === this.frames.length - 1;
    this.nextButton.setLabel(last ? this.words.msg('count.count.continue') : `${this.words.msg('count.count.next')} →`);
    this.nextButton.control.setLabel(
      last ? this.words.msg('count.count.continue') : this.words.msg('count.count.next'),
    );
    this.previousButton.setDisabled(i === 0);
    // The chart's mechanism in words too: where ballots went, Borda's points rank by rank.
    const chart = current.view.kind === 'bars' ? chartLines(this.words, current.view) : [];
    a11y().announce([position, text, ...chart]);
    probe.set(CountBody.step, `${i + 1}/${this.frames.length}`);
    rememberPlace(this.data_, this.data_.method, i);
    // Forward only: going back through the steps stays quiet.
    if (forward) playEffect(last ? 'winner' : 'step');
  }

  /**
   * The step's words and the keys' hint at the player's text size, or smaller when a long step
   * at the larger settings would run into the hint: the larger of the two gives way first, and
   * neither goes under 16 frame px (24 px on a 1920 × 1080 projector).
   */
  private setExplanation(text: string): void {
    const e = this.explanation;
    const hint = this.hint;
    const least = Math.round(16 * (this.pen.scale ?? 1));
    let size = Math.round(22 * typeScale(this.pen));
    let hintSize = Math.round(16 * typeScale(this.pen));
    e.setFontSize(size).setText(text);
    hint.setFontSize(hintSize);
    while (e.y + e.height > hint.y - hint.height - 12 && Math.max(size, hintSize) > least) {
      if (size >= hintSize) e.setFontSize(--size);
      else hint.setFontSize(--hintSize);
    }
  }

  override update(): void {
    // For the browser tests: the step's picture is whole once no tween is left (with reduced
    // motion, at the first frame), so a screenshot shows the step and not its animation.
    if (this.drawn === this.at || this.at < 0 || this.tweens.getTweens().length > 0) return;
    this.drawn = this.at;
    probe.set(CountBody.drawn, `${this.at + 1}/${this.frames.length}`);
  }

  private nextOrLeave(): void {
    const to = afterFrame(this.at, this.frames.length);
    if (to.kind === 'frame') this.show(to.at);
    else this.scene.start(SceneKey.Results, { ...electionPart(this.data_), focus: this.data_.method });
  }
}

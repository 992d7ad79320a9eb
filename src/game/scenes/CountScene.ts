import { firstFitting, givingWay } from '../ui/give-way.ts';
import { chartLines } from '../../present/count/chart-lines.ts';
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { ArtKey, methodIconSvg, type MethodFamily } from '../art/index.ts';
import { bindScene } from '../bind.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import type { Family } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import { electionPart, type CountData } from '../count/data.ts';
import { drawView, type Area } from '../count/draw/index.ts';
import { layOutCount } from '../count/count-layout.ts';
import { typeScale, type Pen } from '../count/draw/kit.ts';
import { countFrames } from '../../present/count/frames.ts';
import { stepWordings } from '../../present/count/seat-words.ts';
import { afterFrame } from '../../present/flow/journey.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { animated, backdropArt, CountBody, loadCountArt, penFor } from '../count/stage.ts';
import type { CountFrame } from '../../present/count/views.ts';
import { probe } from '../../probe.ts';
import { playEffect } from '../sound/player.ts';
import { countPause, type CountPause } from '../count/pause.ts';
import { rememberPlace } from '../count/place.ts';
import { RankDetail } from '../count/rank-detail.ts';
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
  /** Borda's whole lines on demand, when they do not fit under the bars. */
  private rankDetail!: RankDetail;

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
      probe.clear(CountBody.step, CountBody.drawn, 'countDetail');
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
    const words = this.words;
    const parts = layOutCount(this, this.pen, words, this.data_.method, iconKey, {
      previous: () => this.show(this.at - 1),
      next: () => this.nextOrLeave(),
      end: () => this.show(this.frames.length - 1),
    });
    ({
      counter: this.counter,
      tieMark: this.tieMark,
      chart: this.chart,
      chartArea: this.chartArea,
      explanation: this.explanation,
      hint: this.hint,
      previousButton: this.previousButton,
      nextButton: this.nextButton,
    } = parts);
    this.rankDetail = new RankDetail(this.pen, words, parts.chartArea, parts.cardArea, [
      this.chart,
      this.explanation,
      this.hint,
    ]);

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
    let onDemand = false;
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
        ranksOnDemand: () => (onDemand = true),
      },
      current.view,
    );
    this.rankDetail.set(current.view.kind === 'bars' ? current.view : undefined, onDemand);
    this.whenDrawn(i);
    // The step's own words, or a shorter wording when they cannot fit the panel (a hundred seats' order).
    const text = this.words.explain(current.step);
    this.setExplanation(
      text,
      ...stepWordings(current.step)
        .slice(1)
        .map((w) => this.words.explain(w)),
    );
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
   * neither goes under 16 frame px (24 px on a 1920 × 1080 projector). Words that still do not
   * fit give way to the next of the `shorter` wordings.
   */
  private setExplanation(text: string, ...shorter: string[]): void {
    const e = this.explanation;
    const hint = this.hint;
    const least = Math.round(16 * (this.pen.scale ?? 1));
    const overflows = () => e.y + e.height > hint.y - hint.height - 12;
    const states = givingWay(Math.round(22 * typeScale(this.pen)), Math.round(16 * typeScale(this.pen)), least);
    const show = ([size, hintSize]: readonly [number, number]): void => {
      e.setFontSize(size);
      hint.setFontSize(hintSize);
    };
    for (const wording of [text, ...shorter]) {
      e.setText(wording);
      const fitting = firstFitting(states, (state) => (show(state), !overflows()));
      if (fitting) return show(fitting);
    }
    // Nothing fits: the last wording at the least sizes, as a step-by-step search would leave it.
    show(states[states.length - 1]);
  }

  /**
   * For the browser tests: the step's picture is whole once every tween its drawing started has
   * completed (with reduced motion, none), and then rendered once, so that a screenshot shows the
   * step and not its animation. A step left before then (its tweens killed) never says so.
   */
  private whenDrawn(step: number): void {
    const running = this.tweens.getTweens();
    let left = running.length;
    const settled = (): void => {
      if (--left > 0) return;
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        if (!this.alive || this.at !== step || this.drawn === step) return;
        this.drawn = step;
        probe.set(CountBody.drawn, `${step + 1}/${this.frames.length}`);
      });
    };
    if (left === 0) {
      left = 1;
      settled();
    }
    for (const tween of running) tween.once(Phaser.Tweens.Events.TWEEN_COMPLETE, settled);
  }

  private nextOrLeave(): void {
    const to = afterFrame(this.at, this.frames.length);
    if (to.kind === 'frame') this.show(to.at);
    else this.scene.start(SceneKey.Results, { ...electionPart(this.data_), focus: this.data_.method });
  }
}

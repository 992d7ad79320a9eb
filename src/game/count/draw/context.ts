/** What every chart drawer is given: where to draw, with which words, and how much motion. */
import type Phaser from 'phaser';
import type { ScenarioWords } from '../../../scenario/words.ts';
import type { CountView } from '../../../present/count/views.ts';
import type { Pen } from './kit.ts';

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface ChartContext {
  readonly pen: Pen;
  readonly words: ScenarioWords;
  readonly area: Area;
  /** The options the chart lists, in a stable order (rows never jump between frames). */
  readonly candidates: readonly string[];
  /** The chart shown just before, for animated changes (bars growing, ballots moving). */
  readonly previous?: CountView;
  /** False with reduced motion: the chart appears in its final state. */
  readonly animate: boolean;
  /** Everything the drawer creates goes in here, so the scene can clear it in one call. */
  readonly layer: Phaser.GameObjects.Container;
  /** Called when Borda's whole lines do not fit under the bars: the scene offers them on demand. */
  readonly ranksOnDemand?: () => void;
}

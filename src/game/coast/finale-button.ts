/**
 * The finale's way in from the coast, once chapter 9 is over: a button on the beach (replay at
 * will), and the first time the coast opens after the last chapter, the party starts by itself.
 * The store remembers when it was seen to its end.
 */
import type Phaser from 'phaser';
import { translator } from '../../i18n/translate.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { finale, type CoastProgress } from '../../present/flow/coast-world.ts';
import { freeSpot, type Box } from '../../present/flow/coast-crowd.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import { storeNow } from '../flow/session.ts';
import { switchTo } from '../flow/navigate.ts';
import { SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { display } from '../ui/display.ts';
import { TextScale } from '../ui/theme.ts';
import { touchHitSize } from '../ui/touch.ts';
import { FinaleStage } from './finale-stage.ts';
import type { CoastCast } from './residents.ts';

const { t } = translator(coastWorldMessages);

interface BeachFinale {
  readonly scene: Phaser.Scene;
  /** Where its button stands (finaleButtonBox). */
  readonly at: Box;
  readonly place: (place: CoastPlace) => { x: number; y: number };
  readonly progress: CoastProgress;
  readonly cast: CoastCast['cast'];
  /** The player's crab: the finale draws Nacre in the gathering, so the walker hides meanwhile. */
  readonly crab: Phaser.GameObjects.Container | undefined;
  /** The residents by their places: they gather on the beach instead, so they hide meanwhile too. */
  readonly residents: { setShown(shown: boolean): void } | undefined;
  readonly menu: () => void;
  /** Something else is open (the pause menu): the finale waits. */
  readonly busy: () => boolean;
  /** Back on the coast after the finale. */
  readonly closed: () => void;
}

/** Room for its words on two lines at a raised text size (a phone held sideways), not shrunk below it. */
const BUTTON_WIDTH = 280;
const buttonHeight = (): number => Math.round(48 * TextScale[display().textSize]);

/**
 * Where the finale's button stands (none before chapter 9 is done): right of the beach and a little
 * above it, or the nearest spot on the map (`area`) that covers none of `obstacles` (the signs,
 * the places' names, the Menu button, the caption along the top). The residents are then laid out
 * clear of it: on an upright phone it was drawn over one of the rock pools' residents.
 * The box is what a finger reaches (its hit area grows to a finger's size on a touch screen).
 */
export function finaleButtonBox(
  scene: Phaser.Scene,
  beach: { x: number; y: number },
  progress: CoastProgress,
  area: Box,
  obstacles: readonly Box[],
): Box | undefined {
  if (!finale(progress)) return undefined;
  const reach = touchHitSize(scene.scale);
  const w = Math.max(BUTTON_WIDTH, reach);
  const h = Math.max(buttonHeight(), reach);
  return freeSpot({ w, h }, { x: beach.x + 140 - w / 2, y: beach.y - 30 - h / 2 }, area, obstacles);
}

/** The finale's stage (none before chapter 9 is done). */
export function finaleOnBeach(o: BeachFinale): FinaleStage | undefined {
  const lines = finale(o.progress);
  if (!lines) return undefined;
  const stage = new FinaleStage(o.scene, o.place, o.progress, o.cast, {
    menu: o.menu,
    seen: () => storeNow()?.getState().sawFinale(),
    credits: () => void switchTo(o.scene.game, SceneKey.Credits, {}),
    closed: () => {
      o.crab?.setVisible(true);
      o.residents?.setShown(true);
      button.setLabel(t('world.finale.again'));
      o.closed();
    },
  });
  const play = (): void => {
    if (stage.open || o.busy()) return;
    o.crab?.setVisible(false);
    o.residents?.setShown(false);
    void stage.play(lines);
  };
  const button = new Button(o.scene, {
    x: o.at.x + o.at.w / 2,
    y: o.at.y + o.at.h / 2,
    width: BUTTON_WIDTH,
    height: buttonHeight(),
    label: t(o.progress.finaleSeen ? 'world.finale.again' : 'world.finale.open'),
    id: 'coast.finale',
    onActivate: play,
  });
  button.setDepth(6);
  if (!o.progress.finaleSeen) play();
  return stage;
}

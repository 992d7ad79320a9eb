/**
 * The dialogue's fixed parts, placed for the screen: the stage (place, cast, portrait) above
 * the text box, the "next" button on the box's edge, the menu button in the corner, and a zone
 * over the whole screen that takes a click or a touch as "next".
 */
import type Phaser from 'phaser';
import type { ScenarioData } from '../../scenario/schema.ts';
import { Button } from '../ui/button.ts';
import { DialogueBox } from '../ui/dialogue-box.ts';
import { display } from '../ui/display.ts';
import type { Frame } from '../ui/layout.ts';
import { Stage } from '../ui/stage.ts';
import { touchHitSize } from '../ui/touch.ts';
import { t } from '../../i18n/first-screen.ts';

export interface DialogueParts {
  readonly stage: Stage;
  readonly box: DialogueBox;
  readonly next: Button;
  /** The top of the text box: cards and choice lists stay above it. */
  readonly boxTop: number;
}

export function layOutDialogue(
  scene: Phaser.Scene,
  f: Frame,
  scenario: ScenarioData,
  on: { readonly advance: () => void; readonly menu: () => void },
): DialogueParts {
  const { width: w, height: h, portrait } = f;
  const size = display().textSize;
  const boxHeight = (portrait ? 300 : 200) + (size === 'normal' ? 0 : size === 'large' ? 30 : 60);
  const boxTop = h - boxHeight - 16;
  const stage = new Stage(scene, f, scenario, {
    groundY: boxTop - (portrait ? 60 : 8),
    rowLeft: portrait ? 30 : 330,
    portraitX: portrait ? 130 : 170,
    // Above the box, whole: the face is never cut.
    portraitY: portrait ? boxTop - 300 : boxTop - 52,
    portraitSize: portrait ? 220 : 270,
  });
  scene.add
    .zone(w / 2, h / 2, w, h)
    .setInteractive()
    .on('pointerup', on.advance);
  const box = new DialogueBox(scene, { x: 16, y: boxTop, width: w - 32, height: boxHeight, textLeft: 28 });
  const next = new Button(scene, {
    x: w - 120,
    y: boxTop - 34,
    width: 190,
    height: 48,
    fontSize: 22,
    label: `${t('dialogue.next')} ▸`,
    ariaLabel: t('dialogue.next'),
    id: 'dialogue.next',
    onActivate: on.advance,
  });
  new Button(scene, {
    x: w - 80,
    // On a touch screen the hit area grows to a finger's size: it must not start above the screen.
    y: Math.max(36, touchHitSize(scene.scale) / 2),
    width: 130,
    height: 46,
    fontSize: 20,
    label: t('coast.menu'),
    id: 'dialogue.menu',
    onActivate: on.menu,
  }).setDepth(20);
  return { stage, box, next, boxTop };
}

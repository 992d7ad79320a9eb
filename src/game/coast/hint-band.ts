/**
 * The coast's hint band at the foot of the screen: keys on a keyboard, what to touch on a touch
 * screen (never a key there), and how to talk to the characters, on a line of its own.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/first-screen.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { translator } from '../../i18n/translate.ts';
import type { Frame } from '../ui/layout.ts';
import { keysText } from '../ui/keys-text.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { touchDevice } from '../ui/touch.ts';

const world = translator(coastWorldMessages).t;

/** How to talk, in the words of the device in hand. */
export function talkHint(): string {
  return world(touchDevice() ? 'world.talk.hint.touch' : 'world.talk.hint.keys');
}

/** Draws the band; returns its height (the crab never walks under it). */
export function drawHintBand(scene: Phaser.Scene, f: Frame): number {
  const style = { size: 18, color: Colours.textOnDark, origin: [0, 1] as const, wrap: f.width - 48 };
  const talk = addText(scene, 24, f.height - 14, talkHint(), style).setDepth(21);
  const walk = touchDevice() ? keysText('keys.coast.touch') : t('coast.hint');
  const hint = addText(scene, 24, talk.y - talk.height - 4, walk, style).setDepth(21);
  const band = hint.height + talk.height + 24;
  scene.add.rectangle(0, f.height, f.width, band, Colours.seaDeep, 0.85).setOrigin(0, 1).setDepth(20);
  return band;
}

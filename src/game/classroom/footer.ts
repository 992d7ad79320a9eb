/**
 * The presenter's key hint at the foot of a slide: HTML on an opaque band (not canvas text on
 * the backdrop's picture), so that it reads at any size with a contrast above 4.5:1 — 15:1 on
 * the ordinary screen, 21:1 in projector mode.
 */
import Phaser from 'phaser';
import { display } from '../ui/display.ts';
import { TextScale } from '../ui/theme.ts';
import { ensureStyles, h } from './dom.ts';

/** Shows `text` at the foot of the screen while `scene` runs; returns the element. */
export function presenterFooter(scene: Phaser.Scene, text: string): HTMLElement {
  ensureStyles();
  document.querySelector('[data-presenter-hint]')?.remove();
  const footer = h('p', {
    className: `cr-footer${display().highContrast ? ' cr-contrast' : ''}`,
    'data-presenter-hint': '',
    'aria-hidden': 'true',
    text,
  });
  footer.style.setProperty('--cr-scale', String(TextScale[display().textSize]));
  document.body.append(footer);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => footer.remove());
  return footer;
}

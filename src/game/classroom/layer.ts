/**
 * The classroom's controls are real HTML over the canvas: text fields for the options, number
 * fields for the counts, a file picker — things a canvas cannot offer to keyboards and screen
 * readers. A layer belongs to a scene and leaves with it.
 */
import Phaser from 'phaser';
import { display } from '../ui/display.ts';
import { TextScale } from '../ui/theme.ts';
import { ensureStyles, h } from './dom.ts';
import { keepTablesFitted } from './fit-tables.ts';

interface LayerOptions {
  /** `narrow`: a small card; `side`: a panel at the right (notes beside a slide); `live`: the whole screen (a live vote's code). */
  readonly shape?: 'wide' | 'narrow' | 'side' | 'live';
  /** The card's accessible name. */
  readonly label: string;
}

export class ClassroomLayer {
  readonly root: HTMLElement;
  readonly card: HTMLElement;

  constructor(scene: Phaser.Scene, options: LayerOptions) {
    ensureStyles();
    const shape = options.shape ?? 'wide';
    this.card = h('section', {
      className: `cr-card${shape === 'wide' ? '' : ` cr-${shape}`}`,
      role: 'region',
      'aria-label': options.label,
    });
    this.root = h('div', { className: 'cr-layer', 'data-classroom': scene.scene.key }, this.card);
    this.rescale();
    // Projector mode (the stored highContrast setting): styles.ts's .cr-contrast.
    if (display().highContrast) this.root.classList.add('cr-contrast');
    // Phaser listens on the window too, and takes a touch or a click that ends on any element as
    // one on the canvas below it: a finger on the card's button would also press the canvas
    // button under it (and start another scene). What happens on the card stays on the card.
    for (const type of ['touchstart', 'touchend', 'touchcancel', 'mousedown', 'mouseup'])
      this.root.addEventListener(type, (event) => event.stopPropagation());
    document.body.append(this.root);
    const stopFitting = keepTablesFitted(this.card);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stopFitting();
      this.destroy();
    });
  }
  /** The text size changed (the setting, or a phone turned): the card's type follows, its content stays. */
  rescale(): void {
    this.root.style.setProperty('--cr-scale', String(TextScale[display().textSize]));
  }

  /** Replaces the card's content (and puts the focus on the first field or button). */
  show(...children: (Node | null | undefined | false)[]): void {
    this.card.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
    this.card.scrollTop = 0;
    const first = this.card.querySelector<HTMLElement>('[data-autofocus], input, textarea, select, button');
    first?.focus({ preventScroll: true });
  }

  set hidden(hidden: boolean) {
    this.root.hidden = hidden;
  }

  destroy(): void {
    this.root.remove();
  }
}

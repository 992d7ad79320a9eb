/**
 * Presenter keys, as on a slide clicker or in a slide program: Space, →, PageDown or Enter go
 * on; ←, PageUp or Backspace go back; B (or .) blanks the screen; F toggles full screen; a digit
 * jumps to that step; N shows or hides the notes; W opens them in a second window.
 */
import { h, typing } from './dom.ts';
import { probe } from '../../probe.ts';
import { digitOf, gameKey, isPress } from '../../present/keys.ts';

type PresenterAction =
  | { readonly kind: 'next' }
  | { readonly kind: 'back' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'fullscreen' }
  | { readonly kind: 'jump'; readonly step: number }
  | { readonly kind: 'notes' }
  | { readonly kind: 'window' };

/** The action of a key, or undefined (keys typed in a field are never actions). */
export function presenterAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  onButton: boolean,
): PresenterAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const key = gameKey(event.key);
  // Space and Enter on a focused button press that button instead.
  if (isPress(key) && onButton) return undefined;
  const digit = digitOf(key);
  if (digit !== undefined) return { kind: 'jump', step: digit - 1 };
  switch (key) {
    case ' ':
    case 'Enter':
    case 'ArrowRight':
    case 'PageDown':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return { kind: 'back' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'n':
    case 'N':
      return { kind: 'notes' };
    case 'w':
    case 'W':
      return { kind: 'window' };
    default:
      return undefined;
  }
}

export function presenterKey(event: KeyboardEvent): PresenterAction | undefined {
  if (typing(event)) return undefined;
  return presenterAction(event, document.activeElement instanceof HTMLButtonElement);
}

/** A black screen over everything (the room looks at the teacher); any key or click brings the slide back. */
export class BlankScreen {
  private element: HTMLElement | undefined;

  get on(): boolean {
    return this.element !== undefined;
  }

  toggle(): void {
    if (this.element) {
      this.element.remove();
      this.element = undefined;
      probe.clear('blank');
      return;
    }
    this.element = h('div', { className: 'cr-blank', 'aria-hidden': 'true', onclick: () => this.toggle() });
    document.body.append(this.element);
    probe.set('blank', 'on');
  }

  remove(): void {
    if (this.element) this.toggle();
  }
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

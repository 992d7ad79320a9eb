/**
 * Presenter keys, as on a slide clicker or in a slide program: Space, →, PageDown or Enter go
 * on; ←, PageUp or Backspace go back; B (or .) blanks the screen; F toggles full screen; a digit
 * jumps to that step; N shows or hides the notes; W opens them in a second window.
 */
import { h, typing } from './dom.ts';
import { probe } from '../../probe.ts';
import { gameKey } from '../../present/keys.ts';

export type PresenterAction =
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
  if ((key === ' ' || key === 'Enter') && onButton) return undefined;
  if (key === ' ' || key === 'ArrowRight' || key === 'PageDown' || key === 'Enter') return { kind: 'next' };
  if (key === 'ArrowLeft' || key === 'PageUp' || key === 'Backspace') return { kind: 'back' };
  if (key === 'b' || key === 'B' || key === '.') return { kind: 'blank' };
  if (key === 'f' || key === 'F') return { kind: 'fullscreen' };
  if (key === 'n' || key === 'N') return { kind: 'notes' };
  if (key === 'w' || key === 'W') return { kind: 'window' };
  if (key !== undefined && /^[1-9]$/.test(key)) return { kind: 'jump', step: Number(key) - 1 };
  return undefined;
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

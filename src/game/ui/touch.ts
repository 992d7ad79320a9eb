/**
 * Whether the player plays by touch: a coarse pointer as the main one, or a touch felt on this
 * page. Key hints ("Esc: menu") mean nothing there, so the scenes show a touch wording instead.
 */
let touched = false;
let listening = false;

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('touchstart', () => (touched = true), { once: true, passive: true });
}

export function touchDevice(): boolean {
  listen();
  if (touched) return true;
  try {
    return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  } catch {
    return false;
  }
}

/** The smallest target a finger hits reliably, in CSS pixels (WCAG 2.5.5's 44 × 44). */
const TOUCH_TARGET_CSS = 44;

/**
 * How many game pixels a control's hit area must span on this screen for a finger (0 without a
 * touch screen: a mouse needs no more than the drawn shape). The canvas is scaled to fit, so a
 * 390 px wide phone in the 720 wide portrait frame needs 82 game pixels for 44 CSS pixels.
 */
export function touchHitSize(scale: {
  readonly width: number;
  readonly displaySize: { readonly width: number };
}): number {
  if (!touchDevice() || scale.displaySize.width <= 0) return 0;
  return Math.ceil((TOUCH_TARGET_CSS * scale.width) / scale.displaySize.width);
}

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

/**
 * One warm, readable style: colours, fonts and text sizes. Text sizes follow the player's
 * text-size setting; fonts are self-hosted (@fontsource, SIL OFL), never fetched elsewhere.
 */
export const Fonts = {
  text: '"Atkinson Hyperlegible", "Segoe UI", sans-serif',
  title: '"Fredoka", "Atkinson Hyperlegible", sans-serif',
} as const;

/** The font faces the Preload scene waits for (document.fonts), as CSS font shorthands. */
export const FontFaces = [
  '400 28px "Atkinson Hyperlegible"',
  '700 28px "Atkinson Hyperlegible"',
  '600 28px "Fredoka"',
] as const;

export const Colours = {
  sea: 0x12324a,
  seaDeep: 0x0b2233,
  seaLight: 0x2a7f9e,
  sand: 0xf3dfb3,
  sandDark: 0xd9bf86,
  foam: 0xffffff,
  ink: 0x1d2530,
  inkSoft: 0x5b4a5e,
  coral: 0xe4572e,
  kelp: 0x4f8a4b,
  rock: 0x8a7f8e,
  focus: 0xffd23f,
  panel: 0xfff6e6,
  panelEdge: 0x8a5a2b,
  shade: 0x000000,
  good: 0x2e7d4f,
  bad: 0xb3261e,
  text: '#1d2530',
  textSoft: '#5b4a5e',
  textOnDark: '#fff6e6',
  accentText: '#9fd8e8',
  titleText: '#ffe9c7',
} as const;

/** Multipliers of the text-size setting. */
export const TextScale = { normal: 1, large: 1.25, larger: 1.5 } as const; // the store's TEXT_SIZES
export type TextSize = keyof typeof TextScale;

/** Characters per second of the typing text; `instant` shows the whole line at once. */
export const TypingSpeed = { slow: 25, normal: 50, fast: 100, instant: Infinity } as const; // the store's TEXT_SPEEDS
export type TextSpeed = keyof typeof TypingSpeed;

export function px(size: number, textSize: TextSize = 'normal'): string {
  return `${Math.round(size * TextScale[textSize])}px`;
}

/** Text is drawn at the screen's pixel density, so it stays crisp on high-DPI screens. */
export function textResolution(): number {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.min(3, Math.max(1, ratio));
}

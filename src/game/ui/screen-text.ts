/**
 * The text size a small screen needs. The canvas is scaled to fit the page: a phone held sideways
 * (740 × 360 CSS px) shows the 1280 × 720 surface at half size, so text drawn at 16 px reads as
 * 8 CSS px; held upright (390 × 844) it shows the 720 wide portrait frame at 0.54, and 16 px reads
 * as 8.7. The floor raises the text size (the same sizes as the setting, which every layout
 * already honours) until the smallest reading text is at least 12 CSS px, or the largest size.
 */
import { setTextFloor } from '../../present/display.ts';
import { TextScale, type TextSize } from './theme.ts';

/** The smallest text the screens give a player to read, in surface px at the normal size. */
const SMALLEST_READING_PX = 16;
/** The least a player must read, in CSS px. */
const LEAST_CSS_PX = 12;

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The floor for a viewport showing a surface (landscape or the upright frame alike). */
export function textFloorFor(viewport: Size, surface: Size): TextSize {
  const scale = Math.min(viewport.width / surface.width, viewport.height / surface.height);
  const sizes = Object.keys(TextScale) as TextSize[];
  return sizes.find((s) => SMALLEST_READING_PX * TextScale[s] * scale >= LEAST_CSS_PX - 0.01) ?? 'larger';
}

/** Keeps the floor in step with the window (a phone turned, a window resized). */
export function followScreenForText(surface: Size): void {
  const apply = (): void =>
    setTextFloor(textFloorFor({ width: window.innerWidth, height: window.innerHeight }, surface));
  apply();
  window.addEventListener('resize', apply);
}

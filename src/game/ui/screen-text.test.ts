import { describe, expect, it } from 'vitest';
import { textFloorFor } from './screen-text.ts';
import { LANDSCAPE } from './layout.ts';

describe('the text floor a screen needs', () => {
  it('is the normal size where the surface is shown at full size or nearly', () => {
    expect(textFloorFor({ width: 1280, height: 720 }, LANDSCAPE)).toBe('normal');
    expect(textFloorFor({ width: 1920, height: 1080 }, LANDSCAPE)).toBe('normal');
    expect(textFloorFor({ width: 1024, height: 768 }, LANDSCAPE)).toBe('normal');
  });

  it('raises the text on a phone held sideways, so that 16 px reads as 12 CSS px', () => {
    // 740 × 360 shows the surface at 0.5: only the larger size (× 1.5) gives 12 px.
    expect(textFloorFor({ width: 740, height: 360 }, LANDSCAPE)).toBe('larger');
    // 0.69: the large size (× 1.25) is enough.
    expect(textFloorFor({ width: 1000, height: 500 }, LANDSCAPE)).toBe('large');
  });

  it('raises the text on a phone held upright, where the 720 wide frame is shown at about half size', () => {
    // 390 × 844 shows the 720 × 1558 frame at 0.54: 16 px reads as 8.7 CSS px, 13 at the larger size.
    expect(textFloorFor({ width: 390, height: 844 }, { width: 720, height: 1558 })).toBe('larger');
    // A small tablet upright (500 wide: 0.69) needs the large size, a wide one none.
    expect(textFloorFor({ width: 500, height: 1000 }, { width: 720, height: 1440 })).toBe('large');
    expect(textFloorFor({ width: 900, height: 1600 }, { width: 720, height: 1280 })).toBe('normal');
  });
});

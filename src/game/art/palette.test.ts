import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_STYLES,
  candidateMarkerSvg,
  candidatePattern,
  candidateStyle,
  luminanceContrast,
  MARKER_SHAPES,
  markerShape,
  PATTERNS,
} from './palette.ts';
import { svgDoc } from './svg.ts';
import { checkSvg } from './testing/check.ts';

describe('the colour-blind-safe palette', () => {
  it('has at least eight option styles, each with its own colour, shape and pattern', () => {
    expect(CANDIDATE_STYLES.length).toBeGreaterThanOrEqual(8);
    for (const key of ['colour', 'shape', 'pattern', 'id'] as const) {
      expect(new Set(CANDIDATE_STYLES.map((s) => s[key].toLowerCase())).size, key).toBe(CANDIDATE_STYLES.length);
    }
    expect(MARKER_SHAPES).toEqual(['circle', 'square', 'triangle', 'diamond', 'star', 'hexagon', 'cross', 'ring']);
    expect(new Set(PATTERNS).size).toBe(PATTERNS.length);
  });

  it('draws every marker shape differently (same size, same colour)', () => {
    const drawn = MARKER_SHAPES.map((s) => markerShape(s, 32, 32, 20, { fill: '#999999' }));
    expect(new Set(drawn).size).toBe(MARKER_SHAPES.length);
    const tags = MARKER_SHAPES.map((s) => markerShape(s, 32, 32, 20, { fill: '#999999' }).match(/^<(\w+)/)?.[1]);
    expect(tags).toEqual(['circle', 'rect', 'polygon', 'polygon', 'polygon', 'polygon', 'polygon', 'path']);
    for (let i = 0; i < 8; i++) checkSvg(candidateMarkerSvg(i));
  });

  it('keeps colour+shape pairs unique well beyond eight options', () => {
    const pairs = Array.from({ length: 64 }, (_, i) => candidateStyle(i)).map((s) => `${s.colour}/${s.shape}`);
    expect(new Set(pairs).size).toBe(64);
    expect(candidateStyle(3)).toEqual(CANDIDATE_STYLES[3]);
  });

  it('picks a readable ink for labels on each colour', () => {
    for (const s of CANDIDATE_STYLES) expect(luminanceContrast(s.ink, s.colour), s.id).toBeGreaterThanOrEqual(4.5);
  });

  it('makes fill patterns that are valid and distinct', () => {
    const defs = CANDIDATE_STYLES.map((_, i) => candidatePattern(i, `p${i}`)).join('');
    const body = CANDIDATE_STYLES.map(
      (_, i) => `<rect x="${i * 10}" y="0" width="10" height="10" fill="url(#p${i})"/>`,
    ).join('');
    checkSvg(svgDoc({ width: 80, height: 10, defs, body }));
    const patterns = CANDIDATE_STYLES.map((_, i) => candidatePattern(i, 'p').replace(/#[0-9a-fA-F]{6}/g, ''));
    expect(new Set(patterns).size).toBe(CANDIDATE_STYLES.length);
  });
});

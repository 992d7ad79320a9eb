import { describe, expect, it } from 'vitest';
import { appIconSvg } from './icon.ts';

describe('the app icon', () => {
  it('is one self-contained square SVG with Nacre inside, nothing fetched from elsewhere', () => {
    const svg = appIconSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 512 512"/);
    expect(svg.match(/<svg /g)).toHaveLength(2);
    expect(svg).toContain('#2a9d8f'); // Nacre's shell colour, from the cast
    expect(svg).not.toMatch(/href=|url\(http/);
    expect(svg.endsWith('</svg></svg>')).toBe(true);
    // Well-formed as a file (an <img> or the manifest reads it as XML): no attribute twice in a tag.
    for (const tag of svg.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]);
      expect(new Set(names).size, tag.slice(0, 60)).toBe(names.length);
    }
  });
});

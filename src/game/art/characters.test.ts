import { describe, expect, it } from 'vitest';
import { ACCESSORIES as SCENARIO_ACCESSORIES, MOODS, SPECIES as SCENARIO_SPECIES } from '../../scenario/schema.ts';
import {
  ACCESSORIES,
  characterTexture,
  crowdSvg,
  crustaceanSvg,
  EXPRESSIONS,
  paletteNames,
  resolveColours,
  SPECIES,
} from './index.ts';
import { checkSvg } from './testing/check.ts';

describe('the cast', () => {
  it('covers every species, mood and accessory a scenario may ask for', () => {
    for (const s of SCENARIO_SPECIES) expect(SPECIES).toContain(s);
    for (const m of MOODS) expect(EXPRESSIONS).toContain(m);
    for (const a of SCENARIO_ACCESSORIES) expect(ACCESSORIES).toContain(a);
  });

  it('draws every species in every expression, well-formed, each expression different', () => {
    for (const species of SPECIES) {
      const drawings = EXPRESSIONS.map((expression) => crustaceanSvg({ species, expression }));
      for (const svg of drawings) {
        const info = checkSvg(svg);
        expect(info.viewBox).toEqual([0, 0, 256, 256]);
      }
      expect(new Set(drawings).size, species).toBe(EXPRESSIONS.length);
    }
  });

  it('gives each species its own drawing', () => {
    const drawings = SPECIES.map((species) => crustaceanSvg({ species, palette: '#888888' }));
    expect(new Set(drawings).size).toBe(SPECIES.length);
  });

  it('draws every accessory on every species, each visible', () => {
    for (const species of SPECIES) {
      const plain = crustaceanSvg({ species });
      for (const accessory of ACCESSORIES) {
        const svg = crustaceanSvg({ species, accessory });
        checkSvg(svg);
        if (accessory !== 'none') expect(svg, `${species} ${accessory}`).not.toBe(plain);
      }
    }
  });

  it('has several palettes per species, each changing the colours', () => {
    for (const species of SPECIES) {
      const names = paletteNames(species);
      expect(names.length).toBeGreaterThanOrEqual(3);
      const drawings = names.map((palette) => crustaceanSvg({ species, palette }));
      expect(new Set(drawings).size).toBe(names.length);
    }
  });

  it('takes a scenario look’s colours, and ignores anything that is not a colour', () => {
    expect(resolveColours('lobster', ['#b3322b', '#f1d5a4'])[0]).toBe('#b3322b');
    expect(resolveColours('lobster', ['#b3322b', '#f1d5a4'])[1]).toBe('#f1d5a4');
    const svg = crustaceanSvg({ species: 'crab', palette: ['#123456'] });
    expect(svg).toContain('#123456');
    const hostile = crustaceanSvg({ species: 'crab', palette: ['"/><script>alert(1)</script>', 'red'] });
    checkSvg(hostile);
    expect(hostile).not.toContain('script');
    expect(hostile).toBe(crustaceanSvg({ species: 'crab' }));
    const title = crustaceanSvg({ species: 'crab', title: 'Granny <Lobster> & co' });
    checkSvg(title);
    expect(title).toContain('Granny &lt;Lobster&gt; &amp; co');
  });

  it('is deterministic, and sizes the raster as asked', () => {
    const o = { species: 'hermit-crab', palette: 'moss', expression: 'proud', accessory: 'crown', size: 512 } as const;
    expect(crustaceanSvg(o)).toBe(crustaceanSvg(o));
    const info = checkSvg(crustaceanSvg(o));
    expect([info.width, info.height]).toEqual([512, 512]);
  });

  it('gives one texture key per look, stable across calls', () => {
    const a = characterTexture(
      { species: 'lobster', palette: ['#B3322B', '#f1d5a4'], expression: 'happy', accessory: 'glasses' },
      512,
    );
    const b = characterTexture(
      { species: 'lobster', palette: ['#b3322b', '#f1d5a4'], expression: 'happy', accessory: 'glasses' },
      512,
    );
    const c = characterTexture(
      { species: 'lobster', palette: ['#b3322b', '#f1d5a4'], expression: 'sad', accessory: 'glasses' },
      512,
    );
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
    expect(a.key).toMatch(/^[a-z0-9-]+$/);
    checkSvg(a.svg());
  });

  it('draws a crowd token for every species, with 2 to 5 heads and an optional badge', () => {
    for (const species of SPECIES) {
      const tokens = [2, 3, 4, 5].map((count) => crowdSvg({ species, count }));
      tokens.forEach((t) => checkSvg(t));
      expect(new Set(tokens).size).toBe(4);
      expect(crowdSvg({ species, badge: 2 })).not.toBe(crowdSvg({ species }));
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  ArtKey,
  artCatalogue,
  BACKGROUNDS,
  backgroundSvg,
  BALLOT_KINDS,
  ballotPaperSvg,
  digitPath,
  METHOD_FAMILIES,
  methodIconSvg,
  svgDataUrl,
} from './index.ts';
import { checkSvg, externalReference } from './testing/check.ts';
import { parseXml } from './testing/xml.ts';

describe('the well-formedness check itself', () => {
  it('rejects broken markup', () => {
    expect(() => parseXml('<svg><g></svg>')).toThrow();
    expect(() => parseXml('<svg a="1" a="2"/>')).toThrow();
    expect(() => parseXml('<svg a=1/>')).toThrow();
    expect(() => parseXml('<svg>& </svg>')).toThrow();
    expect(() => parseXml('<svg/><svg/>')).toThrow();
    expect(() => parseXml('<svg><g/>')).toThrow();
    expect(parseXml('<svg a="&amp;"><g id="x"/><path fill="url(#x)"/></svg>').refs).toEqual(['x']);
  });

  it('spots external references', () => {
    expect(
      externalReference('<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x/y.png"/></svg>'),
    ).toBeDefined();
    expect(
      externalReference('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(a.svg#p)"/></svg>'),
    ).toBeDefined();
    expect(
      externalReference('<svg xmlns="http://www.w3.org/2000/svg"><text font-family="X">a</text></svg>'),
    ).toBeDefined();
    expect(externalReference('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(#p)"/></svg>')).toBeUndefined();
  });
});

describe('the art catalogue', () => {
  const catalogue = artCatalogue();

  it('lists every asset once, under a unique key', () => {
    const keys = catalogue.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    const declared = [
      ...Object.values(ArtKey.background),
      ...Object.values(ArtKey.species),
      ...Object.values(ArtKey.crowd),
      ...Object.values(ArtKey.method),
      ...Object.values(ArtKey.button),
      ...Object.values(ArtKey.ballot),
      ...Object.values(ArtKey.marker),
      ...Object.values(ArtKey.seat),
      ...Object.values(ArtKey.ui),
    ];
    expect([...keys].sort()).toEqual([...declared].sort());
  });

  it('gives well-formed, self-contained SVG whose viewBox matches the texture size', () => {
    for (const a of catalogue) {
      const svg = a.svg();
      const info = checkSvg(svg);
      expect(info.viewBox[2] / info.viewBox[3], a.key).toBeCloseTo(a.width / a.height, 5);
      expect(svg, a.key).toBe(a.svg());
      expect(svgDataUrl(svg).startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    }
  });

  it('draws the places at 16:9, 1920 × 1080', () => {
    expect(BACKGROUNDS).toEqual(
      expect.arrayContaining([
        'beach',
        'rock-pool',
        'kelp-forest',
        'harbour',
        'reef-council',
        'dune',
        'lagoon',
        'title',
      ]),
    );
    for (const b of BACKGROUNDS) expect(checkSvg(backgroundSvg(b)).viewBox).toEqual([0, 0, 1920, 1080]);
    expect(new Set(BACKGROUNDS.map((b) => backgroundSvg(b))).size).toBe(BACKGROUNDS.length);
  });

  it('draws a distinct icon for each method family', () => {
    const icons = METHOD_FAMILIES.map((m) => methodIconSvg(m));
    expect(new Set(icons).size).toBe(METHOD_FAMILIES.length);
    // Distinct by shape, not only colour: the pictograms still differ with the colours removed.
    const shapes = icons.map((s) => s.replace(/#[0-9a-fA-F]{6}/g, '#000000'));
    expect(new Set(shapes).size).toBe(METHOD_FAMILIES.length);
  });

  it('writes what a voter marked on an opened ballot', () => {
    for (const kind of BALLOT_KINDS) {
      const a = ballotPaperSvg({ kind, candidates: 5 });
      const b = ballotPaperSvg({ kind, candidates: 5, marks: [0, 2, 1, 0, 3] });
      checkSvg(a);
      checkSvg(b);
      expect(a, kind).not.toBe(b);
    }
    for (let n = 0; n <= 12; n++) expect(digitPath(n, 10, 10, 16)).toContain('<path');
  });
});

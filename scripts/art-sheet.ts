/**
 * Contact sheet of the game's art: writes HTML pages showing every asset (all species in all
 * moods, palettes, accessories, crowds, backgrounds, interface pieces) into a temporary folder,
 * to be looked at in a browser or screenshotted by headless Chromium:
 *
 *   npx tsx scripts/art-sheet.ts            # prints the folder and one page per section
 *   chromium --headless --no-sandbox --disable-gpu --screenshot=/tmp/sheet.png \
 *     --window-size=1920,3000 file:///…/index.html
 *
 * Images are embedded as data URLs, exactly as the Preload scene loads them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACCESSORIES,
  artCatalogue,
  BACKGROUNDS,
  backgroundSvg,
  ballotPaperSvg,
  candidatePattern,
  CANDIDATE_STYLES,
  crowdSvg,
  crustaceanSvg,
  EXPRESSIONS,
  paletteNames,
  SPECIES,
  svgDataUrl,
} from '../src/game/art/index';
import { svgDoc } from '../src/game/art/svg';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function img(svg: string, w: number, h = w, label = ''): string {
  const cap = label ? `<figcaption>${esc(label)}</figcaption>` : '';
  return `<figure><img src="${svgDataUrl(svg)}" width="${w}" height="${h}" alt="${esc(label)}">${cap}</figure>`;
}

function section(title: string, content: string): string {
  return `<section><h2>${esc(title)}</h2><div class="row">${content}</div></section>`;
}

const sections: Record<string, () => string> = {
  characters: () =>
    section('Species (default colours)', SPECIES.map((s) => img(crustaceanSvg({ species: s }), 200, 200, s)).join('')),
  small: () =>
    section(
      'Readability at 64 px and 40 px',
      SPECIES.map((s) => img(crustaceanSvg({ species: s, expression: 'happy' }), 64, 64)).join('') +
        '<br>' +
        SPECIES.map((s) => img(crustaceanSvg({ species: s }), 40, 40)).join(''),
    ),
  expressions: () =>
    section(
      'Expressions: ' + EXPRESSIONS.join(', '),
      SPECIES.map(
        (s) =>
          `<div class="line">${EXPRESSIONS.map((e) => img(crustaceanSvg({ species: s, expression: e }), 96, 96)).join('')}</div>`,
      ).join(''),
    ),
  palettes: () =>
    section(
      'Palette variants, then a scenario look',
      SPECIES.map(
        (s) =>
          `<div class="line">${paletteNames(s)
            .map((p) => img(crustaceanSvg({ species: s, palette: p }), 96, 96, p))
            .join('')}${img(crustaceanSvg({ species: s, palette: ['#7a5c3e', '#e8d9c0'] }), 96, 96, 'look')}</div>`,
      ).join(''),
    ),
  accessories: () =>
    section(
      'Accessories',
      (['crab', 'shrimp', 'lobster', 'barnacle', 'copepod'] as const)
        .map(
          (s) =>
            `<div class="line">${ACCESSORIES.map((a) => img(crustaceanSvg({ species: s, accessory: a, expression: 'happy' }), 110, 110, a)).join('')}</div>`,
        )
        .join(''),
    ),
  crowds: () =>
    section(
      'Crowd tokens (48 px and 96 px, with a badge)',
      SPECIES.map(
        (s, i) =>
          img(crowdSvg({ species: s, count: 2 + (i % 4) }), 48) +
          img(crowdSvg({ species: s, badge: i % 8 }), 96, 96, s),
      ).join(''),
    ),
  backgrounds: () =>
    section(
      'Backgrounds, with a character and text over them',
      BACKGROUNDS.map(
        (b) =>
          `<figure class="bg"><img src="${svgDataUrl(backgroundSvg(b))}" width="896" height="504"><img class="over" src="${svgDataUrl(crustaceanSvg({ species: 'crab', expression: 'happy', accessory: 'scarf' }))}" width="160" height="160"><p class="txt">Où s'abriter avant la tempête ?</p><figcaption>${b}</figcaption></figure>`,
      ).join(''),
    ),
  interface: () => {
    const ui = artCatalogue().filter((a) => a.group === 'ui' || a.group === 'method' || a.group === 'marker');
    const bars = svgDoc({
      width: 560,
      height: 160,
      defs: CANDIDATE_STYLES.map((_, i) => candidatePattern(i, `p${i}`)).join(''),
      body: CANDIDATE_STYLES.map(
        (_, i) =>
          `<rect x="${10 + i * 68}" y="${150 - 20 - i * 15}" width="56" height="${20 + i * 15}" fill="url(#p${i})" stroke="#2b1d2e" stroke-width="3"/>`,
      ).join(''),
    });
    const marked = ballotPaperSvg({ kind: 'ranked', candidates: 6, marks: [3, 0, 1, 2, 0, 4] });
    return section(
      'Interface, method icons, markers, patterns',
      ui
        .map((a) => img(a.svg(), Math.min(a.width, 240), Math.min(a.width, 240) * (a.height / a.width), a.key))
        .join('') +
        img(marked, 200, 260, 'ranked, 6 options') +
        img(bars, 560, 160, 'patterns'),
    );
  },
};

const css = `body{margin:0;padding:12px;background:#f3e6cf;font:14px sans-serif;color:#2b1d2e}
h2{margin:18px 4px 6px}.row{display:flex;flex-wrap:wrap;align-items:flex-end}.line{display:flex;width:100%}
figure{margin:3px;text-align:center}figcaption{font-size:12px}
figure.bg{position:relative}.over{position:absolute;left:368px;top:300px}
.txt{position:absolute;left:0;right:0;top:30px;font:600 34px sans-serif;color:#2b1d2e;text-shadow:0 0 6px #fff}
section:nth-of-type(odd){background:#fbf3e3}`;

const dir = mkdtempSync(join(tmpdir(), 'art-sheet-'));
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Art sheet</title><style>${css}</style></head><body>${body}</body></html>`;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const names = only ? only.split(',') : Object.keys(sections);
let all = '';
for (const name of names) {
  const make = sections[name];
  if (!make) throw new Error(`No section ${name}; choose from ${Object.keys(sections).join(', ')}`);
  const html = make();
  all += html;
  writeFileSync(join(dir, `${name}.html`), page(html));
}
writeFileSync(join(dir, 'index.html'), page(all));
console.log(`Art sheet written to ${dir}`);
for (const name of [...names, 'index']) console.log(`  file://${join(dir, `${name}.html`)}`);

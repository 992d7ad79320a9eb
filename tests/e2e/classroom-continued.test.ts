/**
 * The comparison's facts and reasons running on into another column or page carry their heading
 * again, with "(suite)" / "(continued)": in headless Chromium, ten 40-character options, the
 * largest text on a phone held upright and on a 1280×720 screen, French and English. Every
 * column is read from the canvas's text boxes (a column is the panel its texts stay within).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { canvasTexts, longElection, openDesk, press } from './classroom-helpers.ts';
import { LAPTOP, PHONE, setDisplay } from './display-helpers.ts';
import { boxProblems } from './layout-checks.ts';

const session = browserPerFile();

const HEADINGS = {
  fr: {
    happened: 'Ce qui s’est passé dans ces bulletins',
    facts: 'Ce que disent les bulletins',
    why: 'Pourquoi\u00a0?',
    continued: ' (suite)',
  },
  en: {
    happened: 'What happened in these ballots',
    facts: 'What the ballots say',
    why: 'Why?',
    continued: ' (continued)',
  },
} as const;

interface Column {
  /** Its page number, as the page button says it. */
  readonly page: number;
  readonly texts: readonly string[];
}

const pageNumber = (page: Page) => page.evaluate(() => document.body.dataset.resultsPage ?? '1/1');

/** Every page's columns, top to bottom: the texts drawn inside each panel. */
async function columns(page: Page): Promise<Column[]> {
  const [first, total] = (await page.evaluate(() => document.body.dataset.resultsPage ?? '1/1')).split('/').map(Number);
  const out: Column[] = [];
  for (let p = 0; p < total; p++) {
    if (p > 0) {
      await press(page, 'results.page');
      await page.waitForSelector(`body[data-results-page="${((first - 1 + p) % total) + 1}/${total}"]`);
    }
    const at = Number((await page.evaluate(() => document.body.dataset.resultsPage ?? '1/1')).split('/')[0]);
    const texts = (await canvasTexts(page, 'results')).filter((t) => t.within && !t.control);
    expect(boxProblems(texts, page.viewportSize()!, { minFont: 0 })).toEqual([]);
    const panels = [...new Set(texts.map((t) => Math.round(t.within!.x)))].sort((a, b) => a - b);
    for (const x of panels)
      out.push({
        page: at,
        texts: texts
          .filter((t) => Math.round(t.within!.x) === x)
          .sort((a, b) => a.y - b.y)
          .map((t) => t.text),
      });
  }
  return out;
}

describe('classroom comparison: continued sections', () => {
  it.each([
    ['fr', PHONE],
    ['en', PHONE],
    ['fr', LAPTOP],
  ] as const)(
    'a fact or a reason never opens a column without its heading, “(continued)” (%s, %o)',
    async (language, viewport) => {
      const g = await openDesk(session.browser, viewport, { language, reducedMotion: true });
      session.pages.push(g);
      const { page } = g;
      await longElection(page);
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      await setDisplay(page, language, 'larger');
      await press(page, 'results.compare');
      await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
      const words = HEADINGS[language];
      const all = await columns(page);
      const continued = all.filter((c) => c.texts[0]?.endsWith(words.continued));
      // The largest text makes the facts and the reasons run on: at least one column continues them.
      expect(continued.length).toBeGreaterThan(0);
      for (const c of all) {
        // A bullet (a fact, a reason) never tops a column: its heading, or the heading "(continued)", does.
        expect(/^[•→]/.test(c.texts[0] ?? ''), JSON.stringify(c.texts.slice(0, 2))).toBe(false);
        // The continued line names the section and comes before bullets only.
        if (c.texts[0]?.endsWith(words.continued)) {
          expect([words.happened, words.facts, words.why].map((heading) => `${heading}${words.continued}`)).toContain(
            c.texts[0],
          );
          expect(/^[•→]/.test(c.texts[1] ?? '')).toBe(true);
        }
      }
      // Each section's heading is said once as such; its continued lines only after it.
      const flat = all.flatMap((c) => c.texts);
      for (const heading of [words.facts, words.why]) {
        const at = flat.indexOf(heading);
        expect(at).toBeGreaterThanOrEqual(0);
        const again = flat.flatMap((t, i) => (t === `${heading}${words.continued}` ? [i] : []));
        for (const i of again) expect(i).toBeGreaterThan(at);
      }
      // The page of the first continued column, for the picture.
      const shot = continued[0].page;
      for (let turn = 0; turn < 12 && !(await pageNumber(page)).startsWith(`${shot}/`); turn++) {
        const before = await pageNumber(page);
        await press(page, 'results.page');
        await page.waitForFunction((b) => document.body.dataset.resultsPage !== b, before);
      }
      await screenshot(page, `compare-continued-${language}-${viewport.width}`);
    },
    600_000,
  );
});
